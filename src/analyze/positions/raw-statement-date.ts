import { docFromText } from '../../annotate/annotate.js';
import type { Quote } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { statementDate } from './statement-date.js';

/** First normalised index whose raw offset is at or after `raw` (rawOffsets is non-decreasing). */
function toNormalized(rawOffsets: Int32Array, raw: number): number {
  let lo = 0;
  let hi = rawOffsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rawOffsets[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Dates statements given as raw character spans of one article text (as in a gold file): the
 * article is annotated once (time expressions), each span is mapped to the normalised text and
 * dated by `statementDate` ("Cruz said in July" -> "2016-07"), else the article date.
 * Example: `rawStatementDates(text, '2016-09-26', [{ content: [{ start: 97, end: 142 }], cue: { start: 144, end: 148 } }])`
 * is `['2016-07']` when a timex "July" follows the cue.
 */
export function rawStatementDates(text: string, publishedAt: string | null, statements: readonly { content: Span[]; cue: Span | null }[]): (string | null)[] {
  const { doc, normalized } = docFromText({ text, publishedAt: publishedAt ?? undefined });
  const map = (s: Span): Span => ({ start: toNormalized(normalized.rawOffsets, s.start), end: toNormalized(normalized.rawOffsets, s.end) });
  return statements.map(({ content, cue }) => {
    const quote: Quote = { content: content.map(map), cue: cue ? map(cue) : null, source: null, speaker: null, kind: 'indirect', confidence: 1 };
    return statementDate(doc, quote, publishedAt);
  });
}
