import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { scanUnits, tokenAt, trimContent } from './cue-context.js';
import { objectPhraseEnd } from './object-phrase.js';
import { hearerCues, speechCues } from './cues.data.js';
import { BE, isCueWord } from './cue-word.js';
import type { FoundQuote } from './find-cue-quotes.js';
import { sourceAfter, sourceBefore, word } from './source-phrase.js';

// Passive attributions (PARC 3.0 and PolNeAR mark them like active ones): the subject is what
// was said, judged or backed; the agent after "by", when there is one, is the source.

/**
 * `X was criticized by Y` / `X has been endorsed by Y` (source Y) and `X was accused of Z` (no
 * source): a cue word in its past participle after a form of "be". With an agent the content is
 * the subject; without one it is the subject and the complement after the cue (X and Z). Only
 * the unit's first cue counts, so `Lee said the bill was backed by Ohio` stays one quote, Lee's.
 * Example: in `The plan was endorsed by the union.` the content is `The plan`, the cue
 * `was endorsed by`, the source `the union`.
 */
export function findPassiveQuotes(ctx: CueContext, units: readonly Span[]): FoundQuote[] {
  const { text, tokens } = ctx;
  const participle = (w: string, c: number) => /(ed|wn|ld|ght|id|en)$/.test(w) && BE.has(word(text, tokens, c - 1)) && isCueWord(w) && tokens[c].pos === 'VERB';
  return scanUnits(ctx, units, participle, ({ unit, t0, t1, c }) => passive(ctx, unit, t0, t1, c), { tail: 1 });
}

function passive(ctx: CueContext, unit: Span, t0: number, t1: number, c: number): FoundQuote | null {
  const { text, tokens } = ctx;
  // Another cue earlier in the unit reports this clause ("Lee said the bill was backed by ...").
  for (let k = t0; k < c - 1; k++) if ((isCueWord(word(text, tokens, k)) && tokens[k].pos === 'VERB') || word(text, tokens, k) === 'according') return null;
  // "She was told by ...", "we were convinced by ...": the subject of a hearer verb is the hearer.
  if (hearerCues.has(speechCues.get(word(text, tokens, c)) ?? '')) return null;
  const subject = sourceBefore(text, tokens, c, t0);
  if (!subject || /^(who|which|that)$/.test(word(text, tokens, tokenAt(tokens, subject.start)))) return null;
  if (word(text, tokens, c + 1) !== 'by') {
    let s = c + 1;
    // "is expected to pass": a raising verb (sourceless-quotes.ts).
    if (word(text, tokens, s) === 'to' && ['VERB', 'AUX'].includes(tokens[s + 1]?.pos ?? '')) return null;
    if (['of', 'with', 'as', 'for', 'about'].includes(word(text, tokens, s))) s++;
    const content = [subject];
    if (s < t1 && tokens[s].pos !== 'PUNCT') {
      const rest = trimContent(text, { start: tokens[s].start, end: objectPhraseEnd(ctx, s, t1, unit) });
      if (rest.end - rest.start > 1) content.push(rest);
    }
    return { content, cue: { start: tokens[c - 1].start, end: tokens[c].end }, source: null, confidence: 0.35 };
  }
  const source = sourceAfter(text, tokens, c + 1, t1);
  if (!source) return null;
  return { content: [subject], cue: { start: tokens[c - 1].start, end: tokens[c + 1].end }, source, confidence: 0.5 };
}
