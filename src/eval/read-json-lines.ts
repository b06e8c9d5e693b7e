import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * The records of a JSON Lines file, plain or gzip-compressed (`.gz`), up to `limit` records.
 * Blank lines are skipped. Example: `[...readJsonLines('dev.jsonl.gz', 5)]` → the first 5 records.
 */
export function* readJsonLines<T>(file: string, limit = Infinity): Generator<T> {
  const bytes = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  let count = 0;
  for (const line of text.split('\n')) {
    if (count >= limit) return;
    if (!line.trim()) continue;
    count++;
    yield JSON.parse(line) as T;
  }
}
