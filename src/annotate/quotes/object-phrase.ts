import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { contentEnd } from './cue-neighbours.js';
import { word } from './source-phrase.js';

const WH = new Set(['whether', 'how', 'what', 'why', 'who', 'whom', 'if', 'where', 'when', 'which']);

/**
 * Where the object of a preposition after a cue ends (an offset): a noun phrase up to a comma,
 * a verb or a new clause; a wh-clause or gerund ("about whether ...", "of taking ...") runs on
 * like a complement clause. Example: in `criticism of the plan, which failed` the object is
 * `the plan`.
 */
export function objectPhraseEnd(ctx: CueContext, s: number, t1: number, unit: Span): number {
  const { text, tokens } = ctx;
  const first = word(text, tokens, s);
  if (WH.has(first) || (tokens[s].pos === 'VERB' && first.endsWith('ing'))) return contentEnd(ctx, s, t1, unit);
  let k = s;
  for (; k < t1 && k - s < 30; k++) {
    const w = word(text, tokens, k);
    const pos = tokens[k].pos;
    if (k > s && (pos === 'VERB' || pos === 'AUX') && !w.endsWith('ing') && word(text, tokens, k - 1) !== 'to') break;
    if (pos === 'PUNCT' && !['"', "'", '-', '%', '$'].includes(w)) break;
    if (pos === 'SCONJ' || (pos === 'CCONJ' && k > s && tokens[k + 1]?.pos === 'PRON')) break;
  }
  return k > s ? tokens[k - 1].end : unit.end;
}
