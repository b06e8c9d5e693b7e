import * as chrono from 'chrono-node';
import { dayOf, formatDay, ymdOf } from './calendar.js';
import type { RuleContext, RuleHit } from './timex-rule.js';

const usStrict = chrono.en.strict;
const dayFirstStrict = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
// Only used to run chrono when there is no anchor; values that needed it are dropped.
const NEUTRAL_REFERENCE = Date.UTC(2000, 0, 1, 12);

/** A chrono match turned into a timex candidate. */
export interface ChronoHit extends RuleHit {
  readonly start: number;
  readonly end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Explicit calendar dates and clock times found by chrono-node's strict English parser
 * ("Sept. 30", "Aug. 7, 1998", "12/03/97", "3 p.m."), with the value at the granularity the text
 * states. chrono parses against the anchor at 12:00 UTC and its components are read as numbers,
 * so no timezone can move a day. A day without a year follows the clause's tense ("last Oct. 17"
 * and past clauses look back). Expressions without digits are left to the rule files.
 * Example: "on Sept. 30" with anchor 1998-02-27 in a past clause -> {value: "1997-09-30"}.
 */
export function chronoDates(ctx: RuleContext, { dayFirst = false } = {}): ChronoHit[] {
  const parser = dayFirst ? dayFirstStrict : usStrict;
  const instant = new Date(ctx.anchor === null ? NEUTRAL_REFERENCE : ctx.anchor * 86_400_000 + 43_200_000);
  const hits: ChronoHit[] = [];
  for (const r of parser.parse(ctx.text, { instant, timezone: 0 })) {
    if (!/\d/.test(r.text)) continue;
    const s = r.start;
    const start = r.index;
    const end = r.index + r.text.length;
    const hasDay = s.isCertain('day');
    const hasMonth = s.isCertain('month');
    const hasYear = s.isCertain('year');
    const hasHour = s.isCertain('hour');
    if (!hasDay && !hasMonth && !hasYear && !hasHour) continue;
    if (!hasDay && !hasMonth && hasYear && !hasHour) continue; // bare years are the year rule's
    const lastBefore = /\blast\s+$/i.test(ctx.text.slice(Math.max(0, start - 6), start));
    const hitStart = lastBefore ? ctx.text.lastIndexOf('last', start) : start;
    let value: string | null;
    let relative = !hasYear;
    if (hasDay || (hasHour && !hasMonth)) {
      let day = dayOf({ y: s.get('year') ?? 2000, m: s.get('month') ?? 1, d: s.get('day') ?? 1 });
      if (!hasYear) {
        if (ctx.anchor === null) day = NaN;
        else day = adjustYear(day, ctx.anchor, lastBefore ? 'past' : ctx.tense(start, end), hasDay);
      }
      value = Number.isNaN(day) ? null : formatDay(day);
      if (value && hasHour) value += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    } else {
      if (!hasYear && ctx.anchor === null) value = null;
      else value = `${s.get('year')}-${pad(s.get('month') ?? 1)}`;
      relative = !hasYear;
    }
    hits.push({ start: hitStart, end, type: hasHour ? 'TIME' : 'DATE', value, relative });
  }
  return hits;
}

/** Moves a yearless date into the past or future of the anchor as the tense says; chrono picks the nearest. */
function adjustYear(day: number, anchor: number, tense: string, hasDay: boolean): number {
  if (!hasDay) return anchor;
  const { m, d } = ymdOf(day);
  const y = ymdOf(anchor).y;
  const same = dayOf({ y, m, d });
  if (tense === 'past') return same > anchor ? dayOf({ y: y - 1, m, d }) : same;
  if (tense === 'future') return same < anchor ? dayOf({ y: y + 1, m, d }) : same;
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
