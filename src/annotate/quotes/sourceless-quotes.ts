import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { scanUnits, trimContent } from './cue-context.js';
import { contentEnd } from './cue-neighbours.js';
import type { FoundQuote } from './find-cue-quotes.js';
import { objectPhraseEnd } from './object-phrase.js';
import { nounPhraseEndingAt, word } from './source-phrase.js';

// Raising verbs of evidence and expectation (Levin 48.1.1 "appear", PARC's source-less cues):
// the view is someone's, but the text does not say whose.
const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const EXPECTED = new Set(['expected', 'predicted', 'projected', 'forecast', 'rumored', 'rumoured', 'believed', 'thought', 'said', 'reported', 'alleged', 'understood']);
// Evidential adverbs (PARC's source-less cues): someone reported it, unnamed.
const HEARSAY = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly', 'rumoredly']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", "'re"]);
const QUESTION_WORDS = new Set(['about', 'whether', 'if', 'what', 'why', 'how', 'who', 'whom', 'when', 'where', 'which']);

/**
 * Attributions with no source in the text: `X is expected to Y` / `X seemed to Y` (content: the
 * subject and the complement, as two spans), hearsay adverbs (`X reportedly did Y`) and
 * questions put by an unnamed asker
 * (`Asked about the deal, Smith said ...`, `he was asked whether ...`).
 * Example: in `The bill is expected to pass.` the content is `The bill` and `to pass`, the cue
 * `is expected`, with no source.
 */
export function findSourcelessQuotes(ctx: CueContext, units: readonly Span[]): FoundQuote[] {
  const raises = (w: string, c: number) => RAISING.has(w) || (EXPECTED.has(w) && BE.has(word(ctx.text, ctx.tokens, c - 1)));
  return scanUnits(ctx, units, (w, c) => raises(w, c) || w === 'asked' || HEARSAY.has(w), ({ unit, t0, t1, c, w }) =>
    raises(w, c) ? raising(ctx, unit, t0, t1, c) : HEARSAY.has(w) ? hearsay(ctx, unit, t1, c) : asked(ctx, unit, t0, t1, c), { tail: 1 });
}

function raising(ctx: CueContext, unit: Span, t0: number, t1: number, c: number): FoundQuote | null {
  const { text, tokens } = ctx;
  if (word(text, tokens, c + 1) !== 'to' || !['VERB', 'AUX'].includes(tokens[c + 2]?.pos ?? '')) return null;
  const be = RAISING.has(word(text, tokens, c)) ? c : c - 1;
  if (be <= t0) return null;
  let i = be - 1;
  while (i >= t0 && (tokens[i].pos === 'ADV' || tokens[i].pos === 'PART' || ['also', 'still', 'now'].includes(word(text, tokens, i)))) i--;
  const subject = i >= t0 ? nounPhraseEndingAt(text, tokens, i, t0) : null;
  if (!subject) return null;
  const rest = trimContent(text, { start: tokens[c + 1].start, end: contentEnd(ctx, c + 1, t1, unit) });
  return { content: [subject, rest], cue: { start: tokens[be].start, end: tokens[c].end }, source: null, confidence: 0.4 };
}

function asked(ctx: CueContext, unit: Span, t0: number, t1: number, c: number): FoundQuote | null {
  const { text, tokens } = ctx;
  const prev = word(text, tokens, c - 1);
  // "Asked about ..." opening a sentence, "When asked ...", "was asked ...".
  if (c !== t0 && prev !== 'when' && prev !== 'if' && !BE.has(prev)) return null;
  const next = word(text, tokens, c + 1);
  if (!QUESTION_WORDS.has(next)) return null;
  const s = next === 'about' ? c + 2 : c + 1;
  if (s >= t1) return null;
  let end = next === 'about' ? objectPhraseEnd(ctx, s, t1, unit) : contentEnd(ctx, s, t1, unit);
  // The question ends at the comma before the answer: "Asked whether ..., Smith said ...".
  for (let k = s + 1; k < t1; k++) {
    if (word(text, tokens, k) === ',' && tokens[k].start < end) {
      end = tokens[k].start;
      break;
    }
  }
  return { content: [trimContent(text, { start: tokens[s].start, end })], cue: tokens[c], source: null, confidence: 0.4 };
}

// "The FBI is reportedly planning an interview": the clause around the adverb, without it.
function hearsay(ctx: CueContext, unit: Span, t1: number, c: number): FoundQuote | null {
  const { text, tokens } = ctx;
  const cue = tokens[c];
  const end = contentEnd(ctx, c, t1, unit);
  const before = trimContent(text, { start: unit.start, end: cue.start });
  const after = trimContent(text, { start: cue.end, end });
  const content = [before, after].filter((s) => s.end - s.start > 1);
  return content.length && after.end - after.start > 1 ? { content, cue, source: null, confidence: 0.4 } : null;
}
