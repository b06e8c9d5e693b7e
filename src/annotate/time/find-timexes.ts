import type { Timex } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { dayOf, formatDay, parseIsoDate } from './calendar.js';
import { resolveAnaphora, anaphoraRules, type Anaphor } from './anaphora.js';
import { chronoDates } from './chrono-dates.js';
import { joinTimeAndDay, withEdgeWords } from './neighbours.js';
import { dayRules } from './day-rules.js';
import { durationRules } from './duration-rules.js';
import { monthRules } from './month-rules.js';
import { periodRules } from './period-rules.js';
import { quarterRules } from './quarter-rules.js';
import { refRules } from './ref-rules.js';
import { sentenceAt, tenseAround } from './tense.js';
import type { RuleContext, TimexRule } from './timex-rule.js';

/** A timex with how it was found; `relative` ones needed the publication date (or an earlier timex). */
export interface FoundTimex extends Timex {
  readonly relative: boolean;
  readonly rule: string;
  readonly anaphor?: Anaphor;
}

export interface FindTimexesOptions {
  /** Publication date (ISO date or date-time); null/absent leaves relative values null. */
  readonly anchor?: string | null;
  /** Sentences of the text (sorted), for tense; a local window is used without them. */
  readonly sentences?: readonly Span[];
  /** Only matches inside one of these spans are kept (e.g. the story blocks). Default: all. */
  readonly regions?: readonly Span[];
  /** Read "03/04/2014" as 3 April (en-GB sources). */
  readonly dayFirst?: boolean;
}

/**
 * Every rule, most specific first; on overlaps the longer span wins, then the earlier rule
 * (chrono's explicit dates win ties). Example: "last Oct. 17" beats "Oct." from the month rule.
 */
export const timexRules: TimexRule[] = [...periodRules, ...quarterRules, ...dayRules, ...monthRules, ...durationRules, ...refRules, ...anaphoraRules];

// "was now seeking": "now" inside a past-tense narrative is not the present.
const PAST_NOW = /\b(?:was|were|had|did)\s+(?:\w+ly\s+)?$/i;

/**
 * Finds the time expressions of `text` with TIMEX3 types and values anchored to the
 * publication date. Example: `findTimexes('He said yesterday.', {anchor: '2014-10-07'})` gives
 * one timex: {start: 8, end: 17, type: 'DATE', value: '2014-10-06', relative: true, rule: 'deictic-day'}.
 */
export function findTimexes(text: string, { anchor = null, sentences, regions, dayFirst = false }: FindTimexesOptions = {}): FoundTimex[] {
  const ymd = parseIsoDate(anchor);
  const ctx: RuleContext = {
    text,
    anchor: ymd ? dayOf(ymd) : null,
    tense: (start, end) => tenseAround(text, sentenceAt(text, sentences, start), start, end),
  };
  const candidates: (FoundTimex & { order: number })[] = [];
  timexRules.forEach((rule, order) => {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const hit = rule.make(m, ctx);
      if (!hit) continue;
      const start = m.index + (hit.trimStart ?? 0);
      const end = m.index + (hit.trimEnd ?? m[0].length);
      if (rule.name === 'present-ref' && PAST_NOW.test(text.slice(Math.max(0, start - 24), start))) continue;
      candidates.push({ start, end, type: hit.type, value: hit.value, relative: hit.relative, rule: rule.name, order, anaphor: hit.anaphor });
    }
  });
  for (const { timeOnly, ...hit } of chronoDates(ctx, { dayFirst })) candidates.push({ ...hit, rule: timeOnly ? 'chrono-time' : 'chrono', order: -1 });
  // With an anchor, an anaphor with no dated timex before it ("that day" opening a text) is dropped.
  return resolveAnaphora(joinTimeAndDay(text, pickNonOverlapping(candidates, regions)), ctx.anchor === null ? null : formatDay(ctx.anchor))
    .filter((t) => !(t.anaphor && t.value === null && ctx.anchor !== null))
    .map((t, i, all) => withEdgeWords(text, t, all[i - 1]))
    .filter((t, i, all) => !(i + 1 < all.length && all[i + 1].start <= t.start && t.end <= all[i + 1].end));
}

/** Longest first (ties: lower order), dropping any candidate overlapping one already kept. */
function pickNonOverlapping(candidates: (FoundTimex & { order: number })[], regions: readonly Span[] | undefined): FoundTimex[] {
  const inside = (c: Span) => {
    if (!regions) return true;
    // Regions are sorted and disjoint: find the last one starting at or before c.start.
    let lo = 0;
    let hi = regions.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (regions[mid].start <= c.start) lo = mid;
      else hi = mid - 1;
    }
    const r = regions[lo];
    return r !== undefined && c.start >= r.start && c.end <= r.end;
  };
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: FoundTimex[] = [];
  const taken = new Set<number>();
  for (const c of candidates) {
    if (c.end <= c.start || !inside(c)) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken.add(i);
    const { order: _order, ...timex } = c;
    if (!timex.anaphor) delete timex.anaphor;
    kept.push(timex);
  }
  return kept.sort((a, b) => a.start - b.start);
}
