import type { Article } from '../core/article.js';
import type { Timex } from '../core/doc.js';
import type { Span } from '../core/span.js';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

/** When a sentence's event happened, and where that date came from. */
export interface SentenceDate {
  /** A TIMEX3 calendar value cut to its granularity: "2014-10-17", "2014-10", "2014-W42", "2014". */
  readonly date: string;
  readonly granularity: Granularity;
  /** 'timex' = a time expression in the sentence; 'published' = the article's date (the day's news). */
  readonly source: 'timex' | 'published';
}

/** Granularity of a TIMEX3 calendar value, or null when it is not one ("P2W", "FUTURE_REF"). */
export function granularityOf(value: string): Granularity | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(value)) return 'quarter';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}

// Future or hypothetical framing: such a sentence does not report what happened that day, unless
// a past-tense verb comes first ("Jobs announced that X would ship": the announcement is the news).
const modal = /\b(?:will|would|could|might|may|should|plans? to|expects? to|expected to|going to|intends? to|if)\b/i;
const pastFirst = /\b(?:said|told|announced|\w{3,}ed)\b/i;

function reportsNews(sentence: string): boolean {
  const m = modal.exec(sentence);
  return !m || pastFirst.test(sentence.slice(0, m.index));
}

/** The month (YYYY-MM) holding the Thursday of an ISO week value "2006-W13", as ISO 8601 assigns weeks. */
export function weekMonth(value: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return null;
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const thursday = new Date(jan4.getTime() + ((Number(m[2]) - 1) * 7 - ((jan4.getUTCDay() + 6) % 7) + 3) * 86400000);
  return thursday.toISOString().slice(0, 7);
}

/**
 * The date of the event a sentence reports: the most precise calendar-valued DATE or TIME timex
 * inside `span` ("last Oct. 17" -> "2014-10-17", day; the first among equals); "now"/"today" (PRESENT_REF) and a sentence with no
 * timex that is not framed as future or hypothetical (in its main clause) take the article's publication date (day);
 * otherwise null. A future timex in a sentence that reports an announcement ("said X would happen
next year") gives the publication date: the announcement is the event. `timexes` must be sorted by start. Example: for "Australia had launched its first
 * airstrike earlier in the month." published 2014-10-21 -> {date: "2014-10", granularity: "month"}.
 */
export function sentenceDate(text: string, span: Span, timexes: readonly Timex[], article: Pick<Article, 'publishedAt'>): SentenceDate | null {
  const published = article.publishedAt?.slice(0, 10) ?? null;
  const sentence = text.slice(span.start, span.end);
  const dated = preciseCalendarTimex(span, timexes, published);
  if (dated) {
    // "Jobs announced that Leopard would ship in 2007": the event of the day is the announcement.
    const announced = published !== null && laterThan(dated.date, published) && modal.test(sentence) && reportsNews(sentence);
    return announced ? { date: published, granularity: 'day', source: 'published' } : dated;
  }
  if (!published || !reportsNews(sentence)) return null;
  return { date: published, granularity: 'day', source: 'published' };
}

const precision: Record<Granularity, number> = { day: 7, week: 6, month: 5, season: 4, quarter: 4, year: 3, decade: 2, century: 1 };

/**
 * The most precise calendar date among the sentence's DATE/TIME timexes (the first among equals).
 * "now", "current" (PRESENT_REF) is the publication day, ranked just below a stated day: in "the
 * current government came to power on Sept. 18, 1988" the event is 1988-09-18, while "currently
 * displays ... 1955-2011" stays on the publication day.
 */
function preciseCalendarTimex(span: Span, timexes: readonly Timex[], published: string | null): SentenceDate | null {
  let best: SentenceDate | null = null;
  let bestRank = -1;
  for (const t of timexes) {
    if (t.end <= span.start) continue;
    if (t.start >= span.end) break;
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !t.value) continue;
    const present = t.value === 'PRESENT_REF';
    const granularity = present ? (published ? 'day' : null) : granularityOf(t.value);
    if (!granularity) continue;
    const rank = present ? precision.day - 0.5 : precision[granularity];
    if (rank <= bestRank) continue;
    bestRank = rank;
    best = { date: present ? published! : granularity === 'day' ? t.value.slice(0, 10) : t.value, granularity, source: 'timex' };
  }
  return best;
}

/** True when `date` lies wholly after the day `published` (compared at the date's own precision). */
function laterThan(date: string, published: string): boolean {
  const value = date.includes('W') ? weekMonth(date) ?? date : date;
  return value.slice(0, 10) > published.slice(0, value.length);
}
