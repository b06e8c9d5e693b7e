import { durationUnits, numberPattern, numberWords, partsOfDay, unitPattern, weekdayNumbers } from './time-words.data.js';
import { singularUnit, type TimexRule } from './timex-rule.js';

/** "P2W", "PT5H", "PXY" for a count (null = vague) and a unit word. Example: `durationValue(2, 'weeks')` is "P2W". */
export function durationValue(count: number | null, unitWord: string): string | null {
  const unit = durationUnits[singularUnit(unitWord)];
  if (!unit) return null;
  // TimeML states decades and centuries in years ("two decades" -> P20Y).
  if (unit.unit === 'DE' || unit.unit === 'CE') return count === null ? 'PXY' : `P${count * (unit.unit === 'DE' ? 10 : 100)}Y`;
  // "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M.
  const half: Record<string, string> = { Y: '6M', H: '30M', D: 'T12H', M: unit.time ? '30S' : '15D' };
  if (count !== null && count % 1 === 0.5 && half[unit.unit]) {
    const whole = Math.floor(count);
    const rest = half[unit.unit];
    if (unit.time) return `PT${whole ? `${whole}${unit.unit}` : ''}${rest}`;
    return `P${whole ? `${whole}${unit.unit}` : ''}${rest}`;
  }
  const n = count === null ? 'X' : String(count);
  return unit.time ? `PT${n}${unit.unit}` : `P${n}${unit.unit}`;
}

/** Count from a number word or digits; null for vague counts ("several", "a few"). */
export function countOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ').replace(/ of$/, '');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const half = /^(\d+) 1\/2$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  if (w === 'couple' || w === 'a couple') return 2;
  // "twenty four", "thirty-six", "a hundred".
  const parts = w.replace(/^an? (?=hundred|thousand)/, '').split(/[\s-]/);
  if (parts.length === 2 && numberWords[parts[0]] >= 20 && numberWords[parts[1]] < 10) return numberWords[parts[0]] + numberWords[parts[1]];
  return numberWords[w.replace(/^an? (?=hundred|thousand)/, '')] ?? null;
}

const unitAlternation = unitPattern;

/**
 * Durations and sets. Examples: "two weeks" -> DURATION P2W, "the past year" -> P1Y,
 * "the first nine months" -> P9M, "a two-year contract" -> "two-year" P2Y, "for years" -> PXY,
 * "the next couple of weeks" -> P2W (a vague stretch, never a certain date), "every week" -> SET P1W,
 * "daily" -> SET P1D; "ten days before the trial" -> "ten days" P10D.
 */
export const durationRules: TimexRule[] = [
  {
    name: 'duration-count',
    pattern: new RegExp(String.raw`\b(?:(?:the|its|their|his|her|our)\s+)?(?:(?:more than|less than|at least|at most|up to|under|no more than|nearly)\s+)?(?:(?:past|last|next|first|final|previous|coming|latest)\s+)?(${numberPattern})(?:\s+(?:more|full|straight|consecutive|long|other|trading|business|working|calendar))?[\s-]+(${unitAlternation})(?:\s+and\s+a\s+half)?\b(?!-old|\s+(?:ago|earlier|from now|hence|old))`, 'gi'),
    make(m, ctx) {
      // "a minute and a half" -> PT1M30S.
      const count = m[0].endsWith('half') ? (countOf(m[1]) ?? NaN) + 0.5 : countOf(m[1]);
      if (Number.isNaN(count)) return null;
      // "a second", "a quarter of its food", "60 Minutes": an ordinal, a share, a title.
      if (/^(second|quarter)s?$/i.test(m[2]) && (/^an?$/i.test(m[1]) || /-$/.test(m[0].slice(0, m[0].length - m[2].length)))) return null;
      if (/^[A-Z]/.test(m[2])) return null;
      // "$1.76 a year", "700 seats a week": a rate, not a stretch of time.
      if (/^an?$/i.test(m[1]) && /^(?:over\s+|under\s+)?an?\b/i.test(m[0]) && /(?:\d|million|billion|[a-z]s)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (count === null && !/^(several|few|many|a few|a couple of|couple of)$/i.test(m[1])) return null;
      // "Islam will one day be...": an indefinite future, not a day's length.
      if (/^one day$/i.test(m[0]) && /\b(?:will|would|could|may|might|can|should|shall)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) {
        return { type: 'DATE', value: 'FUTURE_REF', relative: false };
      }
      const value = durationValue(count, m[2]);
      if (!value) return null;
      // "the eight-year war", "its two-year plan": TimeBank leaves the determiner out of an adjective.
      const determiner = /^(?:the|its|their|his|her|our)\s+/i.exec(m[0]);
      const adjective = determiner && /-$/.test(m[0].slice(0, m[0].length - m[2].length)) && /^\s*[\d\w]+-$/.test(m[0].slice(determiner[0].length, m[0].length - m[2].length));
      return { type: 'DURATION', value, relative: false, trimStart: adjective ? determiner[0].length : 0 };
    },
  },
  {
    name: 'duration-the-unit',
    pattern: new RegExp(String.raw`\b(?:the|its)\s+(?:past|last|next|previous|coming)\s+(${unitAlternation})\b(?!\s+(?:ago|earlier|later|before|after))`, 'gi'),
    make: (m) => {
      // "the next day", "the previous year" count from an earlier date (anaphora.ts).
      if (/\bnext\s+day$|\bprevious\s+(?:day|week|month|year)$/i.test(m[0])) return null;
      const value = durationValue(/s$/i.test(m[1]) && !/century/i.test(m[1]) ? null : 1, m[1]);
      return value ? { type: 'DURATION', value, relative: false } : null;
    },
  },
  {
    // "a month-long strike" -> P1M, "decades-long" -> PXY, "yearlong" -> P1Y.
    name: 'duration-long',
    pattern: /\b(?:(centuries|century|decades?|years?|months?|weeks?|days?|hours?)-long|(year)long)\b/gi,
    make: (m) => {
      const unit = m[1] ?? m[2];
      const value = durationValue(/s$/i.test(unit) ? null : 1, unit);
      return value ? { type: 'DURATION', value, relative: false } : null;
    },
  },
  {
    name: 'duration-vague-plural',
    pattern: /\b(?:for|over|within|in)\s+((?:many\s+)?(years|months|weeks|decades|hours|days))\b(?!\s+(?:ago|of|earlier|later))/gi,
    make: (m) => ({ type: 'DURATION', value: durationValue(null, m[2]), relative: false, trimStart: m[0].length - m[1].length }),
  },
  {
    // TimeBank values "in recent years" as a vague stretch (PXY) more often than as PAST_REF.
    name: 'duration-recent',
    pattern: /\b(?:the\s+)?(?:most\s+)?recent\s+(years|months|weeks|days)\b/gi,
    make: (m) => ({ type: 'DURATION', value: durationValue(null, m[1]), relative: false }),
  },
  {
    name: 'set-weekday',
    pattern: /\b(?:(?:every|each)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|(?=\s+(?:nights|mornings|evenings|afternoons)\b)))(?:\s+(nights|mornings|evenings|afternoons))?\b/g,
    make: (m) => {
      // "each Thursday" -> XXXX-WXX-4, "Tuesday nights" -> XXXX-WXX-2TNI.
      const day = weekdayNumbers[(m[1] ?? m[2]).toLowerCase()];
      const part = m[3] ? `T${partsOfDay[m[3].toLowerCase().slice(0, -1)]}` : '';
      return { type: 'SET', value: `XXXX-WXX-${day}${part}`, relative: false };
    },
  },
  {
    name: 'set-every',
    pattern: new RegExp(String.raw`\b(?:every|each|per)\s+(${unitAlternation}|morning|evening|night)\b`, 'gi'),
    make: (m) => {
      const word = m[1].toLowerCase();
      if (['morning', 'evening', 'night'].includes(word)) return { type: 'SET', value: 'P1D', relative: false };
      const value = durationValue(1, word);
      return value ? { type: 'SET', value, relative: false } : null;
    },
  },
  {
    // "twice a week", "three times a year": TIMEX3 writes a SET of that unit (value P1W, freq 2X).
    name: 'set-times',
    pattern: new RegExp(String.raw`\b(?:once|twice|thrice|(?:${numberPattern}|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(${unitAlternation})\b`, 'gi'),
    make: (m) => {
      const value = /s$/i.test(m[1]) ? null : durationValue(1, m[1]);
      return value ? { type: 'SET', value, relative: false } : null;
    },
  },
  {
    name: 'set-adverb',
    // "quarterly" and "annually" are left out: on DEV they mostly name reports and rates, not sets.
    pattern: /\b(daily|weekly|monthly|yearly|hourly|nightly)\b/gi,
    make: (m) => {
      const unit: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P1Q', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H' };
      return { type: 'SET', value: unit[m[1].toLowerCase()], relative: false };
    },
  },
];
