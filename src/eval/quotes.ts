import { createWriteStream } from 'node:fs';
import { docFromText } from '../annotate/annotate.js';
import { findQuotes } from '../annotate/quotes/find-quotes.js';
import { findQuotedSpans } from '../annotate/quotes/quote-marks.js';
import { storyBlocks } from '../core/doc.js';
import type { Span } from '../core/span.js';
import { toRawSpan, type NormalizedText } from '../clean/normalize-text.js';
import { isBeliefCue } from './quotes-beliefs.js';
import { addArticle, emptyCounts, quoteScores, type Attribution } from './quotes-score.js';
import { readJsonLines } from './read-json-lines.js';
import type { EvalReport, EvalTask } from './task.js';

type Pair = [number, number];
interface GoldRecord {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string | null;
  readonly attributions: { content: Pair | Pair[]; source: Pair | Pair[] | null; cue: Pair | Pair[] | null; kind: Attribution['kind'] }[];
}

const list = (x: Pair | Pair[] | null): Pair[] | null => (x === null ? null : typeof x[0] === 'number' ? [x as Pair] : (x as Pair[]));

/**
 * `storyline eval quotes <file.jsonl>` on PolNeAR-format gold: content overlap/exact F1 overall
 * and per kind, cue overlap F1, speaker-span accuracy; beside a quote-marks-only baseline (every
 * double-quoted stretch of 3+ words, marks included, no speaker: what direct-only tools find). Also counts gold
 * beliefs/intentions (cue words like "believes", "wants") and our recall on them, and the
 * quotes stage's own speed in articles/s.
 */
export const quotesTask: EvalTask = {
  name: 'quotes',
  describe: 'quotes and speakers (PolNeAR): content overlap/exact F1, cue F1, speaker accuracy',
  async run(file, { out, limit }): Promise<EvalReport> {
    const ours = emptyCounts();
    const base = emptyCounts();
    const sink = out ? createWriteStream(out) : null;
    let n = 0;
    let stageMs = 0;
    let beliefs = 0;
    let beliefsFound = 0;
    for (const record of readJsonLines<GoldRecord>(file, limit)) {
      n++;
      const gold: Attribution[] = record.attributions.map((a) => ({ content: list(a.content)!, source: list(a.source), cue: list(a.cue), kind: a.kind }));
      const { doc, normalized } = docFromText({ text: record.text, publishedAt: record.publishedAt, id: record.id });
      const t = performance.now();
      const quotes = findQuotes(doc);
      stageMs += performance.now() - t;
      const raw = (s: Span): Pair => {
        const r = toRawSpan(normalized as NormalizedText, record.text, s.start, s.end);
        return [r.start, r.end];
      };
      const pred: Attribution[] = quotes.map((q) => ({ content: q.content.map(raw), source: q.source ? [raw(q.source)] : null, cue: q.cue ? [raw(q.cue)] : null, kind: q.kind }));
      addArticle(ours, record.text, gold, pred);
      const marks = findQuotedSpans(doc.text, storyBlocks(doc)).filter((q) => doc.text.slice(q.inner.start, q.inner.end).split(/\s+/).length >= 3);
      addArticle(base, record.text, gold, marks.map((q) => ({ content: [raw({ start: q.start, end: q.end })], source: null, cue: null, kind: 'direct' })));
      for (const g of gold) {
        if (!g.cue || !isBeliefCue(g.cue.map(([a, b]) => record.text.slice(a, b)).join(' '))) continue;
        beliefs++;
        if (pred.some((p) => p.content.some(([s, e]) => g.content.some(([a, b]) => s < b && a < e)))) beliefsFound++;
      }
      sink?.write(JSON.stringify({ id: record.id, attributions: pred.map((p) => ({ content: p.content.length === 1 ? p.content[0] : p.content, source: p.source?.[0] ?? null, cue: p.cue?.[0] ?? null, kind: p.kind })) }) + '\n');
    }
    if (sink) await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return {
      task: 'quotes',
      n,
      ours: quoteScores(ours),
      baseline: { name: 'quote-marks-only', ...quoteScores(base) },
      beliefsAndIntentions: { gold: beliefs, found: beliefsFound },
      stageArticlesPerSecond: Math.round(n / (stageMs / 1000)),
    };
  },
};
