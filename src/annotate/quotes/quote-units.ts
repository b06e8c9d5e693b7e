import type { Span } from '../../core/span.js';
import type { QuotedSpan } from './quote-marks.js';

/**
 * The clauses-with-context that quotes are read from: the sentences inside `blocks`, with
 * sentences that one quoted span crosses merged into one unit (wink splits `"A. B," he said.`
 * into two sentences; the attribution needs both). Sorted, non-overlapping.
 * Example: sentences `"A.` and `B," he said.` under one quote give one unit spanning both.
 */
export function quoteUnits(text: string, sentences: readonly Span[], quoted: readonly QuotedSpan[], blocks: readonly Span[]): Span[] {
  const out: Span[] = [];
  let b = 0;
  let q = 0;
  for (const s of sentences) {
    while (b < blocks.length && blocks[b].end <= s.start) b++;
    if (b >= blocks.length) break;
    if (s.end <= blocks[b].start) continue;
    while (q < quoted.length && quoted[q].end <= s.start) q++;
    const last = out[out.length - 1];
    // Merge when a quote that began before this sentence is still open at its start.
    let merge = false;
    for (let k = Math.max(0, q - 1); k < quoted.length && quoted[k].start < s.start; k++) {
      if (last && quoted[k].start < s.start && quoted[k].end > s.start && quoted[k].start < last.end && last.end > blocks[b].start) merge = true;
    }
    // `He said:` and the quote after it are one unit.
    // A sentence that starts in lower case was split off by mistake ("(D-Wis.) | said Friday.").
    if (last && !merge && last.start >= blocks[b].start && (/:\s*$/.test(text.slice(last.start, last.end)) || /^[a-z]/.test(text[s.start]))) merge = true;
    if (merge && last) out[out.length - 1] = { start: last.start, end: s.end };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
