import { dayOf, formatDay, formatMonth, isoWeekday, ymdOf } from './calendar.js';
import { floatingHolidays, holidays, monthNumbers, monthPattern, seasons } from './time-words.data.js';
import type { RuleContext, Tense, TimexRule } from './timex-rule.js';

/** How far (months) the nearer reading may lie against the clause's tense before the tense wins. */
export const TENSE_OVERRIDE_MONTHS = 3;

/**
 * The year of a month (or season start) named without one: "last" = strictly before the anchor's
 * month, "next" = strictly after, "this" = the anchor's year; bare: the nearer one (the tense
 * breaks a tie). Example: anchor 2016-02-15, "in December" -> 2015.
 */
export function yearFor(anchor: number, month: number, modifier: string, tense: Tense): number {
  const { y, m } = ymdOf(anchor);
  if (modifier === 'this') return y;
  if (modifier === 'last') return month < m ? y : y - 1;
  if (modifier === 'next') return month > m ? y : y + 1;
  const back = month <= m ? y : y - 1;
  const ahead = month >= m ? y : y + 1;
  // The nearer of the two; the tense only breaks ties (on DEV, tense cues were wrong more often
  // than nearness for months: "February" said in October 1989 was February 1990).
  const behind = (m - month + 12) % 12;
  const before = (month - m + 12) % 12;
  if (behind === before) return tense === 'future' ? ahead : back;
  // ...unless the nearer one is more than a season away against the clause's tense: a past
  // clause rarely names a month 4+ months ahead.
  if (before < behind && before > TENSE_OVERRIDE_MONTHS && tense === 'past') return back;
  if (behind < before && behind > TENSE_OVERRIDE_MONTHS && tense === 'future') return ahead;
  return behind < before ? back : ahead;
}

const lead = String.raw`(?:(last|next|this|early|late|mid|the end of|the beginning of|the middle of|the start of|the first half of|the second half of)[\s-]+)?`;
/** Words after which a capitalised month name is a month, not a name or the modal "may". */
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|through|during|from|to|of|before|after|early|late|mid|last|next|this|and|or|between|each|every|for|on|around|about|end|beginning|start)[\s-]+$/i;

function modifierOf(word: string | undefined): string {
  const w = (word ?? '').toLowerCase();
  return w === 'last' || w === 'next' || w === 'this' ? w : '';
}

/** "next"/"last" from a word before the month, kept only when it does not move a same-month mention. */
function localModifier(local: string, ctx: RuleContext, month: number): string {
  if (!local || ctx.anchor === null || ymdOf(ctx.anchor).m === month) return '';
  return local;
}

function resolve(ctx: RuleContext, month: number, modifier: string, year: string | undefined, start: number, end: number) {
  if (year) return { value: formatMonth(Number(year), month), relative: false };
  if (ctx.anchor === null) return { value: null, relative: true };
  return { value: formatMonth(yearFor(ctx.anchor, month, modifier, ctx.tense(start, end)), month), relative: true };
}

/**
 * Month names without a day (days are chrono's), seasons and fixed holidays.
 * Examples (anchor 2016-02-15): "in December" (past clause) -> 2015-12, "last Oct." -> 2015-10,
 * "late November 1999" -> 1999-11, "last fall" -> 2015-FA, "Christmas" -> 2015-12-25.
 * "may" the modal and "March" the verb are skipped: a bare month needs a capital and a
 * preposition or modifier before it, or a year after it.
 */
export const monthRules: TimexRule[] = [
  {
    name: 'month',
    pattern: new RegExp(String.raw`\b${lead}(${monthPattern})(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)(?:,?\s+(?:of\s+)?((?:1[6-9]|20)\d\d)|\s+(?:of\s+)?(last|this|next) year\b)?(?![\w-])`, 'gi'),
    make(m, ctx) {
      const name = m[2];
      if (name[0] !== name[0].toUpperCase()) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      // "the October slaying", "a June agreement": a month used as a modifier.
      const modifier = /\b(?:the|a|an|its|this|that|last|next)\s+$/i.test(before) && /^\s+(?!(?:on|of|in|to|for|at|by|from|with|and|or|was|is)\b)[a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      // "January nineteen ninety-seven": a spelled-out year after it (joined in neighbours.ts).
      const spelledYear = /^\s+(?:of\s+)?(?:nineteen|two thousand)\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      if (!m[1] && !m[3] && !m[4] && !MONTH_CONTEXT.test(before) && !modifier && !spelledYear) return null;
      const month = monthNumbers[name.toLowerCase().replace('.', '')];
      if (m[4]) {
        // "June last year", "February this year".
        const offset = { last: -1, this: 0, next: 1 }[m[4].toLowerCase() as 'last' | 'this' | 'next'];
        return { type: 'DATE', value: ctx.anchor === null ? null : formatMonth(ymdOf(ctx.anchor).y + offset, month), relative: true };
      }
      // A deadline looks ahead ("by August", "until January"), "since March" looks back.
      const local = /\b(?:by|until|till|starting|effective|beginning)\s+$/i.test(before) ? 'next' : /\bsince\s+$/i.test(before) ? 'last' : '';
      const hit = resolve(ctx, month, modifierOf(m[1]) || localModifier(local, ctx, month), m[3], m.index, m.index + m[0].length);
      return { type: 'DATE', ...hit };
    },
  },
  {
    name: 'season',
    pattern: /\b(?:(last|next|this past|this|early|late|mid|the)[\s-]+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:1[6-9]|20)\d\d))?\b/gi,
    make(m, ctx) {
      const season = seasons[m[2].toLowerCase()];
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      const word = (m[1] ?? '').toLowerCase().replace('this past', 'last');
      if (!m[3] && (word === '' || word === 'the') && !/\b(?:in|into|during|since|until|by|this|last|next|over|through)\s+$/i.test(before)) return null;
      if (m[2].toLowerCase() === 'fall' && !m[3] && (word === '' || word === 'the') && !/\b(?:in|during|this|last|next)\s+$/i.test(before)) return null;
      if (m[3]) return { type: 'DATE', value: `${m[3]}-${season.code}`, relative: false };
      if (ctx.anchor === null) return { type: 'DATE', value: null, relative: true };
      const year = yearFor(ctx.anchor, season.month, modifierOf(word), ctx.tense(m.index, m.index + m[0].length));
      return { type: 'DATE', value: `${year}-${season.code}`, relative: true };
    },
  },
  {
    name: 'holiday',
    pattern: /\b(Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Valentine's Day|Halloween|Thanksgiving(?: Day)?|Election Day|Labor Day|Memorial Day)(?:,?\s+((?:1[6-9]|20)\d\d))?\b/g,
    make(m, ctx) {
      const name = m[1].toLowerCase().replace(/^thanksgiving day$/, 'thanksgiving');
      const at = (y: number) => {
        const floating = floatingHolidays[name];
        if (!floating) return { y, ...holidays[name] };
        // The nth given weekday of the month (n = -1: the last one), plus a shift in days.
        const first = dayOf({ y, m: floating.m, d: 1 });
        const firstMatch = first + ((floating.weekday - isoWeekday(first) + 7) % 7);
        if (floating.nth > 0) return ymdOf(firstMatch + 7 * (floating.nth - 1) + floating.shift);
        const next = dayOf({ y: floating.m === 12 ? y + 1 : y, m: (floating.m % 12) + 1, d: 1 });
        return ymdOf(firstMatch + 7 * Math.floor((next - 1 - firstMatch) / 7) + floating.shift);
      };
      if (m[2]) return { type: 'DATE', value: formatDay(dayOf(at(Number(m[2])))), relative: false };
      if (ctx.anchor === null) return { type: 'DATE', value: null, relative: true };
      const anchor = ctx.anchor;
      const y = ymdOf(anchor).y;
      // "until Election Day", "from now to Christmas" look ahead whatever the clause's tense.
      const ahead = /\b(?:to|until|till|by|before)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
      const tense = ahead ? 'future' : ctx.tense(m.index, m.index + m[0].length);
      let day = dayOf(at(y));
      if (tense === 'past' && day > anchor) day = dayOf(at(y - 1));
      else if (tense === 'future' && day < anchor) day = dayOf(at(y + 1));
      return { type: 'DATE', value: formatDay(day), relative: true };
    },
  },
];
