import { ymdOf } from './calendar.js';
import { ordinals } from './time-words.data.js';
import { relativeHit, valueAt, type RuleContext, type TimexRule } from './timex-rule.js';

const offsets: Record<string, number> = { last: -1, this: 0, next: 1 };

/** True when the sentence around [start, end) talks about quarters, as earnings news does. */
function quarterContext(ctx: RuleContext, start: number, end: number): boolean {
  const window = ctx.text.slice(Math.max(0, start - 200), Math.min(ctx.text.length, end + 120));
  return /\bquarter|\bperiod\b/i.test(window);
}

/**
 * Value of a year-level offset: in earnings talk "a year ago" is the reported quarter a year back.
 * Example: anchor 1989-10-26 with "quarter" in the sentence, one year -> "1988-Q3"; without -> "1988".
 */
export function yearBack(ctx: RuleContext, anchor: number, years: number, start: number, end: number): string {
  return quarterContext(ctx, start, end) ? valueAt(anchor, 'quarter', -1 - 4 * years) : valueAt(anchor, 'year', -years);
}

/** The quarter in `y` or, without a year, the nearest one with that number in the tense's direction. */
function quarterValue(ctx: RuleContext, q: number, year: string | undefined, start: number, end: number): string | null {
  if (year) return `${year}-Q${q}`;
  if (ctx.anchor === null) return null;
  const { y, m } = ymdOf(ctx.anchor);
  const current = Math.floor((m - 1) / 3) + 1;
  const past = q > current && ctx.tense(start, end) === 'past';
  return `${past ? y - 1 : y}-Q${q}`;
}

/**
 * Quarters and halves as earnings news names them. Examples (anchor 1989-10-26): "the third
 * quarter" -> 1989-Q3, "the year-ago quarter" -> 1988-Q3, "the latest period" -> 1989-Q3,
 * "the first half of 1990" -> 1990-H1, "the quarter a year ago" -> 1988-Q3.
 */
export const quarterRules: TimexRule[] = [
  {
    name: 'year-ago-adjective',
    pattern: /\b(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:(first|second|third|fourth)[\s-]+)?(quarter|period))?\b/gi,
    make: (m, ctx) => {
      const start = m.index;
      const end = start + m[0].length;
      // "the year-earlier nine months": the adjective alone is the timex.
      const trimStart = !m[2] && /^the/i.test(m[0]) ? m[0].indexOf('year') : 0;
      // "the year-ago third quarter" is that quarter of last year; without an ordinal, the reported one.
      const value = (a: number) =>
        m[1] ? `${ymdOf(a).y - 1}-Q${ordinals[m[1].toLowerCase()]}` : m[2] ? valueAt(a, 'quarter', -5) : yearBack(ctx, a, 1, start, end);
      return { ...relativeHit(ctx, 'DATE', value), trimStart };
    },
  },
  {
    name: 'ordinal-quarter',
    pattern: /\b(?:the\s+(?:fiscal[\s-]+)?)?(first|second|third|fourth|1st|2nd|3rd|4th|last|latter)[\s-]+(?:fiscal[\s-]+)?(quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d\d))?\b/gi,
    make(m, ctx) {
      // "the last half of 1989" is H2; "the last quarter" is the named-unit rule's (the previous one).
      const n = ordinals[m[1].toLowerCase()] ?? (m[2].toLowerCase() === 'half' ? 2 : 0);
      if (n === 0) return null;
      const end = m.index + m[0].length;
      if (m[2].toLowerCase() === 'half') {
        if (n > 2) return null;
        const year = m[3] ?? (ctx.anchor === null ? null : String(ymdOf(ctx.anchor).y));
        return { type: 'DATE', value: year ? `${year}-H${n}` : null, relative: !m[3] };
      }
      // TimeBank leaves "the" out of the adjective "the third-quarter (loss)".
      const trimStart = /^the\s+\w+-quarter/i.test(m[0]) ? m[0].indexOf(m[1]) : 0;
      return { type: 'DATE', value: quarterValue(ctx, n, m[3], m.index, end), relative: !m[3], trimStart };
    },
  },
  {
    name: 'the-quarter',
    pattern: /\bthe\s+(?:(latest|current|recent|most recent|previous|prior|just-ended|just ended|fiscal|same)\s+)?(quarter|period)\b(?!-)/gi,
    make(m, ctx) {
      const which = (m[1] ?? '').toLowerCase();
      if (m[2].toLowerCase() === 'period' && !['latest', 'recent', 'most recent', 'just-ended', 'just ended'].includes(which)) return null;
      if (which === 'same') return null;
      const offset = which === 'current' ? 0 : which === 'previous' || which === 'prior' ? -2 : -1;
      return relativeHit(ctx, 'DATE', (a) => valueAt(a, 'quarter', offset));
    },
  },
  {
    // "the quarter a year ago", "the corresponding period last year": the reported quarter, a year back.
    name: 'quarter-a-year-back',
    pattern: /\bthe\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)\b/gi,
    make: (m, ctx) => relativeHit(ctx, 'DATE', (a) => valueAt(a, 'quarter', -5)),
  },
  {
    name: 'year-possessive-quarter',
    pattern: /\b(this|last|next) year's\s+(?:(first|second|third|fourth)[\s-]+)?(?:fiscal\s+)?(quarter|period)\b/gi,
    make(m, ctx) {
      const offset = offsets[m[1].toLowerCase()];
      return relativeHit(ctx, 'DATE', (a) => {
        const year = Number(valueAt(a, 'year', offset));
        // Without an ordinal it is the quarter being reported, a year apart.
        return m[2] ? `${year}-Q${ordinals[m[2].toLowerCase()]}` : `${year}-Q${valueAt(a, 'quarter', -1).slice(-1)}`;
      });
    },
  },
  {
    name: 'year-quarter',
    pattern: /\bthe\s+((?:19|20)\d\d)\s+(?:(first|second|third|fourth)\s+)?(?:fiscal\s+)?(quarter|period)\b/gi,
    make(m, ctx) {
      // "the 1988 third quarter"; "the 1988 period" is the reported quarter of that year.
      if (m[2]) return { type: 'DATE', value: `${m[1]}-Q${ordinals[m[2].toLowerCase()]}`, relative: false };
      return relativeHit(ctx, 'DATE', (a) => `${m[1]}-Q${valueAt(a, 'quarter', -1).slice(-1)}`);
    },
  },
];
