import type { Doc, Quote } from '../../core/doc.js';

/** How far (characters) from the cue a time expression may sit to date the saying: "said in July". */
const reach = 24;
/** Least age (days) of a day-precise timex to count as an earlier saying. */
const minDays = 7;

/**
 * When a statement was made: a dated time expression right next to its reporting cue, if it is
 * before the article's date ("Cruz said in July" -> "2016-07"; a day must be a week or more
 * earlier: "said Friday" is the news itself), else the article date. Only
 * calendar values (YYYY, YYYY-MM, YYYY-MM-DD) count; time expressions inside the quote are
 * what it talks about, not when it was said.
 * Example: for `"I will not," Cruz said in July.` published 2016-09-26 with a timex "July" =
 * "2016-07" after the cue, `statementDate(doc, quote, '2016-09-26')` is `'2016-07'`.
 */
export function statementDate(doc: Doc, quote: Quote, articleDate: string | null): string | null {
  if (!quote.cue || !articleDate) return articleDate;
  const from = quote.cue.start - reach;
  const to = quote.cue.end + reach;
  for (const t of doc.layers.timexes ?? []) {
    if (t.end < from) continue;
    if (t.start > to) break;
    if (quote.content.some((c) => t.start < c.end && c.start < t.end)) continue;
    if (!t.value || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t.value)) continue;
    // Same sentence as the cue: no sentence end between them.
    const between = t.end <= quote.cue.start ? doc.text.slice(t.end, quote.cue.start) : doc.text.slice(quote.cue.end, t.start);
    if (/[.!?]\s/.test(between)) continue;
    // A day in the same week ("on Friday") is the news itself, not an earlier stance.
    if (t.value.length === 10 && Date.parse(articleDate.slice(0, 10)) - Date.parse(t.value) < minDays * 86_400_000) continue;
    if (t.value < articleDate.slice(0, t.value.length)) return t.value;
  }
  return articleDate;
}
