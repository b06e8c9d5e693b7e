import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { insideQuote, scanUnits, tokenAt, trimContent } from './cue-context.js';
import { contentEnd } from './cue-neighbours.js';
import type { FoundQuote } from './find-cue-quotes.js';
import { clauseNouns, infinitiveNouns, stanceAdjectives, stanceNouns } from './predicate-cues.data.js';
import { nounPhraseEndingAt, sourceBefore, word } from './source-phrase.js';
import { agentLike } from './stance-quote.js';
import { objectPhraseEnd } from './object-phrase.js';

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", "'re", 'am', "'m", 'seem', 'seems', 'seemed',
  'appear', 'appears', 'appeared', 'remain', 'remains', 'remained', 'become', 'became', 'becomes', 'grew', 'grown', 'feel', 'feels', 'felt', 'sounded']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Attributions whose cue is a noun or an adjective rather than a verb (PARC's nominal and
 * adjectival cues): `his claim that ...`, `Trump's pledge to ...`, `criticism of the deal`,
 * `Republicans were skeptical of the plan`, `she was sure Trump would win`. A noun's source is
 * its possessor (or none); an adjective's is the subject of its "be", which must be people-like.
 * Example: in `Trump's claim that he won was false.` the content is `that he won was false`,
 * the cue `claim`, the source `Trump`.
 */
export function findPredicateQuotes(ctx: CueContext, units: readonly Span[]): FoundQuote[] {
  const isNoun = (w: string, c: number) => ctx.tokens[c].pos === 'NOUN' && (clauseNouns.has(w) || infinitiveNouns.has(w) || stanceNouns.has(w));
  return scanUnits(ctx, units, (w, c) => isNoun(w, c) || stanceAdjectives.has(w), ({ unit, t0, t1, c, w }) => {
    const found = isNoun(w, c) ? nounQuote(ctx, unit, t0, t1, c, w) : adjectiveQuote(ctx, unit, t0, t1, c, w);
    return found && found.content[0].end - found.content[0].start > 1 ? found : null;
  }, { tail: 1 });
}

function nounQuote(ctx: CueContext, unit: Span, t0: number, t1: number, c: number, w: string): FoundQuote | null {
  const { text, tokens } = ctx;
  const next = word(text, tokens, c + 1);
  // "Trump doubled down on his comments about ...": a possessive pronoun defers to the subject.
  const owner = possessor(ctx, t0, c);
  const source = owner && POSSESSIVES.has(word(text, tokens, tokenAt(tokens, owner.start))) ? governingSubject(ctx, t0, c) ?? owner : owner ?? governingSubject(ctx, t0, c);
  const cue = tokens[c];
  let start = -1;
  let end = unit.end;
  if (clauseNouns.has(w) && next === 'that' && tokens[c + 1].pos !== 'DET' && startsClause(ctx, c + 2, t1)) {
    start = c + 1;
    end = contentEnd(ctx, start, t1, unit);
  } else if (infinitiveNouns.has(w) && next === 'to' && tokens[c + 2]?.pos === 'VERB' && source) {
    start = c + 1;
    end = contentEnd(ctx, start, t1, unit);
  } else if (stanceNouns.get(w)?.includes(next) && c + 2 < t1 && source) {
    start = c + 2;
    end = objectPhraseEnd(ctx, start, t1, unit);
  }
  if (start < 0 || start >= t1) return null;
  return { content: [trimContent(text, { start: tokens[start].start, end })], cue, source, confidence: source ? 0.45 : 0.35 };
}

// "Trump's claim", "his repeated claims": the possessor before the noun and its adjectives.
function possessor(ctx: CueContext, t0: number, c: number): Span | null {
  const { text, tokens } = ctx;
  let k = c - 1;
  while (k > t0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV') && c - k < 4) k--;
  if (k < t0) return null;
  const w = word(text, tokens, k);
  if (POSSESSIVES.has(w)) return tokens[k];
  if ((w === "'s" || w === "'") && k - 1 >= t0) return nounPhraseEndingAt(text, tokens, k - 1, t0);
  return null;
}

// "Trump is raising questions about ...": the people-like subject of the verb the noun is the
// object of (the nearest verb before it, with no comma or clause boundary between).
function governingSubject(ctx: CueContext, t0: number, c: number): Span | null {
  const { text, tokens } = ctx;
  for (let k = c - 1; k >= t0 && c - k < 8; k--) {
    const pos = tokens[k].pos;
    if (pos === 'PUNCT' || pos === 'SCONJ' || word(text, tokens, k) === 'that') return null;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const subject = sourceBefore(text, tokens, k, t0);
    return subject && !insideQuote(ctx.quoted, subject.start) && agentLike(ctx, subject) ? subject : null;
  }
  return null;
}

// A clause starts at token i: a subject-like word with a verb within the next few tokens.
function startsClause(ctx: CueContext, i: number, t1: number): boolean {
  if (i >= t1 || !['PRON', 'PROPN', 'DET', 'NOUN', 'ADJ', 'NUM'].includes(ctx.tokens[i].pos)) return false;
  for (let k = i + 1; k < t1 && k < i + 8; k++) if (ctx.tokens[k].pos === 'VERB' || ctx.tokens[k].pos === 'AUX') return true;
  return false;
}

function adjectiveQuote(ctx: CueContext, unit: Span, t0: number, t1: number, c: number, w: string): FoundQuote | null {
  const { text, tokens } = ctx;
  let b = c - 1;
  while (b > t0 && (tokens[b].pos === 'ADV' || tokens[b].pos === 'PART') && c - b < 4) b--;
  if (b <= t0 || !COPULAS.has(word(text, tokens, b))) return null;
  const source = sourceBefore(text, tokens, b, t0);
  if (!source || !agentLike(ctx, source)) return null;
  const takes = stanceAdjectives.get(w)!;
  const next = word(text, tokens, c + 1);
  let start = -1;
  let end = unit.end;
  if (next === 'that' && takes.includes('that')) start = c + 1;
  else if (next === 'to' && takes.includes('to') && tokens[c + 2]?.pos === 'VERB') start = c + 1;
  else if (takes.includes(next) && next !== 'that') {
    start = c + 2;
    end = objectPhraseEnd(ctx, start, t1, unit);
  } else if (takes.includes('clause') && startsClause(ctx, c + 1, t1)) start = c + 1;
  if (start < 0 || start >= t1) return null;
  if (end === unit.end) end = contentEnd(ctx, start, t1, unit);
  return { content: [trimContent(text, { start: tokens[start].start, end })], cue: tokens[c], source, confidence: 0.45 };
}
