import type { QuoteView, StoryView } from './views.js';

/**
 * One CSV field, always quoted, with inner quotes doubled; a leading = + - @ tab or CR gets a
 * leading apostrophe so spreadsheets never run it as a formula.
 * Example: `csvField('=HYPERLINK("x")')` is `"'=HYPERLINK(""x"")"`.
 */
export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return '"' + s.replace(/"/g, '""') + '"';
}

/** The quotes of a story as CSV (RFC 4180, CRLF line ends), one row per quote, oldest first. */
export function quotesCsv(story: StoryView, quotes: readonly QuoteView[]): string {
  const titles = new Map(story.articles.map((a) => [a.id, a.title]));
  const header = ['date', 'speaker', 'kind', 'cue', 'quote', 'article_id', 'article_title', 'start', 'end'];
  const rows = [...quotes]
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'))
    .map((q) => [q.date, q.speaker?.name ?? null, q.kind, q.cue, q.text, q.articleId, titles.get(q.articleId) ?? null, q.content[0]?.start ?? null, q.content[q.content.length - 1]?.end ?? null]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
