import { isoWeekday } from './calendar.js';
import { numberPattern, numberWords } from './time-words.data.js';
import { countOf } from './duration-rules.js';
import { yearBack } from './quarter-rules.js';
import { relativeHit, singularUnit, valueAt, type TimexRule, type Unit } from './timex-rule.js';

const offsets: Record<string, number> = { last: -1, previous: -1, past: -1, 'this past': -1, this: 0, current: 0, next: 1, coming: 1 };

/**
 * Weeks, months, years and decades, named or counted from the publication date (quarters: quarter-rules.ts).
 * Examples (anchor 2014-10-07): "this week" -> 2014-W41, "last year" -> 2013, "earlier this
 * month" / "earlier in the month" -> 2014-10, "two weeks ago" -> 2014-W39, "fiscal 1989" -> 1989, "the 1990s" -> 199.
 */
export const periodRules: TimexRule[] = [
  {
    name: 'named-unit',
    pattern: /\b(?:(?:early|late|mid|earlier|later)(?:\s+|-)(?:in\s+)?)?(last|previous|this past|this|current|next|coming)\s+(week|weekend|month|quarter|year|decade|century)\b/gi,
    make: (m, ctx) => {
      // ABC's "This Week": a capitalised "This Week" inside a sentence is a programme's name.
      if (m[0] === 'This Week' && /["\u201c]\s*$|[a-z,]\s+$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
      return relativeHit(ctx, 'DATE', (a) => valueAt(a, m[2].toLowerCase() as Unit, offsets[m[1].toLowerCase().replace(/\s+/, ' ')]));
    },
  },
  {
    // "until the end of the month": the current unit (the edge words are kept, see find-timexes.ts).
    name: 'edge-of-the-unit',
    pattern: /\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(week|month|quarter|year)\b/gi,
    make: (m, ctx) => relativeHit(ctx, 'DATE', (a) => valueAt(a, m[1].toLowerCase() as Unit, 0)),
  },
  {
    name: 'within-the-unit',
    pattern: /\b(?:earlier|later|early|late)\s+(?:in\s+)?the\s+(week|month|year)\b/gi,
    make: (m, ctx) => relativeHit(ctx, 'DATE', (a) => valueAt(a, m[1].toLowerCase() as Unit, 0)),
  },
  {
    name: 'units-ago',
    pattern: new RegExp(String.raw`\b(?:(?:more than|less than|over|just over|at least|nearly|almost|about)\s+)?(${numberPattern})\s+(minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?)\s+(ago|earlier|from now|hence)\b`, 'gi'),
    make(m, ctx) {
      const count = countOf(m[1]);
      const back = /ago|earlier/i.test(m[3]);
      if (count === null || !Number.isInteger(count)) return { type: 'DATE', value: back ? 'PAST_REF' : 'FUTURE_REF', relative: false };
      if (/^(minute|hour)s?$/i.test(m[2])) return null; // "three hours ago" has no calendar value here
      const unit = singularUnit(m[2]) as Unit;
      const n = back ? -count : count;
      const end = m.index + m[0].length;
      if (unit === 'year' && back) return relativeHit(ctx, 'DATE', (a) => yearBack(ctx, a, count, m.index, end));
      return relativeHit(ctx, 'DATE', (a) => (unit === 'decade' ? valueAt(a, 'year', 10 * n).slice(0, 3) : valueAt(a, unit, n)));
    },
  },
  {
    name: 'the-year',
    pattern: /\bthe\s+(?:(full|fiscal|current fiscal|current|calendar)\s+)?year\b(\s+(?:ended|ending|ends|to)\b)?/gi,
    make(m, ctx) {
      // "the year ended Sept. 30" is a stretch of a year; "for the full year" is this year.
      if (m[2]) return { type: 'DURATION', value: 'P1Y', relative: false, trimEnd: m[0].length - m[2].length };
      if (!m[1] || /fiscal/i.test(m[1]) && !/current/i.test(m[1])) {
        const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
        if (!/\b(?:for|of|in|during|throughout)\s+$/i.test(before)) return null;
      }
      return relativeHit(ctx, 'DATE', (a) => valueAt(a, 'year', 0));
    },
  },
  {
    name: 'year-end',
    pattern: /\b(?:year[- ]end|year's end)\b/gi,
    make(m, ctx) {
      // "by year-end" is this year's end, "since year-end" last year's; TIMEX3 values it as the year (mod END).
      const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
      return relativeHit(ctx, 'DATE', (a) => valueAt(a, 'year', since ? -1 : 0));
    },
  },
  {
    name: 'the-weekend',
    pattern: /\bthe\s+weekend\b/gi,
    make(m, ctx) {
      // The weekend just past, unless the clause is about the future; Saturday and Sunday are in it.
      return relativeHit(ctx, 'DATE', (a) => {
        const weekend = isoWeekday(a) >= 6;
        const ahead = ctx.tense(m.index, m.index + m[0].length) === 'future';
        return valueAt(a, 'weekend', weekend || ahead ? 0 : -1);
      });
    },
  },
  {
    name: 'spelled-year',
    pattern: /\b(?:the year\s+)?(?:nineteen|two thousand(?: and)?)(?:[\s-]+(?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?|(one|two|three|four|five|six|seven|eight|nine)))?\b/gi,
    make(m, ctx) {
      // Speech transcripts: "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000.
      const century = /^(?:the year\s+)?nineteen/i.test(m[0]) ? 1900 : 2000;
      if (century === 1900 && !m[1] && !m[2]) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 10), m.index);
      if (century === 2000 && !/^the year/i.test(m[0]) && !/\b(?:year|in|since|by|until)\s+$/i.test(before)) return null;
      const rest = (m[1] ? numberWords[m[1].toLowerCase()] : 0) + (m[2] ? numberWords[m[2].toLowerCase()] : 0) + (m[3] ? numberWords[m[3].toLowerCase()] : 0) + (m[4] ? numberWords[m[4].toLowerCase()] : 0);
      return { type: 'DATE', value: String(century + rest), relative: false };
    },
  },
  {
    name: 'century',
    pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi,
    make: (m) => ({ type: 'DATE', value: String(Number(m[1]) - 1).padStart(2, '0'), relative: false }),
  },
  {
    name: 'decade-word',
    pattern: /\bthe\s+(?:(?:early|late|mid)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    make(m) {
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[1].toLowerCase()) + 2;
      return { type: 'DATE', value: `19${tens}`, relative: false };
    },
  },
  {
    name: 'decade',
    pattern: /\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(1[5-9]|20)(\d)0'?s|'(\d)0s)\b/gi,
    make: (m) => ({ type: 'DATE', value: m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`, relative: false }),
  },
  {
    name: 'year',
    pattern: /(?<![$\d,.]\s?)\b(?:(?:fiscal|calendar|early|late|mid|mid-|pre-|post-|the year)[\s-]*)?((?:1[6-9]|20)\d\d)\b(?!\s*(?:%|[-/.,]\d|\d|percent|million|billion))/gi,
    make(m, ctx) {
      const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      const modified = m[0].length > m[1].length;
      // "the 1996 Olympic bombing", "its 1990 invasion", "a 1971 Convention": a year used as a modifier.
      // A determiner may stand one adjective back: "his unsuccessful 1996 campaign".
      if (/\b(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+(?:[a-z]+\s+)?$|'s\s+$/i.test(before) && /^\s+[A-Za-z]/.test(after)) return { type: 'DATE', value: m[1], relative: false };
      const preposition = /\b(?:in|since|of|by|until|till|through|from|to|during|before|after|for|and|between|year|early|late|mid|circa|around|about|than)\s+$/i.test(before);
      const closes = /^(?:\s*(?:[,.;:)"']|$|and\b|or\b|to\b|through\b|when\b|was\b|were\b|is\b|as\b|that\b|at\b|on\b|with\b|levels?\b|figures?\b|period\b|results?\b))/i.test(after);
      if (!modified && !preposition && !closes) return null;
      if (/^\s+(?:shares|people|workers|jobs|units|cars|troops|tons|employees)\b/i.test(after)) return null;
      return { type: 'DATE', value: m[1], relative: false };
    },
  },
];
