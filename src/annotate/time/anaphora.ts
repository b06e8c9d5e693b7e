import { addMonths, dayOf, formatDay, formatMonth, formatWeek, parseIsoDate } from './calendar.js';
import type { TimexRule } from './timex-rule.js';

/** Marks a timex whose value counts from the previous dated timex in the text, not from the anchor. */
export interface Anaphor {
  readonly unit: 'day' | 'week' | 'month' | 'year';
  readonly offset: number;
}

const OFFSETS: Record<string, number> = { that: 0, 'the same': 0, following: 1, next: 1, previous: -1, prior: -1, preceding: -1 };

/**
 * Times named from an earlier time in the text: "that year", "later that day", "the same
 * month", "the following year", "the next morning", "the preceding week". Example: after
 * "In 1995 ..." the phrase "the following year" is 1996.
 */
export const anaphoraRules: TimexRule[] = [
  {
    name: 'anaphoric',
    pattern: /\b(?:(?:earlier|later|early|late)\s+)?(?:(that|the same)|the\s+(following|next|previous|prior|preceding))\s+(day|morning|evening|night|week|month|year)\b/gi,
    make(m) {
      const which = (m[1] ?? m[2]).toLowerCase();
      // "the next year" alone is a stretch (the duration rules'); "the next day", "the previous
      // year", "following"/"preceding"/"prior" and "that"/"the same" point back.
      if (which === 'next' && !/^(morning|evening|night|day)$/i.test(m[3])) return null;
      const word = m[3].toLowerCase();
      const unit = (['morning', 'evening', 'night'].includes(word) ? 'day' : word) as Anaphor['unit'];
      return { type: 'DATE', value: null, relative: true, anaphor: { unit, offset: OFFSETS[which] } };
    },
  },
];

const GRANULARITY: Record<Anaphor['unit'], RegExp> = {
  year: /^(\d{4})/, month: /^(\d{4})-(\d\d)(?!-W)/, week: /^(\d{4})-(\d\d)-(\d\d)/, day: /^(\d{4})-(\d\d)-(\d\d)/,
};

/**
 * Fills the value of each anaphoric timex from the closest earlier timex whose value is at least
 * as fine as its unit: "In March 1998 ... later that month" -> 1998-03. Without one, a shifted
 * anaphor ("the previous year", "the next day") counts from `anchor` (the publication date);
 * "that day" stays null.
 * Example: `resolveAnaphora([{value: '1995'}, {value: null, anaphor: {unit: 'year', offset: 1}}])`
 * sets the second value to "1996".
 */
export function resolveAnaphora<T extends { value: string | null; anaphor?: Anaphor }>(timexes: T[], anchor: string | null = null): T[] {
  return timexes.map((t, i) => {
    if (!t.anaphor) return t;
    const { unit, offset } = t.anaphor;
    for (let j = i - 1; j >= 0; j--) {
      const match = GRANULARITY[unit].exec(timexes[j].anaphor ? '' : timexes[j].value ?? '');
      if (match) return { ...t, value: shifted(match, unit, offset) };
    }
    const fromAnchor = offset !== 0 && anchor ? GRANULARITY[unit].exec(anchor) : null;
    return fromAnchor ? { ...t, value: shifted(fromAnchor, unit, offset) } : t;
  });
}

function shifted(match: RegExpExecArray, unit: Anaphor['unit'], offset: number): string {
  const y = Number(match[1]);
  if (unit === 'year') return String(y + offset);
  if (unit === 'month') {
    const s = addMonths(y, Number(match[2]), offset);
    return formatMonth(s.y, s.m);
  }
  const day = dayOf(parseIsoDate(match[0])!);
  return unit === 'day' ? formatDay(day + offset) : formatWeek(day + 7 * offset);
}
