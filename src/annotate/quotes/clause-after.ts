import { tokenAt, type CueContext } from './cue-context.js';
import { word } from './source-phrase.js';

// Where a reported clause starts after a cue, when something other than "that" comes first:
// an adverbial phrase ("said after the convention he would ...") or a subject and a finite verb
// ("found the panel was ...").

const NOMINATIVE = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * True when tokens from `s` open a finite clause: a subject pronoun ("he took"), or a short noun
 * phrase followed by an auxiliary or modal ("the agency was", "Trump would").
 * Example: in `found the city was broke` it is true at `the`; in `found the city broke` false.
 */
export function opensClause(ctx: CueContext, s: number, t1: number): boolean {
  const { text, tokens } = ctx;
  if (s >= t1) return false;
  if (tokens[s].pos === 'PRON') return NOMINATIVE.has(word(text, tokens, s)) && ['VERB', 'AUX', 'ADV'].includes(tokens[s + 1]?.pos ?? '');
  if (!PHRASE.has(tokens[s].pos)) return false;
  let k = s;
  while (k < t1 && k - s < 8 && (PHRASE.has(tokens[k].pos) || ["'s", 'and'].includes(word(text, tokens, k)))) k++;
  if (k === s || k >= t1) return false;
  while (k < t1 - 1 && tokens[k].pos === 'ADV') k++;
  return FINITE_AUX.has(word(text, tokens, k));
}

/**
 * After a cue, the token where the reported clause starts when an adverbial phrase comes first:
 * the "that" after it, or a subject that opens a finite clause. -1 when none (then the phrase
 * is what was said about, or a place: "spoke at the rally").
 * Example: in `said after the vote he would resign` it is the index of `he`.
 */
export function clauseAfterAdverbial(ctx: CueContext, s: number, t1: number): number {
  const { text, tokens } = ctx;
  if (tokens[s]?.pos !== 'ADP' || word(text, tokens, s) === 'to') return -1;
  let k = s + 1;
  for (; k < t1 && k - s < 10; k++) {
    const pos = tokens[k].pos;
    const w = word(text, tokens, k);
    // wink tags some place-name parts as verbs ("Colorado Springs/VERB").
    const namePart = /^[A-Z]/.test(text[tokens[k].start]) && tokens[k - 1].pos === 'PROPN';
    if (w === 'that' && k > s + 1) return tokens[k].pos === 'DET' && PHRASE.has(tokens[k + 1]?.pos ?? '') && !opensClause(ctx, k + 1, t1) ? -1 : k;
    // A new noun phrase opens the clause: an article, or a name after a common noun or number.
    const fresh = pos === 'DET' || (pos === 'PROPN' && ['NOUN', 'NUM'].includes(tokens[k - 1].pos));
    if (fresh && k > s + 1 && opensClause(ctx, k, t1)) return k;
    if (pos === 'PRON' && NOMINATIVE.has(w)) return opensClause(ctx, k, t1) ? k : -1;
    if (!(PHRASE.has(pos) || namePart || w === "'s" || (pos === 'ADP' && w !== 'to') || ['his', 'her', 'their', 'its'].includes(w))) return -1;
  }
  return -1;
}

/**
 * Where the content of a cue inside a relative clause ends (an offset, or -1 when it runs on):
 * at the comma that closes the clause, when the main clause's verb follows it.
 * Example: in `The residents, many of whom say the pier is unsafe, met today.` the content
 * of `say` ends before `, met`.
 */
export function relativeClauseEnd(ctx: CueContext, source: { start: number }, s: number, t1: number): number {
  const { text, tokens } = ctx;
  const first = tokenAt(tokens, source.start);
  if (word(text, tokens, first - 1) !== ',') return -1;
  for (let k = first; k < s; k++) if (['who', 'whom', 'which'].includes(word(text, tokens, k))) return commaBeforeVerb(ctx, s, t1);
  return -1;
}

// The offset of the first comma from token s that a finite verb follows, or -1.
function commaBeforeVerb(ctx: CueContext, s: number, t1: number): number {
  const { text, tokens } = ctx;
  for (let k = s + 1; k < t1 - 1; k++) {
    const next = tokens[k + 1];
    if (word(text, tokens, k) === ',' && ['VERB', 'AUX'].includes(next.pos) && !word(text, tokens, k + 1).endsWith('ing')) return tokens[k].start;
  }
  return -1;
}
