import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { insideQuote } from './cue-context.js';
import { speechCues } from './cues.data.js';
import { clauseSubject, sourceAfter, sourceBefore, word } from './source-phrase.js';

// Who says a participle with no subject of its own: `"...," he said, adding that ...` and
// `After saying X, she left`.

/**
 * "After saying X, she left": the speaker of an opening "after/before/while ...ing" phrase is the
 * subject of the main clause after its comma; mid-sentence, the subject before it.
 * Example: in `After saying the fund was empty, the treasurer resigned.` the speaker of
 * `saying` is `treasurer`, and its content ends at the comma (`comma`, an offset; -1 when
 * the content runs on).
 */
export function subjectAfterOpener(ctx: CueContext, t0: number, c: number, t1: number): { source: Span; comma: number } | null {
  if (!['ADP', 'SCONJ'].includes(ctx.tokens[c - 1]?.pos ?? '')) return null;
  // "He made the criticism while showing support for ...": mid-sentence, the clause's subject.
  if (c - 1 > t0) {
    const source = clauseSubject(ctx.text, ctx.tokens, t0, c - 1);
    return source ? { source, comma: -1 } : null;
  }
  for (let k = c + 1; k < t1 && k < c + 40; k++) {
    if (insideQuote(ctx.quoted, ctx.tokens[k].start) || word(ctx.text, ctx.tokens, k) !== ',') continue;
    const source = clauseSubject(ctx.text, ctx.tokens, k + 1, t1);
    return source ? { source, comma: ctx.tokens[k].start } : null;
  }
  return null;
}

/**
 * `"...," he said, adding that ...`: the speaker of a speech cue just before the participle.
 * Example: in `It works, he said, adding that it is fine.` the speaker of `adding` is `he`.
 */
export function earlierSpeaker(ctx: CueContext, t0: number, c: number): Span | null {
  for (let k = c - 2; k >= t0 && k >= c - 8; k--) {
    if (!speechCues.has(word(ctx.text, ctx.tokens, k)) || insideQuote(ctx.quoted, ctx.tokens[k].start)) continue;
    return sourceBefore(ctx.text, ctx.tokens, k, t0) ?? sourceAfter(ctx.text, ctx.tokens, k, c - 1);
  }
  return null;
}

