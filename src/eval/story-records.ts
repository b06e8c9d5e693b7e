import { readFileSync } from 'node:fs';
import { docFromText } from '../annotate/annotate.js';
import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';

/** One line of a stories gold file (see the eval README). */
export interface StoryRecord {
  readonly id: string;
  readonly label: string;
  readonly topic: string;
  readonly publishedAt: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly collection?: string;
}

/**
 * Reads a stories JSONL file in publication order (undated last, in file order: arrival order).
 * Example: `readStoryRecords('duc2006.jsonl', 100).length === 100`.
 */
export function readStoryRecords(file: string, limit?: number): StoryRecord[] {
  const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as StoryRecord);
  const ordered = records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = a.r.publishedAt ?? '\uffff';
      const y = b.r.publishedAt ?? '\uffff';
      return x < y ? -1 : x > y ? 1 : a.i - b.i;
    })
    .map(({ r }) => r);
  return limit ? ordered.slice(0, limit) : ordered;
}

/** Runs the real pipeline over a record: the title is put on the first line when the text lacks it. */
export function recordDoc(record: StoryRecord): { article: Article; doc: Doc } {
  const text = record.title && !record.text.startsWith(record.title) ? record.title + '\n\n' + record.text : record.text;
  const { doc, article } = docFromText({ text, id: record.id, title: record.title, publishedAt: record.publishedAt, format: 'text' });
  return { doc, article };
}
