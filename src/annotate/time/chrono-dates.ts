import * as chrono from 'chrono-node';
import { dayOf, formatDay, ymdOf } from './calendar.js';
import { weekdayOffset } from './day-rules.js';
import { TENSE_OVERRIDE_MONTHS } from './month-rules.js';
import { scheduleNouns } from './tense-words.data.js';
import { weekdayNumbers } from './time-words.data.js';
import type { RuleContext, RuleHit } from './timex-rule.js';

// Casual parsers: strict mode reads no clock times ("10 p.m."); digit-free matches are dropped below.
const monthFirst = chrono.en.casual;
const dayFirstParser = chrono.en.GB;
// Only used to run chrono when there is no anchor; values that needed it are dropped.
const NEUTRAL_REFERENCE = Date.UTC(2000, 0, 1, 12);

/** A chrono match turned into a timex candidate. */
export interface ChronoHit extends RuleHit {
  readonly start: number;
  readonly end: number;
  /** A clock time with no date of its own ("3 p.m."): its day is the anchor's until joined. */
  readonly timeOnly: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Explicit calendar dates and clock times found by chrono-node's English parser (en, or en-GB
 * with `dayFirst`): "Sept. 30", "Aug. 7, 1998", "12/03/97", "3 p.m.", with the value at the
 * granularity the text states. chrono parses against the anchor at 12:00 UTC and its components
 * are read as numbers, so no timezone can move a day. A day without a year takes the nearest year
 * (on DEV that beats following the clause's tense) unless a word right before it says otherwise.
 * Matches without a digit are left to the rule files.
 * Example: "on Sept. 30" with anchor 1998-02-27 -> {start: 3, value: "1997-09-30"}.
 */
export function chronoDates(ctx: RuleContext, { dayFirst = false } = {}): ChronoHit[] {
  const parser = dayFirst ? dayFirstParser : monthFirst;
  const instant = new Date(ctx.anchor === null ? NEUTRAL_REFERENCE : ctx.anchor * 86_400_000 + 43_200_000);
  const hits: ChronoHit[] = [];
  for (const r of lineResults(parser, ctx.text, instant)) {
    if (!/\d/.test(r.text) || !plausible(r.text, ctx.text.slice(Math.max(0, r.index - 2), r.index))) continue;
    const s = r.start;
    // A number chrono read as a clock ("6.43, on Friday", "Jan. 1, 1990 at 1,015 francs") is cut off,
    // and so are the preposition it includes ("at 10 p.m.", "on Friday": TimeML leaves it out) and a
    // trailing comma, bracket or full stop after a day number ("10 p.m. Wednesday,").
    const fakeClock = s.isCertain('hour') && !CLOCK.test(r.text);
    const number = fakeClock ? matchLength(/^\d{1,2}(?:[.:]\d\d)?,?\s*/, r.text) : 0;
    const lead = number + matchLength(/^(?:at|on|in|by|from|since|until)\s+/i, r.text.slice(number));
    const tail = (fakeClock ? matchLength(/,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d\d)?$/, r.text) : 0) || matchLength(/(?:[,)]|(?<=\d)\.)+$/, r.text);
    const start = r.index + lead;
    const end = r.index + r.text.length - tail;
    const hasDay = s.isCertain('day');
    const hasMonth = s.isCertain('month');
    const hasYear = s.isCertain('year');
    const hasHour = s.isCertain('hour') && !fakeClock;
    if (end <= start) continue;
    if (!hasDay && !hasMonth && !hasYear && !hasHour) continue;
    if (!hasDay && !hasMonth && hasYear && !hasHour) continue; // bare years are the year rule's
    // A clock time alone needs a clock word: "from 16 members", "12 3/4%" are numbers.
    if (hasHour && !hasDay && !hasMonth && !weekdayIn(r.text) && !CLOCK.test(r.text)) continue;
    const lastBefore = /\blast\s+$/i.test(ctx.text.slice(Math.max(0, start - 6), start));
    const hitStart = lastBefore ? ctx.text.lastIndexOf('last', start) : start;
    let value: string | null;
    let relative = !hasYear;
    if (hasDay || (hasHour && !hasMonth)) {
      let day = dayOf({ y: s.get('year') ?? 2000, m: s.get('month') ?? 1, d: s.get('day') ?? 1 });
      const weekday = /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.exec(r.text);
      if (weekday && !hasDay && !hasMonth) {
        // "10 p.m. Wednesday": the day follows our weekday rule (tense-aware), not chrono's guess.
        day = ctx.anchor === null ? NaN : ctx.anchor + weekdayOffset(ctx.anchor, weekdayNumbers[weekday[0].toLowerCase()], ctx.tense(start, end), '');
      } else if (!hasYear) {
        if (ctx.anchor === null) day = NaN;
        // chrono picks the nearest year, which beats the clause's tense on DEV; a word right
        // before the date is surer: "last Oct. 17", "the year ended March 31", "since Aug. 6" look
        // back, "until Jan. 14", "effective June 1" look ahead.
        else day = adjustYear(day, ctx.anchor, lastBefore || namesPastEvent(ctx.text, start, end) ? 'past' : localDirection(ctx.text.slice(Math.max(0, start - 24), start)), hasDay, () => ctx.tense(start, end));
      }
      value = Number.isNaN(day) ? null : formatDay(day);
      if (value && hasHour) value += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    } else {
      if (!hasYear && ctx.anchor === null) value = null;
      else value = `${s.get('year')}-${pad(s.get('month') ?? 1)}`;
      relative = !hasYear;
    }
    hits.push({ start: hitStart, end, type: hasHour ? 'TIME' : 'DATE', value, relative, timeOnly: hasHour && !hasDay && !hasMonth && !weekdayIn(r.text) });
  }
  return hits;
}

// A clock time needs a clock word; "2.50 a share" and "at 1" are not times, "7/8" is a fraction.
const CLOCK = /\d\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|\d:\d\d|noon|midnight/i;
const FRACTION = /^(?:\d+\s+)?\d{1,2}\/\d{1,2}$/; // "7/8", "12 3/4

function plausible(match: string, before: string): boolean {
  if (FRACTION.test(match) || /[$\d.]\s?$/.test(before)) return false;
  // Counted spans ("within 14 days") are durations, the duration rules' job.
  if (/\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(match)) return false;
  const hasMonthOrDay = /[a-z]{3}/i.test(match.replace(/a\.?m\.?|p\.?m\.?|o'clock|noon|midnight|at|on/gi, '')) || /\d[/-]\d/.test(match);
  return hasMonthOrDay || CLOCK.test(match);
}

/** "the Oct. 23 slaying": a yearless date used as a modifier of an event noun names a past event ("the Nov. 1 deadline" is a schedule). */
function namesPastEvent(text: string, start: number, end: number): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && /^\s+[a-z]{3,}/.test(text.slice(end, end + 12))
    && !/^\s+(?:of|to|and|or|at|in|on|for|is|was|will)\b/.test(text.slice(end, end + 8)) && !SCHEDULED.test(text.slice(end, end + 16));
}

const SCHEDULED = new RegExp(String.raw`^\s+(?:${scheduleNouns.join('|')})\b`, 'i');
const LOOKS_BACK = /\b(?:ended|since|began|started|signed|opened|closed|set on|was|were|last seen)\s+(?:on\s+)?$/i;
const LOOKS_AHEAD = /\b(?:until|till|ending|effective|starting|beginning|due|before|scheduled for|expected on|will|next)\s+(?:on\s+)?$/i;

function localDirection(before: string): string {
  if (LOOKS_BACK.test(before)) return 'past';
  if (LOOKS_AHEAD.test(before)) return 'future';
  return 'nearest';
}

const matchLength = (pattern: RegExp, text: string) => pattern.exec(text)?.[0].length ?? 0;

const weekdayIn = (text: string) => /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(text);

type Parsed = Pick<chrono.ParsedResult, 'index' | 'text' | 'start'>;

/** chrono line by line: its cost grows faster than linearly with the input, and no date spans a line break. */
function lineResults(parser: chrono.Chrono, text: string, instant: Date): Parsed[] {
  const out: Parsed[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Only lines with a digit can hold what this function keeps.
    if (end > start && /\d/.test(text.slice(start, end))) {
      for (const r of flatResults(parser, text.slice(start, end), instant)) out.push({ ...r, index: r.index + start, start: r.start });
    }
    start = end + 1;
  }
  return out;
}
const RANGE_JOIN = /\s*(?:-|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s*/gi;

/**
 * chrono's results with ranges split into their two ends ("this year through Oct. 19" gives
 * "this year" and "Oct. 19") and a date found again inside a match that kept nothing certain
 * ("night of Oct. 23").
 */
function flatResults(parser: chrono.Chrono, text: string, instant: Date, depth = 0): Parsed[] {
  const out: Parsed[] = [];
  for (const r of parser.parse(text, { instant, timezone: 0 })) {
    const empty = !['day', 'month', 'year', 'hour', 'weekday'].some((c) => r.start.isCertain(c as chrono.Component));
    let cut: { at: number; next: number } | null = null;
    if (r.end || empty) {
      if (empty) {
        const of = /^.*?\bof\s+/i.exec(r.text);
        if (of) cut = { at: of[0].length, next: of[0].length };
      } else {
        for (const m of r.text.matchAll(RANGE_JOIN)) if (m.index > 0) cut = { at: m.index, next: m.index + m[0].length };
      }
    }
    if (!cut || depth > 0) {
      if (!empty) out.push(r);
      continue;
    }
    for (const [from, to] of [[0, cut.at], [cut.next, r.text.length]]) {
      if (to <= from) continue;
      for (const part of flatResults(parser, r.text.slice(from, to), instant, depth + 1)) out.push({ ...part, index: r.index + from + part.index, start: part.start });
    }
  }
  return out;
}

/**
 * Moves a yearless date into the past or future of the anchor as a word before it says; otherwise
 * keeps chrono's nearest year unless that is more than a season away against the clause's tense.
 */
function adjustYear(day: number, anchor: number, tense: string, hasDay: boolean, clauseTense: () => string): number {
  if (!hasDay) return anchor;
  const { m, d } = ymdOf(day);
  const y = ymdOf(anchor).y;
  const same = dayOf({ y, m, d });
  if (tense === 'past') return same > anchor ? dayOf({ y: y - 1, m, d }) : same;
  if (tense === 'future') return same < anchor ? dayOf({ y: y + 1, m, d }) : same;
  // The nearest, unless it is more than a season away against the clause's tense.
  const limit = TENSE_OVERRIDE_MONTHS * 30;
  const clause = clauseTense();
  if (clause === 'past' && day > anchor + limit) return dayOf({ y: ymdOf(day).y - 1, m, d });
  if (clause === 'future' && day < anchor - limit) return dayOf({ y: ymdOf(day).y + 1, m, d });
  return day;
}

const DAY_MONTH = /\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const MONTH_DAY = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}\b/g;

/**
 * True when the text writes dates day first ("6 October 2014", as British, Australian and New
 * Zealand outlets do) more often than month first, so "03/04/2014" should read as 3 April.
 * Example: `prefersDayFirst('on 6 October 2014')` is true.
 */
export function prefersDayFirst(text: string): boolean {
  const dayFirst = text.match(DAY_MONTH)?.length ?? 0;
  const monthFirst = text.match(MONTH_DAY)?.length ?? 0;
  return dayFirst > monthFirst;
}
