import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { quoteAt, scanUnits, tokenAt } from './cue-context.js';
import { isDocument } from './cue-word.js';
import type { FoundQuote } from './find-cue-quotes.js';
import { nounPhraseEndingAt, sourceAfter, sourceBefore, word } from './source-phrase.js';
import { isTextNoun } from './stance-quote.js';

// "read" as a speech verb of texts (PARC 3.0 lists "read" among its cues): only a text or
// document speaks by it, so "She read the book" is never a quote.

const READS = new Set(['read', 'reads']);

const isText = (w: string) => isTextNoun(w) || isDocument(w) || w === 'sign' || w === 'signs' || w === 'banner' || w === 'headline';

/**
 * Quotes whose cue is "read"/"reads" with a text as speaker: `"We are closed," read the
 * sign.` (the quote before, the text after) and `The statement reads: "We are closed."`
 * or `a sign that read "We are closed"` (the text before, the quote after; when a verb takes
 * the text, its subject, the author, is the speaker: `Lee held a sign that read ...`).
 * Example: in `"Back soon," read the note.` the content is `"Back soon,"`, the source `the note`.
 */
export function findReadsQuotes(ctx: CueContext, units: readonly Span[]): FoundQuote[] {
  const { text, tokens } = ctx;
  return scanUnits(ctx, units, (w) => READS.has(w), ({ t0, t1, c }) => {
    const cue = tokens[c];
    // Trailing: a quote closes right before the cue (maybe with a comma), a text follows.
    let i = cue.start;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === ',')) i--;
    const before = text[i - 1] === '"' ? quoteAt(ctx.quoted, i - 1) : undefined;
    const after = sourceAfter(text, tokens, c, t1);
    if (before && before.closed && before.end === i && after && isText(word(text, tokens, tokenAtEnd(ctx, after.end)))) {
      return { content: [{ start: before.start, end: before.end }], cue, source: after, confidence: 0.85 };
    }
    // Forward: a text (or "that"/"which" after one) before the cue, a quote after it.
    let k = c + 1;
    if (k < t1 && [':', ','].includes(word(text, tokens, k))) k++;
    const next = k < t1 ? quoteAt(ctx.quoted, tokens[k].start) : undefined;
    if (!next || next.start !== tokens[k].start) return null;
    let h = c - 1;
    if (['that', 'which'].includes(word(text, tokens, h))) h--;
    if (h < 0 || !isText(word(text, tokens, h))) return null;
    const phrase = nounPhraseEndingAt(text, tokens, h, t0);
    if (!phrase) return null;
    // "Lee hoisted a sign that read ...": a text that a verb takes speaks for its subject.
    const v = tokenAt(tokens, phrase.start) - 1;
    const author = v > t0 && tokens[v].pos === 'VERB' ? sourceBefore(text, tokens, v, t0) : null;
    return { content: [{ start: next.start, end: next.end }], cue, source: author ?? phrase, confidence: 0.85 };
  });
}

// The index of the token that ends at offset `end`.
function tokenAtEnd(ctx: CueContext, end: number): number {
  let k = ctx.tokens.length - 1;
  while (k > 0 && ctx.tokens[k].end > end) k--;
  return k;
}
