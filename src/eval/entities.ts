import { readFileSync, writeFileSync } from 'node:fs';
import nlpCompromise from 'compromise';
import { docFromText } from '../annotate/annotate.js';
import { blocksStage, sentencesStage } from '../annotate/base-stages.js';
import { findMentions } from '../annotate/mentions/find-mentions.js';
import { toRawSpan } from '../clean/normalize-text.js';
import type { EvalTask } from './task.js';
import { SpanCounter, type LabelledSpan } from './span-scores.js';

interface GoldRecord {
  readonly id: string;
  readonly text: string;
  readonly entities: LabelledSpan[];
}

const LABELS = ['PER', 'ORG', 'LOC'];

/**
 * Our name mentions of `text`, over every line (the gold covers datelines and tables too), in `text` offsets.
 * Example: `predictEntities('Alan Shearer joined Newcastle .')` gives a PER span over "Alan Shearer".
 */
export function predictEntities(text: string): LabelledSpan[] {
  const { doc, normalized } = docFromText({ text, format: 'text' }, [blocksStage, sentencesStage]);
  return findMentions(doc, doc.layers.blocks ?? [])
    .filter((m) => m.kind === 'name')
    .map((m) => ({ ...toRawSpan(normalized, text, m.start, m.end), label: m.type }));
}

/**
 * compromise's people/organizations/places with offsets, trimmed of edge punctuation.
 * Example: `compromiseEntities('Tony Abbott visited Malaysia.')` lists what compromise tags as PER/ORG/LOC.
 */
export function compromiseEntities(text: string): LabelledSpan[] {
  const doc = nlpCompromise(text);
  const out: LabelledSpan[] = [];
  const take = (view: { json(o: object): { offset: { start: number; length: number } }[] }, label: string) => {
    for (const m of view.json({ offset: true })) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (start < end && /[^\p{L}\p{N}]/u.test(text[start])) start++;
      while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1])) end--;
      if (end > start) out.push({ start, end, label });
    }
  };
  take(doc.people(), 'PER');
  take(doc.organizations(), 'ORG');
  take(doc.places(), 'LOC');
  return out;
}

/**
 * `storyline eval entities <file>`: CoNLL exact-span P/R/F1 per type (PER, ORG, LOC) and their
 * micro-average (`overall`, MISC ignored on both sides), ours beside compromise's, same run.
 * Example: `storyline eval entities ../shared/eval/entities/dev.jsonl --json`.
 */
export const entitiesEval: EvalTask = {
  name: 'entities',
  describe: 'named entities (PER/ORG/LOC), exact span; compromise as baseline',
  async run(file, { out, limit }) {
    const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as GoldRecord);
    const ours = new SpanCounter(LABELS);
    const baseline = new SpanCounter(LABELS);
    const lines: string[] = [];
    let words = 0;
    let oursMs = 0;
    let baselineMs = 0;
    for (const r of records) {
      words += r.text.split(/\s+/).length;
      let t = performance.now();
      const predicted = predictEntities(r.text);
      oursMs += performance.now() - t;
      t = performance.now();
      const theirs = compromiseEntities(r.text);
      baselineMs += performance.now() - t;
      ours.add(r.entities, predicted);
      baseline.add(r.entities, theirs);
      lines.push(JSON.stringify({ id: r.id, entities: predicted }));
    }
    if (out) writeFileSync(out, lines.join('\n') + '\n');
    return {
      task: 'entities',
      n: records.length,
      overallOver: LABELS,
      ours: { ...ours.scores(), wordsPerSecondCleanSentencesMentions: Math.round(words / (oursMs / 1000)) },
      baseline: { name: 'compromise', ...baseline.scores(), wordsPerSecond: Math.round(words / (baselineMs / 1000)) },
    };
  },
};
