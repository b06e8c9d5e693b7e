import { writeFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { docFromText } from '../annotate/annotate.js';
import { blocksStage, sentencesStage } from '../annotate/base-stages.js';
import { timexesStage } from '../annotate/time/timexes-stage.js';
import { toRawSpan } from '../clean/normalize-text.js';
import { readJsonLines } from './read-json-lines.js';
import type { EvalTask } from './task.js';
import { addTimexScore, emptyTimexCounts, timexScores, type ScoredTimex } from './timex-score.js';

interface DatesRecord {
  readonly id: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: ScoredTimex[];
}

const WARM_UP = 'On Friday, Sept. 30, 1998, he said at 3 p.m. that last week and the third quarter of this year were weak, up from a year ago; now prices fall every week.';

const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');

/** Raw chrono-node: `chrono.parse(text, dct)` with each value at the granularity chrono knows. */
export function chronoBaseline(text: string, dct: string): ScoredTimex[] {
  const [y, m, d] = dct.split('-').map(Number);
  return chrono.parse(text, new Date(Date.UTC(y, m - 1, d, 12)), {}).map((r) => {
    const s = r.start;
    let value = String(s.get('year')).padStart(4, '0');
    if (s.isCertain('month') || s.isCertain('day') || s.isCertain('weekday')) value += `-${pad(s.get('month'))}`;
    if (s.isCertain('day') || s.isCertain('weekday')) value += `-${pad(s.get('day'))}`;
    if (s.isCertain('hour')) value = `${value.slice(0, 10)}T${pad(s.get('hour'))}:${pad(s.get('minute'))}`;
    return { start: r.index, end: r.index + r.text.length, type: s.isCertain('hour') ? 'TIME' : 'DATE', value };
  });
}

/**
 * Our timexes for raw TimeBank text: cleaned, split into blocks and sentences, run through the
 * timexes stage, and mapped back to raw offsets. `ms` is the time spent in the timexes stage alone.
 */
export function ourTimexes(text: string, dct: string): { timexes: ScoredTimex[]; ms: number } {
  const { doc, article, normalized } = docFromText({ text, publishedAt: dct, format: 'json' }, [blocksStage, sentencesStage]);
  const t0 = performance.now();
  timexesStage.run(doc, { article });
  const ms = performance.now() - t0;
  const timexes = (doc.layers.timexes ?? []).map((t) => ({ ...toRawSpan(normalized, text, t.start, t.end), type: t.type, value: t.value }));
  return { timexes, ms };
}

/**
 * `storyline eval dates <file>`: TempEval-3 scores for our timexes and raw chrono-node on the
 * same documents (`text` + `dct` in, gold `timexes` out). Also reports words/s of the timexes
 * stage alone (cleaning and sentence splitting not counted) and of raw chrono.
 */
export const datesTask: EvalTask = {
  name: 'dates',
  describe: 'time expressions and TIMEX3 values (TempEval-3 style) vs raw chrono-node',
  async run(file, { out, limit }) {
    const ours = emptyTimexCounts();
    const base = emptyTimexCounts();
    const lines: string[] = [];
    let words = 0;
    let oursMs = 0;
    let chronoMs = 0;
    let n = 0;
    // Warm both up first so the words/s compare steady states, not module loading and JIT.
    for (let i = 0; i < 20; i++) {
      ourTimexes(WARM_UP, '2014-10-07');
      chronoBaseline(WARM_UP, '2014-10-07');
    }
    for (const record of readJsonLines<DatesRecord>(file, limit)) {
      n++;
      words += record.text.split(/\s+/).filter(Boolean).length;
      const { timexes: predicted, ms } = ourTimexes(record.text, record.dct);
      oursMs += ms;
      const t0 = performance.now();
      const baseline = chronoBaseline(record.text, record.dct);
      chronoMs += performance.now() - t0;
      addTimexScore(ours, record.timexes, predicted);
      addTimexScore(base, record.timexes, baseline);
      if (out) lines.push(JSON.stringify({ id: record.id, dct: record.dct, timexes: predicted }));
    }
    if (out) writeFileSync(out, lines.join('\n') + '\n');
    return {
      task: 'dates',
      n,
      ours: { ...timexScores(ours), timexesStageWordsPerSecond: Math.round(words / (oursMs / 1000)) },
      baseline: { name: 'chrono-node casual (raw)', ...timexScores(base), wordsPerSecond: Math.round(words / (chronoMs / 1000)) },
    };
  },
};
