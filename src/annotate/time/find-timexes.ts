import type { Timex } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { dayOf, parseIsoDate } from './calendar.js';
import { resolveAnaphora, anaphoraRules, type Anaphor } from './anaphora.js';
import { chronoDates } from './chrono-dates.js';
import { dayRules } from './day-rules.js';
import { durationRules } from './duration-rules.js';
import { monthRules } from './month-rules.js';
import { periodRules } from './period-rules.js';
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
export const timexRules: TimexRule[] = [...periodRules, ...dayRules, ...monthRules, ...durationRules, ...refRules, ...anaphoraRules];

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
  return resolveAnaphora(joinTimeAndDay(text, pickNonOverlapping(candidates, regions)))
    .filter((t) => !(t.anaphor && t.value === null && ctx.anchor !== null))
    .map((t) => withEdgeWords(text, t));
}

// "the end of 1990", "the beginning of this week": TIMEX3 keeps the words in the extent (as mod=END/START).
const EDGE = /\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+$/i;

/** A date right after "the end of" takes those words into its extent; the value stays the date's. */
function withEdgeWords(text: string, t: FoundTimex): FoundTimex {
  if (t.type !== 'DATE') return t;
  const edge = EDGE.exec(text.slice(Math.max(0, t.start - 24), t.start));
  return edge ? { ...t, start: t.start - edge[0].length } : t;
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

/** Rules whose times carry no day of their own: they take a day named next to them. */
const LONE_TIME = new Set(['chrono-time', 'clock-word']);
const JOINER = /^\s*(?:,|on|at)?\s*$/i;

/** "10 p.m. Wednesday", "Friday at 9 a.m.": a clock time next to a day becomes one TIME on that day. */
function joinTimeAndDay(text: string, timexes: FoundTimex[]): FoundTimex[] {
  const out: FoundTimex[] = [];
  for (const t of timexes) {
    const prev = out[out.length - 1];
    if (prev && JOINER.test(text.slice(prev.end, t.start))) {
      const time = LONE_TIME.has(prev.rule) ? prev : LONE_TIME.has(t.rule) ? t : null;
      const day = time === prev ? t : prev;
      if (time && day.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(day.value ?? '') && time.value) {
        out[out.length - 1] = { start: prev.start, end: t.end, type: 'TIME', value: `${day.value}${time.value.slice(10)}`, relative: true, rule: 'joined' };
        continue;
      }
    }
    out.push(t);
  }
  return out.map((t, i) => (LONE_TIME.has(t.rule) ? onNearbyDay(text, out, i) : t));
}

const DAY = /^\d{4}-\d\d-\d\d/;

/**
 * A lone clock time takes the day of a day-level timex just after it in the same clause ("10:35 a.m.
 * (0735 GMT) Friday"), else of the closest one before it on its line ("On Oct. 23 ... at 10 p.m.").
 */
function onNearbyDay(text: string, timexes: FoundTimex[], i: number): FoundTimex {
  const t = timexes[i];
  const next = timexes[i + 1];
  if (next && t.value && DAY.test(next.value ?? '') && next.start - t.end <= 30 && !/[.;\n]|\b(?:and|but)\b/.test(text.slice(t.end, next.start).replace(/\b(?:a|p)\.m\./gi, ''))) {
    return { ...t, value: `${next.value!.slice(0, 10)}${t.value.slice(10)}` };
  }
  for (let j = i - 1; j >= 0; j--) {
    const day = timexes[j];
    if (t.start - day.end > 200 || text.slice(day.end, t.start).includes('\n')) break;
    if (/^\d{4}-\d\d-\d\d/.test(day.value ?? '') && t.value) return { ...t, value: `${day.value!.slice(0, 10)}${t.value.slice(10)}` };
  }
  return t;
}
