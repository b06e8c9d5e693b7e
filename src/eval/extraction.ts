import { createWriteStream } from 'node:fs';
import { docFromText } from '../annotate/annotate.js';
import { blocksStage } from '../annotate/base-stages.js';
import type { Doc } from '../core/doc.js';
import { extractHtml } from '../ingest/readers/extract-html.js';
import { readJsonLines } from './read-json-lines.js';
import { pageScore, summarizeScores, type PageScore } from './shingle-score.js';
import type { EvalReport, EvalTask } from './task.js';

interface Page {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly articleBody: string;
}

/**
 * The body blocks of a cleaned Doc, one paragraph per block: what we call the article body.
 * Example: for blocks [headline 'Key', body 'He said so.'] → 'He said so.'.
 */
export function bodyText(doc: Doc): string {
  return (doc.layers.blocks ?? [])
    .filter((b) => b.type === 'body')
    .map((b) => doc.text.slice(b.start, b.end))
    .join('\n\n');
}

/**
 * Our article body for one page: the HTML reader's text, cleaned and block-typed exactly as
 * at ingest, keeping only body blocks (the benchmark's articleBody has no headline).
 * Example: `extractBody('<html>…</html>')` → 'First paragraph…\n\nSecond paragraph…'.
 */
export function extractBody(html: string): { ours: string; readability: string } {
  const extracted = extractHtml(html);
  const { doc } = docFromText({ text: extracted.text, title: extracted.metadata.title, format: 'html' }, [blocksStage]);
  return { ours: bodyText(doc), readability: extracted.readabilityText };
}

/**
 * `storyline eval extraction <file.jsonl[.gz]>`: 4-token shingle precision/recall/F1 of our
 * body extraction beside raw Readability's textContent, per the Zyte benchmark's evaluate.py.
 */
export const extractionTask: EvalTask = {
  name: 'extraction',
  describe: 'HTML article-body extraction (Zyte benchmark: 4-token shingle P/R/F1 averaged over pages)',
  async run(file, { out, limit }): Promise<EvalReport> {
    const ours: PageScore[] = [];
    const baseline: PageScore[] = [];
    const worst: { id: string; url: string; precision: number; recall: number }[] = [];
    const sink = out ? createWriteStream(out) : null;
    for (const page of readJsonLines<Page>(file, limit)) {
      const { ours: body, readability } = extractBody(page.html);
      const score = pageScore(body, page.articleBody);
      ours.push(score);
      baseline.push(pageScore(readability, page.articleBody));
      worst.push({ id: page.id, url: page.url, precision: round(score.precision), recall: round(score.recall) });
      sink?.write(JSON.stringify({ id: page.id, articleBody: body }) + '\n');
    }
    if (sink) await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
    worst.sort((a, b) => a.precision + a.recall - (b.precision + b.recall));
    return {
      task: 'extraction',
      n: ours.length,
      ours: roundAll(summarizeScores(ours)),
      baseline: { name: 'readability', ...roundAll(summarizeScores(baseline)) },
      worst: worst.slice(0, 10),
    };
  },
};

const round = (x: number) => Math.round(x * 10000) / 10000;
const roundAll = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));
