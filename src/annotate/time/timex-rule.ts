import type { Timex } from '../../core/doc.js';
import { addMonths, formatDay, formatMonth, formatWeek, quarterOf, ymdOf } from './calendar.js';

/** Whether the clause around a time expression talks about the past or the future. */
export type Tense = 'past' | 'future' | 'unknown';

/** What a rule sees: the whole text, the anchor day (null when the article has no date) and the tense. */
export interface RuleContext {
  readonly text: string;
  /** Day number (see calendar.ts) of the publication date, or null when unknown. */
  readonly anchor: number | null;
  /** Tense of the clause around [start, end). */
  tense(start: number, end: number): Tense;
}

/** A rule's answer for one match. `relative` values needed the anchor (null without one). */
export interface RuleHit {
  readonly type: Timex['type'];
  readonly value: string | null;
  readonly relative: boolean;
  /** Offsets inside the match to trim the span to, when the regex matched context too. */
  readonly trimStart?: number;
  readonly trimEnd?: number;
  /** Set when the value counts from the previous dated timex ("the following year"), see anaphora.ts. */
  readonly anaphor?: { readonly unit: 'day' | 'week' | 'month' | 'year'; readonly offset: number };
}

/** One pattern and how to turn its match into a TIMEX3 type and value. Patterns must use the `g` flag. */
export interface TimexRule {
  readonly name: string;
  readonly pattern: RegExp;
  make(match: RegExpExecArray, ctx: RuleContext): RuleHit | null;
}

/** Calendar units a relative value can be stated in. */
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/**
 * The TIMEX3 value of the `unit` that lies `offset` units from the anchor day, at that unit's
 * granularity. Example: `valueAt(dayOf({y: 2014, m: 10, d: 7}), 'year', -1)` is "2013";
 * `'week', 0` gives "2014-W41"; `'quarter', -1` gives "2014-Q3".
 */
export function valueAt(anchor: number, unit: Unit, offset: number): string {
  const { y, m } = ymdOf(anchor);
  switch (unit) {
    case 'day': return formatDay(anchor + offset);
    case 'week': return formatWeek(anchor + 7 * offset);
    case 'weekend': return `${formatWeek(anchor + 7 * offset)}-WE`;
    case 'month': { const s = addMonths(y, m, offset); return formatMonth(s.y, s.m); }
    case 'quarter': {
      const index = y * 4 + quarterOf(m) - 1 + offset;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'year': return String(y + offset).padStart(4, '0');
    case 'decade': return String(Math.floor(y / 10) + offset);
    case 'century': return String(Math.floor(y / 100) + offset);
  }
}

/**
 * A relative hit: the value from `compute(anchor)`, or null (unresolved) without an anchor.
 * Example: `relativeHit(ctx, 'DATE', (a) => valueAt(a, 'year', -1))` is "2013" for an anchor in 2014.
 */
export function relativeHit(ctx: RuleContext, type: Timex['type'], compute: (anchor: number) => string): RuleHit {
  return { type, value: ctx.anchor === null ? null : compute(ctx.anchor), relative: true };
}

/** Singular unit word ("weeks" -> "week", "centuries" -> "century"). */
export function singularUnit(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
