// Minimal placeholder by the lead (plain-text files and folders only); the ingest engineer replaces it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { InputItem } from './raw-article.js';

export interface ReadInputsOptions {
  /** Path of a JSON map from file name to {publishedAt, source, url, title, approximate}. */
  readonly meta?: string;
}

export async function* readInputs(paths: string[], { meta }: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  const metaMap = meta ? (JSON.parse(readFileSync(meta, 'utf8')) as Record<string, Record<string, unknown>>) : {};
  const files: string[] = [];
  const walk = (p: string) => (statSync(p).isDirectory() ? readdirSync(p).sort().forEach((n) => walk(join(p, n))) : files.push(p));
  paths.forEach(walk);
  for (const file of files.filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(file, 'utf8');
    const m = metaMap[basename(file)] ?? {};
    const title = text.split('\n')[0].trim();
    yield {
      kind: 'article',
      article: { origin: file, format: 'text', text, raw: text, title, titleInText: true, publishedAt: (m.publishedAt as string) ?? null, approximate: Boolean(m.approximate), source: (m.source as string) ?? null },
    };
  }
}
