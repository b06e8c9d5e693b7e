import type { InputItem } from '../raw-article.js';
import { normalizeDate } from './normalize-date.js';
import { readHtml } from './read-html.js';

type Json = Record<string, unknown>;

const str = (record: Json, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
};

/** True when a JSON value is an article record: an object with a `text` or `html` string. Example: `isArticleRecord({ text: 'A.' })` → true. */
export function isArticleRecord(value: unknown): value is Json {
  return !!value && typeof value === 'object' && !Array.isArray(value) && (str(value as Json, 'text', 'body', 'content') !== null || str(value as Json, 'html') !== null);
}

/**
 * One JSON article record: fields title, text (or body/content) or html, url, publishedAt (or
 * date/published), source (or publisher), byline (or author). With `html` and no `text`, the
 * HTML goes through the HTML reader and the record's fields override the page's metadata.
 * Example: `readJsonRecord('a.jsonl#1', { title: 'T', text: 'Body.', publishedAt: '2014-10-07' })`.
 */
export function readJsonRecord(origin: string, record: Json): InputItem {
  const text = str(record, 'text', 'body', 'content');
  const html = str(record, 'html');
  if (text === null && html === null) return { kind: 'failure', origin, reason: 'record has no "text" or "html" field' };
  const fromHtml = text === null ? readHtml(origin, html!, 'json') : null;
  if (fromHtml?.kind === 'failure') return fromHtml;
  const page = fromHtml?.kind === 'article' ? fromHtml.article : null;
  const publishedAt = normalizeDate(str(record, 'publishedAt', 'published_at', 'date', 'published', 'pubDate')) ?? page?.publishedAt ?? null;
  return {
    kind: 'article',
    article: {
      origin,
      format: 'json',
      text: text ?? page!.text,
      raw: JSON.stringify(record),
      title: str(record, 'title', 'headline') ?? page?.title ?? null,
      url: str(record, 'url', 'link') ?? page?.url ?? null,
      source: str(record, 'source', 'publisher', 'site') ?? page?.source ?? null,
      byline: str(record, 'byline', 'author') ?? page?.byline ?? null,
      publishedAt,
      dateSource: publishedAt ? 'metadata' : 'unknown',
      approximate: record.approximate === true,
    },
  };
}

/**
 * A .json file: one article object or an array of them (origin `file.json#N` for the N-th,
 * from 1). Invalid JSON is one failure naming the parser's complaint. `quiet` (a file found
 * while walking a folder) skips JSON that holds no article records instead of failing.
 * Example: `readJson('a.json', '[{"text":"A."},{"text":"B."}]')` → articles 'a.json#1' and 'a.json#2'.
 */
export function readJson(origin: string, text: string, { quiet = false } = {}): InputItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ kind: 'failure', origin, reason: `invalid JSON: ${(error as Error).message}` }];
  }
  const records = Array.isArray(value) ? value : [value];
  if (quiet && !records.some(isArticleRecord)) return [];
  if (records.length === 0) return [{ kind: 'failure', origin, reason: 'empty JSON array: no articles' }];
  if (!Array.isArray(value)) return [readJsonRecord(origin, value as Json)];
  return records.map((r, i) => (r && typeof r === 'object' ? readJsonRecord(`${origin}#${i + 1}`, r as Json) : { kind: 'failure', origin: `${origin}#${i + 1}`, reason: 'not a JSON object' }));
}

/**
 * A .jsonl file: one article record per line (origin `file.jsonl#N`, N = line number from 1).
 * A bad line is a failure for that line; the other lines still come through.
 * Example: `readJsonLinesFile('a.jsonl', '{"text":"A."}\n{"text":')` → one article, one failure 'a.jsonl#2: invalid JSON…'.
 */
export function readJsonLinesFile(origin: string, text: string): InputItem[] {
  const items: InputItem[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const lineOrigin = `${origin}#${index + 1}`;
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object' && !Array.isArray(value)) items.push(readJsonRecord(lineOrigin, value as Json));
      else items.push({ kind: 'failure', origin: lineOrigin, reason: 'not a JSON object' });
    } catch (error) {
      items.push({ kind: 'failure', origin: lineOrigin, reason: `invalid JSON: ${(error as Error).message}` });
    }
  });
  if (items.length === 0) items.push({ kind: 'failure', origin, reason: 'no records' });
  return items;
}
