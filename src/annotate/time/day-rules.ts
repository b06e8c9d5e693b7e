import { formatDay, isoWeekday } from './calendar.js';
import { partsOfDay, weekdayNumbers, weekdayPattern } from './time-words.data.js';
import { relativeHit, type Tense, type TimexRule } from './timex-rule.js';

/**
 * Day offset from `anchor` to the weekday `target` (1 = Monday): in the past (0..-6) unless the
 * clause is future (0..6); "last" forces the past strictly before, "next" the future after.
 * Example: anchor Tuesday 2016-02-16, target Friday, future -> 3.
 */
export function weekdayOffset(anchor: number, target: number, tense: Tense, modifier: string): number {
  const now = isoWeekday(anchor);
  const back = (now - target + 7) % 7; // 0..6 days back
  const ahead = (target - now + 7) % 7; // 0..6 days ahead
  if (modifier === 'last') return back === 0 ? -7 : -back;
  if (modifier === 'next') return ahead === 0 ? 7 : ahead;
  if (tense === 'future') return ahead;
  if (modifier === 'this') return target - now;
  return -back;
}

const GENERIC_TODAY = /^'s\s+(?:youth|young|world|society|generation|children|kids|teenagers|economy|culture|technology|personal|standards|families|women|men|America|Europe)\b/i;

const partSuffix = (word: string | undefined) => (word ? `T${partsOfDay[word.toLowerCase()]}` : '');

/**
 * Days named relative to the publication date. Examples (anchor 2014-10-07, a Tuesday):
 * "yesterday" -> 2014-10-06; "this morning" -> TIME 2014-10-07TMO; "Friday night" in a
 * past-tense clause -> 2014-10-03TNI; "on Friday" after "will" -> 2014-10-10.
 */
export const dayRules: TimexRule[] = [
  {
    name: 'deictic-day',
    // "late yesterday" keeps "late" (TIMEX3 mod END); the value stays the day.
    pattern: /\b(?:(?:early|late|earlier|later)\s+(?=yesterday))?(today|yesterday|tomorrow|tonight)(?:(?:'s)?\s+(morning|afternoon|evening|night))?\b/gi,
    make(m, ctx) {
      const word = m[1].toLowerCase();
      // "today's youth", "today's world": the present age, not the publication day.
      if (word === 'today' && GENERIC_TODAY.test(ctx.text.slice(m.index + 5, m.index + 40))) return null;
      // "USA Today", "VOA Today", "NBC's Today show": a capitalised "Today" after an acronym, a
      // possessive or "the" is a title (a Title Case headline's "Obama Visits Israel Today" is not).
      if (m[1] === 'Today' && /(?:\b[A-Z]{2,}|'s|\bthe)\s+$/.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "the people of tomorrow": the future in general.
      if (word === 'tomorrow' && /\b(?:of|for)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index)) && /\b(?:people|world|leaders|jobs|city|cities|generation|technology|children|schools?)\s+(?:of|for)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))) return null;
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const part = word === 'tonight' ? 'night' : m[2];
      const trimEnd = /'s$/i.test(m[0]) ? m[0].length - 2 : undefined;
      return { ...relativeHit(ctx, part ? 'TIME' : 'DATE', (a) => formatDay(a + offset) + partSuffix(part)), trimEnd };
    },
  },
  {
    name: 'this-part-of-day',
    pattern: /\b(?:this|last|(?:early|late|earlier|later) this)\s+(morning|afternoon|evening|night)\b/gi,
    make(m, ctx) {
      const last = /^last/i.test(m[0]);
      const offset = last && m[1].toLowerCase() === 'night' ? -1 : last ? -1 : 0;
      return relativeHit(ctx, 'TIME', (a) => formatDay(a + offset) + partSuffix(m[1]));
    },
  },
  {
    name: 'weekday',
    pattern: new RegExp(String.raw`\b(?:(last|next|this coming|this|on|early|late|the previous|the prior)\s+)?(${weekdayPattern})(?:'s)?(?:\s+(morning|afternoon|evening|night))?\b`, 'g'),
    make(m, ctx) {
      const modifier = (m[1] ?? '').toLowerCase().replace('this coming', 'next');
      // "the previous Friday": the one a week before the last Friday.
      if (/^the (?:previous|prior)$/.test(modifier)) {
        const target = weekdayNumbers[m[2].toLowerCase()];
        return { ...relativeHit(ctx, 'DATE', (a) => formatDay(a + weekdayOffset(a, target, 'past', 'last') - 7)), trimEnd: /'s/.test(m[0]) && !m[3] ? m[0].indexOf("'s") : undefined };
      }
      const keep = modifier === 'last' || modifier === 'next' || modifier === 'this';
      const trimStart = modifier && !keep ? m[0].indexOf(m[2]) : 0;
      const trimEnd = /'s/.test(m[0]) && !m[3] ? m[0].indexOf("'s") : undefined;
      const target = weekdayNumbers[m[2].toLowerCase()];
      const start = m.index + trimStart;
      const tense = ctx.tense(start, m.index + m[0].length);
      return {
        // "Friday night" keeps its extent but not a part-of-day suffix: TimeBank mostly values it as the day.
        ...relativeHit(ctx, 'DATE', (a) => formatDay(a + weekdayOffset(a, target, tense, modifier))),
        trimStart,
        trimEnd,
      };
    },
  },
  {
    // "at midday", "by mid afternoon": a time of the publication day (or of a day named nearby, see find-timexes.ts).
    name: 'clock-word',
    pattern: /\b(?:(?:at|by|around|about|until|before|after|from|in the)\s+)(midday|mid[- ]?(?:morning|afternoon|evening))\b/gi,
    make(m, ctx) {
      const word = m[1].toLowerCase().replace(/^mid[- ]?(?=morning|afternoon|evening)/, '');
      const suffix = word === 'midday' ? 'T12:00' : `T${partsOfDay[word]}`;
      return { ...relativeHit(ctx, 'TIME', (a) => formatDay(a) + suffix), trimStart: m[0].length - m[1].length };
    },
  },
  {
    name: 'clock-word-day',
    pattern: new RegExp(String.raw`\b(?:(noon|midnight|midday|(?:mid-?)?(?:morning|afternoon|evening))\s+(yesterday|today|tomorrow|${weekdayPattern})|(yesterday|today|tomorrow|${weekdayPattern})\s+(?:at\s+)?(noon|midnight))\b`, 'gi'),
    make(m, ctx) {
      // "noon Thursday" -> ...T12:00, "midnight Friday" -> ...T24:00, "mid-afternoon yesterday" -> ...TAF.
      const word = (m[1] ?? m[4]).toLowerCase().replace(/^mid-?(?=morning|afternoon|evening)/, '');
      const day = (m[2] ?? m[3]).toLowerCase();
      const suffix = word === 'noon' || word === 'midday' ? 'T12:00' : word === 'midnight' ? 'T24:00' : `T${partsOfDay[word]}`;
      const tense = ctx.tense(m.index, m.index + m[0].length);
      const offset = (a: number) =>
        day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : day === 'today' ? 0 : weekdayOffset(a, weekdayNumbers[day], tense, '');
      return relativeHit(ctx, 'TIME', (a) => formatDay(a + offset(a)) + suffix);
    },
  },
];
