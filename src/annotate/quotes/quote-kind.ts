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
      if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
      while (q < quoted.length && quoted[q].inner.end <= i) q++;
      if (q < quoted.length && quoted[q].inner.start <= i) inside++;
      else outside++;
    }
  }
  if (inside === 0) return 'indirect';
  return outside === 0 ? 'direct' : 'mixed';
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
