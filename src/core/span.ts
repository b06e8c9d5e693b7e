/** Half-open range [start, end) of UTF-16 code units in Doc.text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Evidence for a made claim: the article and the span of its source sentence. */
export interface Evidence {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

/** The surface of a span: `surface('Mr Key said', {start: 3, end: 6})` is `'Key'`. */
export function surface(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Sorts spans by start, then by longer first; returns a new array. */
export function byStart<T extends Span>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Shrinks a span so that it starts and ends on non-space characters. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Index of the span containing `offset`, by binary search over spans sorted by start
 * and not overlapping (sentences, paragraphs, tokens); -1 when none does.
 */
export function findContaining(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Index of the first span (sorted by start) that starts at or after `offset`; spans.length when
 * none does. Example: `firstStartingAt([{start: 0, end: 2}, {start: 3, end: 5}], 1)` is 1.
 */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
