import type { Span } from '../../core/span.js';
import { findContaining } from '../../core/span.js';
import type { FoundQuote } from './find-cue-quotes.js';
import type { QuotedSpan } from './quote-marks.js';

/** A quote whose speaker is carried over from an earlier quote (`from` indexes `found`). */
export interface CarriedQuote extends FoundQuote {
  readonly from: number | null;
}

/**
 * Quoted spans that no cue-anchored quote covers. A quote that opens its paragraph (or continues
 * the previous paragraph's quote) or a quoted fragment of 3+ words takes the source of the
 * latest cue-anchored quote at most `maxParagraphs` paragraphs back (seed 001: "It's a tragedy
 * that he didn't do it earlier." is Norman's, from the paragraph before). A fragment inside a
 * clause whose subject is a person (`subjectOf`) is that person's instead; a quote opening the
 * paragraph after one that ends in a colon (`introOf`: "The Times reports:") is that speaker's.
 * `found` must be sorted by content start.
 */
export function carryOverQuotes(
  text: string,
  quoted: readonly QuotedSpan[],
  found: readonly FoundQuote[],
  paragraphs: readonly Span[],
  {
    maxParagraphs = 2,
    subjectOf = () => null,
    introOf = () => null,
  }: {
    maxParagraphs?: number;
    subjectOf?: (q: QuotedSpan) => Span | null;
    introOf?: (q: QuotedSpan) => { cue: Span; source: Span } | null;
  } = {},
): CarriedQuote[] {
  const out: CarriedQuote[] = [];
  // Content spans by start with the running maximum end: a quote is covered when some span
  // starting before its end reaches past its start (binary search, no pairwise scan).
  const spans = found.flatMap((f) => f.content).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const sp of spans) reach.push(Math.max(reach[reach.length - 1] ?? 0, sp.end));
  const covered = (q: QuotedSpan) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < q.inner.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] > q.inner.start;
  };
  let f = 0;
  let chain: { para: number; at: number; quote: CarriedQuote } | null = null;
  for (const q of quoted) {
    if (covered(q)) continue;
    while (f < found.length && anchorEnd(found[f]) <= q.start) f++;
    const para = findContaining(paragraphs, q.start);
    if (para < 0) continue;
    const leading = q.continued || text.slice(paragraphs[para].start, q.start).trim() === '';
    const words = text.slice(q.inner.start, q.inner.end).split(/\s+/).length;
    if (!leading && words < 3) continue;
    // "The Steve Harvey Morning Show," / "Contract with America.": a title, not a quote.
    if (!leading && isTitle(text.slice(q.inner.start, q.inner.end))) continue;
    // `"Broad City" star Ana Ruiz ...`, `'Guccifer' targeted ...`: a paragraph that opens with a
    // quoted name and runs on as a sentence uses the quote as a name, not as speech.
    if (leading && !q.continued && namedInSentence(text, q, paragraphs[para])) continue;
    const signed = signature(text, q, paragraphs[para]);
    if (signed) {
      out.push({ content: [{ start: q.start, end: q.end }], cue: signed.cue, source: signed.source, confidence: 0.7, from: null });
      continue;
    }
    // `The Times reports:` closing the paragraph before introduces this quote.
    const intro = leading && !q.continued ? introOf(q) : null;
    if (intro) {
      const quote: CarriedQuote = { content: [{ start: q.start, end: q.end }], cue: intro.cue, source: intro.source, confidence: 0.7, from: null };
      out.push(quote);
      chain = { para, at: q.end, quote };
      continue;
    }
    // `Clinton is promising "jobs, jobs, jobs"`: a fragment in a clause with a person as subject.
    const subject = leading ? null : subjectOf(q);
    if (subject) {
      out.push({ content: [{ start: q.start, end: q.end }], cue: null, source: subject, confidence: 0.45, from: null });
      continue;
    }
    // A quote with no source ("The bill is expected to pass") has no speaker to hand on.
    let prev = f - 1;
    while (prev >= 0 && !found[prev].source) prev--;
    // A run of quote-only paragraphs keeps the speaker of the run's first paragraph.
    if (leading && chain && chain.quote.from !== null && para - chain.para <= 1 && (prev < 0 || anchorEnd(found[prev]) <= chain.at)) {
      const quote: CarriedQuote = { ...chain.quote, content: [{ start: q.start, end: q.end }] };
      out.push(quote);
      chain = { para, at: q.end, quote };
      continue;
    }
    const near = prev >= 0 && para - findContaining(paragraphs, anchorEnd(found[prev]) - 1) <= maxParagraphs;
    if (!near && !leading) continue;
    const quote: CarriedQuote = {
      content: [{ start: q.start, end: q.end }],
      cue: null,
      source: near ? found[prev].source : null,
      confidence: near ? (leading ? 0.6 : 0.45) : 0.3,
      from: near ? prev : null,
    };
    out.push(quote);
    chain = { para, at: q.end, quote };
  }
  return out;
}

function anchorEnd(f: FoundQuote): number {
  return Math.max(...f.content.map((c) => c.end), f.cue?.end ?? 0, f.source?.end ?? 0);
}

// `"Fear. I am truly afraid." - Edwin G. Monroy`: a quote signed with a dash and a name.
function signature(text: string, q: QuotedSpan, para: Span): { cue: Span; source: Span } | null {
  const rest = text.slice(q.end, Math.min(para.end, q.end + 80));
  const m = /^\s*(-+)\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})/.exec(rest);
  if (!m) return null;
  const cueStart = q.end + rest.indexOf(m[1]);
  const sourceStart = q.end + m[0].length - m[2].length;
  return { cue: { start: cueStart, end: cueStart + m[1].length }, source: { start: sourceStart, end: sourceStart + m[2].length } };
}

// True when the quote's words (6 at most) end without punctuation inside the marks and the
// sentence runs on after the closing mark. Example: true for `"Big Sky" star Ana Ruiz left.`, false for
// `"We won," she said.` and `"We won."`.
function namedInSentence(text: string, q: QuotedSpan, para: Span): boolean {
  // A mark after a space or before a letter opens a nested quote; the pairing is unsure then.
  if (!q.closed || /([.,!?;:\-\u2014\u2026"')]|\s)$/.test(text.slice(q.inner.start, q.inner.end)) || !/\s/.test(text[q.end] ?? '')) return false;
  return text.slice(q.inner.start, q.inner.end).split(/\s+/).length <= 6 && /\p{L}/u.test(text.slice(q.end, para.end));
}

// Title Case words (small words aside) with no sentence inside: the name of a show or a book.
function isTitle(s: string): boolean {
  const words = s.replace(/[,.!?]+$/, '').split(/\s+/);
  return words.every((w) => /^[A-Z0-9'"(]/.test(w) || /^(a|an|the|of|in|on|with|for|and|or|to|at|by|from)$/.test(w));
}
