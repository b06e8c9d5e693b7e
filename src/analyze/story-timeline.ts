import type { Evidence } from '../core/span.js';
import type { StoryBundle } from '../core/story.js';
import { docTimexes } from './doc-timexes.js';
import { sentenceDate, weekMonth, type Granularity } from './sentence-date.js';
import { sentenceUnits, type SentenceUnit } from './sentence-units.js';
import { bigramConcepts, terms } from './terms.js';

/** One event of a story: when, what, and every article sentence that reports it. */
export interface TimelineEntry {
  readonly date: string;
  readonly granularity: Granularity;
  readonly text: string;
  readonly evidence: Evidence[];
  /** Rank key: articles reporting it, plus a bonus for a stated date and for central wording. */
  readonly salience: number;
}

/** Options of storyTimeline, with their defaults in its signature. */
export interface StoryTimelineOptions {
  /** Most entries returned (the most salient), in date order. */
  readonly limit?: number;
  /** Cosine of content stems above which two same-period sentences report one event. */
  readonly sameEvent?: number;
  /** A sentence dated only by its article's publication date is an event when it is among the first N. */
  readonly ledeSentences?: number;
}

interface Candidate {
  readonly unit: SentenceUnit;
  readonly date: string;
  readonly granularity: Granularity;
  readonly stated: boolean;
  readonly stems: Map<string, number>;
  readonly concepts: string[];
}

const bag = (stems: string[]) => stems.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<string, number>());

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [k, x] of a) { na += x * x; dot += x * (b.get(k) ?? 0); }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** How many candidate sentences hold each stem: rare stems tell events apart. */
function stemCounts(candidates: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of candidates) for (const s of c.stems.keys()) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/**
 * Groups candidates that report one event: compatible dates in one month, different articles,
 * cosine >= `sameEvent` with the group's first sentence. Only groups sharing one of a candidate's four rarest stems are
 * compared, which keeps a long story from comparing every pair.
 */
function mergeEvents(candidates: readonly Candidate[], sameEvent: number): Candidate[][] {
  const counts = stemCounts(candidates);
  const groups: Candidate[][] = [];
  const index = new Map<string, Candidate[][]>();
  for (const c of candidates) {
    const key = period(c.date);
    const rare = [...c.stems.keys()].sort((a, b) => counts.get(a)! - counts.get(b)! || a.localeCompare(b)).slice(0, 4);
    const seen = new Set<Candidate[]>();
    let group: Candidate[] | undefined;
    for (const stem of rare) {
      for (const g of index.get(`${key} ${stem}`) ?? []) {
        if (seen.has(g)) continue;
        seen.add(g);
        if (!g.some((m) => m.unit.articleIndex === c.unit.articleIndex) && compatible(g[0].date, c.date) && cosine(g[0].stems, c.stems) >= sameEvent) { group = g; break; }
      }
      if (group) break;
    }
    if (group) { group.push(c); continue; }
    const g = [c];
    groups.push(g);
    for (const stem of c.stems.keys()) (index.get(`${key} ${stem}`) ?? index.set(`${key} ${stem}`, []).get(`${key} ${stem}`)!).push(g);
  }
  return groups;
}

/** Two dates can name one event when one holds the other: "2014-10" and "2014-10-17", not two different days. */
function compatible(a: string, b: string): boolean {
  const x = a.includes('W') ? weekMonth(a) ?? a : a;
  const y = b.includes('W') ? weekMonth(b) ?? b : b;
  return x.startsWith(y) || y.startsWith(x);
}

/** Month key used to compare and block dates: "2014-10" for "2014-10-17", "2014-W42" or "2014-10". */
const period = (date: string) => (date.includes('W') ? weekMonth(date) ?? date : date).slice(0, 7);

/**
 * A story's timeline: sentences of its headline and body blocks that report a dated event (a timex
 * in the sentence, or the publication date for a lede sentence reporting the day's news), with the
 * same event from several articles merged into one entry whose evidence lists each of them. Keeps
 * the `limit` most salient entries, in date order. Example: for the seed story it holds
 * "2014-10-17" (the Key-Abbott phone call) and "2015-12" (the Ash Carter letter).
 */
export function storyTimeline(bundle: StoryBundle, { limit = 20, sameEvent = 0.35, ledeSentences = 3 }: StoryTimelineOptions = {}): TimelineEntry[] {
  const timexes = bundle.articles.map(({ doc, article }) => docTimexes(doc, article));
  const candidates: Candidate[] = [];
  // Which articles state each concept (bigram of stems) in a dated sentence: widely reported wording is central.
  const articlesOf = new Map<string, Set<number>>();
  for (const unit of sentenceUnits(bundle)) {
    if (unit.headline || unit.words < 5) continue;
    const { doc, article } = bundle.articles[unit.articleIndex];
    const dated = sentenceDate(doc.text, unit, timexes[unit.articleIndex], article);
    // A decade or a century places no event on a timeline.
    if (!dated || dated.granularity === 'decade' || dated.granularity === 'century') continue;
    const stated = dated.source === 'timex';
    if (!stated && unit.position > ledeSentences) continue;
    const list = terms(unit.text);
    const concepts = [...new Set(bigramConcepts(list))];
    const stems = bag(list.filter((t) => !t.stop).map((t) => t.stem));
    candidates.push({ unit, date: dated.date, granularity: dated.granularity, stated, stems, concepts });
    for (const c of concepts) (articlesOf.get(c) ?? articlesOf.set(c, new Set()).get(c)!).add(unit.articleIndex);
  }
  const groups = mergeEvents(candidates, sameEvent);
  const articleCount = Math.max(1, bundle.articles.length);
  const entries = groups.map((g): TimelineEntry => {
    // The most precise date among the reports names the entry.
    const lead = [...g].sort((a, b) => Number(b.stated) - Number(a.stated) || b.date.length - a.date.length)[0];
    const articles = new Set(g.map((c) => c.unit.articleIndex)).size;
    const shared = lead.concepts.reduce((sum, c) => sum + (articlesOf.get(c)?.size ?? 1) - 1, 0);
    const central = shared / Math.sqrt(Math.max(1, lead.concepts.length)) / articleCount;
    return {
      date: lead.date, granularity: lead.granularity, text: lead.unit.text,
      evidence: g.map((c) => ({ articleId: c.unit.articleId, start: c.unit.start, end: c.unit.end })),
      salience: articles / articleCount + (lead.stated ? 0.5 : 0) + central,
    };
  });
  return entries.sort((a, b) => b.salience - a.salience).slice(0, limit)
    .sort((a, b) => period(a.date).localeCompare(period(b.date)) || a.date.localeCompare(b.date));
}
