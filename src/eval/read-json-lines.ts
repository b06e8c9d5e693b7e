import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { StorylineError, errorCodes } from '../core/errors.js';

/**
 * The records of a JSON Lines file, plain or gzip-compressed (`.gz`), up to `limit` records.
 * Blank lines are skipped. A missing file or a bad line is a StorylineError naming the file
 * (and line), since an eval cannot score a gold file it cannot read.
 * Example: `[...readJsonLines('dev.jsonl.gz', 5)]` → the first 5 records.
 */
export function* readJsonLines<T>(file: string, limit = Infinity): Generator<T> {
  let text: string;
  try {
    const bytes = readFileSync(file);
    text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new StorylineError(code === 'ENOENT' ? errorCodes.NOT_FOUND : errorCodes.BAD_INPUT, `cannot read ${file}: ${what}; pass the path of a .jsonl or .jsonl.gz gold file`);
  }
  let count = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (count >= limit) return;
    if (!lines[i].trim()) continue;
    count++;
    let record: T;
    try {
      record = JSON.parse(lines[i]) as T;
    } catch (error) {
      throw new StorylineError(errorCodes.BAD_INPUT, `${file}:${i + 1}: invalid JSON (${(error as Error).message}); expected one JSON object per line`);
    }
    yield record;
  }
}
