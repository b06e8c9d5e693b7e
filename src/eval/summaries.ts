import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rougeN } from '../analyze/rouge.js';
import { sentenceUnits, type SentenceUnit } from '../analyze/sentence-units.js';
import { selectSentences, type SelectOptions } from '../analyze/select-sentences.js';
import { contentStems } from '../analyze/terms.js';
import { bundleFromDocs, type GoldDoc } from './summary-bundle.js';
import { centroidSummary, leadSummary } from './summary-baselines.js';
import type { EvalReport, EvalTask } from './task.js';

interface Slice { readonly name: string; readonly docs: GoldDoc[]; readonly references: string[] }
interface GoldRecord {
  readonly id: string;
  readonly query: { readonly title: string; readonly narrative: string };
  readonly docs?: GoldDoc[];
  readonly references?: string[];
  readonly slices?: Slice[];
  readonly wordLimit: number;
}

/** A system: picks sentences of `units` (earlier = article indexes of earlier slices). */
type System = (units: SentenceUnit[], ctx: { words: number; query: string; earlier: Set<number> }) => SentenceUnit[];

/** Mean ROUGE-1/2 recall and F1 over scored summaries. */
class Tally {
  private sums = [0, 0, 0, 0];
  private n = 0;
  add(text: string, references: string[], wordLimit: number): void {
    const r1 = rougeN(text, references, 1, { wordLimit });
    const r2 = rougeN(text, references, 2, { wordLimit });
    [r1.recall, r1.f1, r2.recall, r2.f1].forEach((v, i) => (this.sums[i] += v));
    this.n++;
  }
  report(): Record<string, number> {
    const [r1, f1, r2, f2] = this.sums.map((s) => (this.n ? s / this.n : 0));
    return { rouge1Recall: r1, rouge1F1: f1, rouge2Recall: r2, rouge2F1: f2, summaries: this.n };
  }
}

/** One sentence a line, cut at `words` whitespace words (as ROUGE `-l` would cut it). */
function summaryText(units: readonly SentenceUnit[], words: number): string {
  const lines: string[] = [];
  let left = words;
  for (const u of units) {
    if (left <= 0) break;
    const tokens = u.text.split(/\s+/).filter((w) => w.length > 0);
    lines.push(tokens.slice(0, left).join(' '));
    left -= tokens.length;
  }
  return lines.join('\n');
}

/**
 * `storyline eval summaries FILE`: ROUGE-1/2 (docs/rouge.md) of our extractive summaries on DUC 2006
 * (query-focused) or DUC 2007 update files, beside a lead and a TF-IDF centroid baseline from the same
 * run; for update files also our summariser with novelty switched off, per slice and over B+C.
 */
export const summariesEval: EvalTask = {
  name: 'summaries',
  describe: 'ROUGE-1/2 of story summaries on DUC 2006 / DUC 2007 update (ours vs lead vs centroid)',
  async run(file, { out, limit }): Promise<EvalReport> {
    let records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
    if (limit) records = records.slice(0, limit);
    const docFreq = new Map<string, number>();
    let docCount = 0;
    for (const r of records) for (const d of r.docs ?? r.slices?.flatMap((s) => s.docs) ?? []) {
      docCount++;
      for (const s of new Set(contentStems(d.text))) docFreq.set(s, (docFreq.get(s) ?? 0) + 1);
    }
    const ours = (extra: SelectOptions): System => (units, c) =>
      selectSentences(units, { words: c.words, query: c.query, earlier: c.earlier, overflow: true, ...extra });
    const systems: Record<string, System> = {
      ours: ours({}),
      oursWithoutNovelty: ours({ novelty: 1 }),
      lead: (units, c) => leadSummary(units.filter((u) => !c.earlier.has(u.articleIndex)), c.words),
      centroid: (units, c) => centroidSummary(units.filter((u) => !c.earlier.has(u.articleIndex)), c.words, docFreq, docCount),
    };
    const tallies = new Map<string, Tally>();
    const tally = (key: string) => tallies.get(key) ?? tallies.set(key, new Tally()).get(key)!;
    if (out) mkdirSync(out, { recursive: true });
    const update = records.some((r) => r.slices);
    for (const r of records) {
      const query = `${r.query.title}. ${r.query.narrative}`;
      const slices: Slice[] = r.slices ?? [{ name: '', docs: r.docs ?? [], references: r.references ?? [] }];
      const seen: GoldDoc[] = [];
      for (const slice of slices) {
        const earlier = new Set(seen.map((_, i) => i));
        seen.push(...slice.docs);
        const units = sentenceUnits(bundleFromDocs(`${r.id}${slice.name}`, seen));
        for (const [name, system] of Object.entries(systems)) {
          if (!update && name === 'oursWithoutNovelty') continue;
          const text = summaryText(system(units, { words: r.wordLimit, query, earlier }), r.wordLimit);
          tally(`${name}${slice.name}`).add(text, slice.references, r.wordLimit);
          if (update && slice.name !== 'A') tally(`${name}BC`).add(text, slice.references, r.wordLimit);
          if (out && name === 'ours') writeFileSync(join(out, slice.name ? `${r.id}-${slice.name}.txt` : `${r.id}.txt`), text + '\n');
        }
      }
    }
    const pick = (name: string) => update
      ? { updateBC: tally(`${name}BC`).report(), A: tally(`${name}A`).report(), B: tally(`${name}B`).report(), C: tally(`${name}C`).report() }
      : tally(name).report();
    return {
      task: 'summaries',
      n: records.length,
      ours: pick('ours'),
      baseline: { name: 'centroid', ...pick('centroid') },
      lead: pick('lead'),
      ...(update ? { oursWithoutNovelty: pick('oursWithoutNovelty') } : {}),
      settings: 'ROUGE-1.5.5 -n 2 -m -l <wordLimit> -f A -p 0.5, stopwords kept, jackknifed over references (docs/rouge.md)',
    };
  },
};
