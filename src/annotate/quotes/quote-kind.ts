import type { QuoteKind } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { QuotedSpan } from './quote-marks.js';

/**
 * The kind of a quote from where its letters lie: all between quote marks is `direct`, some
 * is `mixed`, none is `indirect` (the rule the PolNeAR eval data uses). `quoted` is sorted.
 * Example: content `training is "definitely an option."` is `mixed`.
 */
export function quoteKind(text: string, content: readonly Span[], quoted: readonly QuotedSpan[]): QuoteKind {
  let inside = 0;
  let outside = 0;
  for (const span of content) {
    let q = lowerBound(quoted, span.start);
    for (let i = span.start; i < span.end; i++) {
      if (!isWordChar(text.charCodeAt(i))) continue;
      while (q < quoted.length && quoted[q].inner.end <= i) q++;
      if (q < quoted.length && quoted[q].inner.start <= i) inside++;
      else outside++;
    }
  }
  if (inside === 0) return 'indirect';
  return outside === 0 ? 'direct' : 'mixed';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(String.fromCharCode(code));
}

function lowerBound(quoted: readonly QuotedSpan[], offset: number): number {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].inner.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
