import type { Token } from '../../core/doc.js';
import { findContaining, firstStartingAt, type Span } from '../../core/span.js';
import type { QuotedSpan } from './quote-marks.js';

/** Read-only view over one Doc that the quote finders share. */
export interface CueContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quoted: readonly QuotedSpan[];
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export const tokenAt: (tokens: readonly Token[], offset: number) => number = firstStartingAt;

/** The quoted span (marks included) holding `offset`, or undefined. */
export function quoteAt(quoted: readonly QuotedSpan[], offset: number): QuotedSpan | undefined {
  const i = findContaining(quoted, offset);
  return i < 0 ? undefined : quoted[i];
}

/** True when `offset` lies between the marks of a quoted span. */
export function insideQuote(quoted: readonly QuotedSpan[], offset: number): boolean {
  const q = quoteAt(quoted, offset);
  return !!q && offset > q.start && offset < q.end;
}

/**
 * Trims a content span the way news attribution corpora mark it (PolNeAR): quote marks stay
 * with the words they enclose (`"It's a tragedy,"` stays whole), a complement keeps its "that",
 * and an unquoted end loses its trailing comma, dash or full stop.
 * Example: `, "definitely an option."` gives `"definitely an option."`; `it works.` gives `it works`.
 */
export function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:;]/.test(text[start])) start++;
  while (end > start && /[\s,;:-]/.test(text[end - 1])) end--;
  if (end > start && text[end - 1] !== '"' && text[end - 1] === '.' && text[end - 2] !== '.') end--;
  return { start, end };
}
