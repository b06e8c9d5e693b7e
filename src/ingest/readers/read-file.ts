import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { InputItem } from '../raw-article.js';
import { decodeBytes, formatBytes, MAX_INPUT_BYTES } from './decode-bytes.js';
import { looksLikeFeed, readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonLinesFile } from './read-json.js';
import { readMarkdown } from './read-markdown.js';
import { readText } from './read-text.js';

/** File extensions read as articles when found in a folder; others there are skipped. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '.gz']);

/** Reads text by its extension, or by sniffing its content when the extension says nothing. */
function readByKind(origin: string, ext: string, text: string, quiet: boolean): InputItem[] {
  switch (ext) {
    case '.txt':
    case '.text':
      return [{ kind: 'article', article: readText(origin, text) }];
    case '.md':
    case '.markdown':
      return [{ kind: 'article', article: readMarkdown(origin, text) }];
    case '.html':
    case '.htm':
    case '.xhtml':
      return [readHtml(origin, text)];
    case '.json':
      return readJson(origin, text, { quiet });
    case '.jsonl':
    case '.ndjson':
      return readJsonLinesFile(origin, text);
    case '.xml':
    case '.rss':
    case '.atom':
      if (ext === '.xml' && !looksLikeFeed(text) && !/<(?:rss|feed|rdf:RDF)\b/.test(text)) return [{ kind: 'failure', origin, reason: 'XML but not an RSS or Atom feed' }];
      return readFeed(origin, text);
  }
  const head = text.trimStart().slice(0, 200);
  if (looksLikeFeed(text)) return readFeed(origin, text);
  if (/^(?:<!doctype html|<html)/i.test(head)) return [readHtml(origin, text)];
  if (/^[[{]/.test(head)) return readJson(origin, text, { quiet });
  return [{ kind: 'article', article: readText(origin, text) }];
}

/**
 * Reads one file into articles and failures: decoding (BOM, UTF-8, Windows-1252), size limit,
 * binary and empty checks, `.gz` transparently, then the reader for its kind. `quiet` (set for
 * files found while walking a folder) skips JSON files that hold no article records.
 * Example: `readFile('fixtures/seeds/000_2543fdb4d7e51d8b.txt')` → one article with the seed's text.
 */
export function readFile(path: string, { quiet = false }: { quiet?: boolean } = {}): InputItem[] {
  const fail = (reason: string): InputItem[] => [{ kind: 'failure', origin: path, reason }];
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message);
  }
  if (size > MAX_INPUT_BYTES) return fail(`file too large (${formatBytes(size)}; the limit is ${formatBytes(MAX_INPUT_BYTES)})`);
  let bytes: Uint8Array;
  let ext = extname(path).toLowerCase();
  try {
    bytes = readFileSync(path);
    if (ext === '.gz') {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES + 1 });
      ext = extname(path.slice(0, -3)).toLowerCase();
    }
  } catch (error) {
    return fail(ext === '.gz' ? `not a readable gzip file: ${(error as Error).message}` : (error as Error).message);
  }
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return fail(decoded.error);
  return readByKind(path, ext, decoded.text, quiet);
}
