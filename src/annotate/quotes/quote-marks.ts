import type { Span } from '../../core/span.js';

/**
 * A stretch of text between double quote marks inside one paragraph. `start`/`end` cover the
 * marks; `inner` is the quoted words without them. `closed` is false when the paragraph ends
 * before a closing mark; `continued` is true when the previous paragraph's quote was left open
 * and this one opens the paragraph (the news convention for multi-paragraph quotes).
 */
export interface QuotedSpan extends Span {
  readonly inner: Span;
  readonly closed: boolean;
  readonly continued: boolean;
}

/**
 * Pairs the straight double quote marks of normalised text, paragraph by paragraph (a mark
 * never pairs across a line break). An unpaired opening mark runs to the paragraph end.
 * Example: `findQuotedSpans('He said "yes" twice.', [{start: 0, end: 20}])` gives one span
 * with inner `{start: 9, end: 12}` ("yes").
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let previousOpen = false;
  for (const para of paragraphs) {
    let open = -1;
    let openedThisParagraph = false;
    for (let i = para.start; i < para.end; i++) {
      if (text[i] !== '"') continue;
      if (open < 0) {
        // An inch mark (5'10") or a stray closing mark glued to a word is not an opener
        // when nothing follows it on the line.
        if (/[0-9]/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i + 1] ?? '')) continue;
        open = i;
        continue;
      }
      const inner = trimmed(text, open + 1, i);
      if (inner.end > inner.start) {
        const continued = previousOpen && !openedThisParagraph && isLeading(text, para, open);
        out.push({ start: open, end: i + 1, inner, closed: true, continued });
      }
      openedThisParagraph = true;
      open = -1;
    }
    if (open >= 0) {
      const inner = trimmed(text, open + 1, para.end);
      const continued = previousOpen && !openedThisParagraph && isLeading(text, para, open);
      if (inner.end > inner.start) out.push({ start: open, end: para.end, inner, closed: false, continued });
      previousOpen = true;
    } else {
      previousOpen = false;
    }
  }
  return out;
}

function isLeading(text: string, para: Span, at: number): boolean {
  return text.slice(para.start, at).trim() === '';
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
