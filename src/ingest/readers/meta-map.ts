import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RawArticle } from '../raw-article.js';
import { normalizeDate } from './normalize-date.js';

/** Metadata for one input file, from `--meta FILE`. Other keys (e.g. "why") are ignored. */
export interface MetaEntry {
  readonly publishedAt?: string;
  readonly source?: string;
  readonly url?: string;
  readonly title?: string;
  readonly approximate?: boolean;
}

/** File name (or path as given) → metadata. */
export type MetaMap = Record<string, MetaEntry>;

/**
 * Reads a `--meta` file: a JSON object from file name to {publishedAt, source, url, title,
 * approximate}. A missing or invalid file is an error message, not a throw.
 * Example: `readMetaMap('fixtures/seeds/meta.json').map['000_2543fdb4d7e51d8b.txt'].publishedAt` → '2014-10-21'.
 */
export function readMetaMap(path: string): { map: MetaMap } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'meta file not found' : `invalid meta JSON: ${(error as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'meta file must be a JSON object from file name to {publishedAt, source, url, title}' };
  return { map: value as MetaMap };
}

/**
 * Applies the meta entry for `file` (looked up by path as given, then by file name) over what
 * the file itself said. A meta date counts as metadata; `approximate` marks it an estimate.
 * Example: `applyMeta(raw, { 'a.txt': { publishedAt: '2014-10-07', approximate: true } }, 'dir/a.txt').publishedAt` → '2014-10-07'.
 */
export function applyMeta(article: RawArticle, map: MetaMap, file: string): RawArticle {
  const entry = map[file] ?? map[basename(file)];
  if (!entry) return article;
  const publishedAt = normalizeDate(entry.publishedAt) ?? article.publishedAt ?? null;
  return {
    ...article,
    title: entry.title ?? article.title,
    source: entry.source ?? article.source,
    url: entry.url ?? article.url,
    publishedAt,
    dateSource: publishedAt ? 'metadata' : 'unknown',
    approximate: entry.approximate ?? article.approximate ?? false,
  };
}
