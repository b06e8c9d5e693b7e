import type { DateSource } from '../../core/article.js';
import { dayOf, formatDay, parseIsoDate } from './calendar.js';
import { chronoDates } from './chrono-dates.js';
import { monthNumbers } from './time-words.data.js';
import { sentenceAt, tenseAround } from './tense.js';

/** What the text and origin say about when an article was published. */
export interface PublicationDate {
  readonly publishedAt: string | null;
  readonly dateSource: DateSource;
  readonly approximate: boolean;
  /** Written no earlier than this (the latest dated past event it reports). */
  readonly notBefore: string | null;
  /** Written no later than this (the earliest dated event it announces for the future). */
  readonly notAfter: string | null;
}

// DUC/TREC document ids carry the wire date: APW19990707.0181, NYT19990607.0382, XIE19991008.0103.
const WIRE_ID = /(?:^|[^A-Za-z])[A-Z]{2,4}_?((?:19|20)\d\d)(\d\d)(\d\d)\.\d{3,4}/;
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
// A dateline: "WASHINGTON, Oct. 5 (Reuters) -", "Monday, 6 October 2014", "October 6, 2014 9:00 AM".
const DATELINE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`^(?:[A-Z][A-Za-z .'-]{1,40},\s+)?${WEEKDAY}${MONTH}\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`),
  new RegExp(String.raw`^(?:[A-Z][A-Za-z .'-]{1,40},\s+)?${WEEKDAY}(\d{1,2})\s+${MONTH},?\s+((?:19|20)\d\d)\b`),
  new RegExp(String.raw`^(?:[A-Z][A-Z .'-]{1,40},\s+)${MONTH}\s+(\d{1,2})\s*(?:\([A-Za-z .]+\))?\s*[-:]`),
  /^(?:Published|Updated|Posted|Date)?:?\s*((?:19|20)\d\d)-(\d\d)-(\d\d)\b/,
];

const UNKNOWN: PublicationDate = { publishedAt: null, dateSource: 'unknown', approximate: false, notBefore: null, notAfter: null };

function dateFrom(y: number, m: number, d: number): string | null {
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const ymd = parseIsoDate(iso);
  return ymd && formatDay(dayOf(ymd)) === iso ? iso : null;
}

/** The date of a dateline in the first lines of `text`, or null; a dateline without a year borrows `year`. */
function datelineDate(text: string, year: number | null): { date: string; approximate: boolean } | null {
  const lines = text.split('\n', 8).map((l) => l.trim()).filter(Boolean).slice(0, 5);
  for (const line of lines) {
    const [withYear1, withYear2, noYear, iso] = DATELINE_PATTERNS;
    let m = withYear1.exec(line);
    if (m) { const d = dateFrom(Number(m[3]), monthNumbers[m[1].toLowerCase().replace('.', '')], Number(m[2])); if (d) return { date: d, approximate: false }; }
    m = withYear2.exec(line);
    if (m) { const d = dateFrom(Number(m[3]), monthNumbers[m[2].toLowerCase().replace('.', '')], Number(m[1])); if (d) return { date: d, approximate: false }; }
    m = iso.exec(line);
    if (m) { const d = dateFrom(Number(m[1]), Number(m[2]), Number(m[3])); if (d) return { date: d, approximate: false }; }
    m = noYear.exec(line);
    if (m && year !== null) { const d = dateFrom(year, monthNumbers[m[1].toLowerCase().replace('.', '')], Number(m[2])); if (d) return { date: d, approximate: true }; }
  }
  return null;
}

/**
 * Bounds on when `text` was written from the full dates it states (day, month and year): no
 * earlier than the latest one it reports as past, no later than the earliest one it announces
 * in a future clause ("the election will be held on November 8, 2016"). Null where none.
 * Example: `dateBounds('It began on Sept. 6, 2014.')` is `{notBefore: '2014-09-06', notAfter: null}`.
 */
export function dateBounds(text: string): { notBefore: string | null; notAfter: string | null } {
  let notBefore: string | null = null;
  let notAfter: string | null = null;
  const ctx = { text, anchor: null, tense: (s: number, e: number) => tenseAround(text, sentenceAt(text, undefined, s), s, e) };
  for (const hit of chronoDates(ctx)) {
    if (!hit.value || hit.relative || !/^\d{4}-\d\d-\d\d/.test(hit.value)) continue;
    const day = hit.value.slice(0, 10);
    if (ctx.tense(hit.start, hit.end) === 'future') {
      if (!notAfter || day < notAfter) notAfter = day;
    } else if (!notBefore || day > notBefore) notBefore = day;
  }
  // Contradictory bounds mean a tense was misread: keep only the lower bound.
  if (notBefore && notAfter && notAfter < notBefore) notAfter = null;
  return { notBefore, notAfter };
}

/**
 * When an article was published, from what the text and its origin say, for articles whose
 * metadata gave no date: a DUC/TREC id in `origin` ("APW19990707.0181" -> 1999-07-07, source
 * 'metadata'); a dateline in the first lines ("WASHINGTON, Oct. 5 (Reuters) -", "Monday, 6 October
 * 2014"; source 'text'); otherwise bounds (see `dateBounds`): an article reporting "September 6,
 * 2014" was written no earlier than that (notBefore, source 'inferred', publishedAt null). Never today.
 * Example: `findPublicationDate('He spoke on September 6, 2014.', 'a.txt').notBefore` is "2014-09-06".
 */
export function findPublicationDate(text: string, origin = ''): PublicationDate {
  const id = WIRE_ID.exec(origin);
  if (id) {
    const date = dateFrom(Number(id[1]), Number(id[2]), Number(id[3]));
    if (date) return { ...UNKNOWN, publishedAt: date, dateSource: 'metadata' };
  }
  const bounds = dateBounds(text);
  const latest = bounds.notBefore;
  const dateline = datelineDate(text, latest ? Number(latest.slice(0, 4)) : null);
  if (dateline) {
    // A yearless dateline before the latest reported day must be in the next year.
    let date = dateline.date;
    if (dateline.approximate && latest && date < latest) date = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
    return { ...UNKNOWN, publishedAt: date, dateSource: 'text', approximate: dateline.approximate };
  }
  if (bounds.notBefore || bounds.notAfter) return { ...UNKNOWN, dateSource: 'inferred', ...bounds };
  return UNKNOWN;
}
