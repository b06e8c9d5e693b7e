import { readFileSync } from 'node:fs';
import { docFromText } from '../annotate/annotate.js';
import { docTimexes } from '../analyze/doc-timexes.js';
import { sentenceDate, weekMonth, type SentenceDate } from '../analyze/sentence-date.js';
import type { Span } from '../core/span.js';
import type { EvalReport, EvalTask } from './task.js';

interface GoldEvent { readonly date: string | null; readonly doc: string; readonly sentence: number }
interface GoldCorpus {
  readonly id: string;
  readonly docs: { id: string; publishedAt: string; title: string; text: string; sentences: [number, number][] }[];
  readonly timelines: { entity: string; events: GoldEvent[] }[];
}

/** Counts of correctly dated gold events at each granularity. */
class Scores {
  day = [0, 0]; month = [0, 0]; year = [0, 0]; undated = [0, 0];
  add(gold: string | null, value: string | null): void {
    // A week counts as the month of its Thursday (never as a day).
    const ours = value?.includes('W') ? weekMonth(value) : value;
    if (gold === null) { this.undated[1]++; if (ours === null) this.undated[0]++; return; }
    const hit = (n: number) => (ours !== null && ours.length >= n && ours.slice(0, n) === gold.slice(0, n) ? 1 : 0);
    if (gold.length >= 10) { this.day[1]++; this.day[0] += hit(10); }
    if (gold.length >= 7) { this.month[1]++; this.month[0] += hit(7); }
    this.year[1]++; this.year[0] += hit(4);
  }
  report(): Record<string, number> {
    const share = ([a, b]: number[]) => (b ? a / b : 0);
    return { day: share(this.day), month: share(this.month), year: share(this.year), undatedCorrect: share(this.undated),
      datedEvents: this.year[1], dayEvents: this.day[1], monthEvents: this.month[1], undatedEvents: this.undated[1] };
  }
}

/** Doc span covering raw offsets [start, end) (the first and last doc characters that came from inside it). */
function docSpan(rawOffsets: Int32Array, start: number, end: number): Span {
  let s = 0;
  while (s < rawOffsets.length - 1 && rawOffsets[s] < start) s++;
  let e = s;
  while (e < rawOffsets.length - 1 && rawOffsets[e] < end) e++;
  return { start: s, end: e };
}

/**
 * `storyline eval timelines FILE` (SemEval-2015 Task 4 TimeLine DEV): share of gold dated event
 * mentions whose sentence we date correctly at day, month and year granularity (sentenceDate over the
 * product pipeline), beside the publication-date baseline; undated gold events are reported apart.
 */
export const timelinesEval: EvalTask = {
  name: 'timelines',
  describe: 'dating of timeline event sentences (SemEval-2015 Task 4) vs the publication date',
  async run(file, { limit }): Promise<EvalReport> {
    let corpora = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldCorpus);
    if (limit) corpora = corpora.slice(0, limit);
    const ours = new Scores();
    const baseline = new Scores();
    const sources: Record<string, number> = { timex: 0, published: 0, none: 0 };
    for (const corpus of corpora) {
      const dated = new Map<string, (i: number) => SentenceDate | null>();
      for (const d of corpus.docs) {
        const { doc, article, normalized } = docFromText({ id: d.id, text: d.text, title: d.title, publishedAt: d.publishedAt, format: 'text' });
        const timexes = docTimexes(doc, article);
        dated.set(d.id, (i) => {
          const [s, e] = d.sentences[i];
          return sentenceDate(doc.text, docSpan(normalized.rawOffsets, s, e), timexes, article);
        });
      }
      const published = new Map(corpus.docs.map((d) => [d.id, d.publishedAt]));
      for (const timeline of corpus.timelines) {
        for (const event of timeline.events) {
          const date = dated.get(event.doc)?.(event.sentence) ?? null;
          sources[date?.source ?? 'none']++;
          ours.add(event.date, date?.date ?? null);
          baseline.add(event.date, published.get(event.doc) ?? null);
        }
      }
    }
    return {
      task: 'timelines',
      n: corpora.length,
      ours: { ...ours.report(), dateSources: sources },
      baseline: { name: 'publication date', ...baseline.report() },
    };
  },
};
