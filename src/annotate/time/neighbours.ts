import { dayOf, formatWeek, parseIsoDate } from './calendar.js';
import type { FoundTimex } from './find-timexes.js';

// Timexes that TimeBank writes as one with a neighbour or with the words around them.

/** Rules whose times carry no day of their own: they take a day named next to them. */
const LONE_TIME = new Set(['chrono-time', 'clock-word']);
const JOINER = /^\s*(?:,|on|at)?\s*$/i;

/**
 * "10 p.m. Wednesday", "Friday at 9 a.m.": a clock time next to a day becomes one TIME on that day.
 * Example: "10 p.m." (T22:00) then "Wednesday" (1998-02-11) give one TIME 1998-02-11T22:00.
 */
export function joinTimeAndDay(text: string, timexes: FoundTimex[]): FoundTimex[] {
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
    if (DAY.test(day.value ?? '') && t.value) return { ...t, value: `${day.value!.slice(0, 10)}${t.value.slice(10)}` };
  }
  return t;
}

// "the end of 1990", "the beginning of this week": TIMEX3 keeps the words in the extent (as mod=END/START).
const EDGE = /\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+$/i;
const WEEK_OF = /\bthe\s+week\s+of\s+$/i;
const SPELLED_GAP = /^\s+(?:of\s+)?$/;

/**
 * A date right after "the end of" takes those words into its extent (the value stays the date's);
 * a day after "the week of" becomes that week; a month or season right before a spelled-out year
 * ("January nineteen ninety-seven", `prev`) is taken in with that year (the caller drops `prev`).
 * Example: "the week of March 6" (2000) -> 2000-W10.
 */
export function withEdgeWords(text: string, t: FoundTimex, prev?: FoundTimex): FoundTimex {
  if (t.type !== 'DATE') return t;
  if (prev && (prev.rule === 'month' || prev.rule === 'season') && t.rule === 'spelled-year' && prev.value && t.value && SPELLED_GAP.test(text.slice(prev.end, t.start))) {
    return { ...t, start: prev.start, value: t.value + prev.value.slice(4) };
  }
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  const week = WEEK_OF.exec(before);
  const day = parseIsoDate(t.value);
  if (week && day && /^\d{4}-\d\d-\d\d$/.test(t.value ?? '')) return { ...t, start: t.start - week[0].length, value: formatWeek(dayOf(day)) };
  const edge = EDGE.exec(before);
  return edge ? { ...t, start: t.start - edge[0].length } : t;
}
