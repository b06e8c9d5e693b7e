import type { CueContext } from './cue-context.js';
import { objectCues, speechCues, thoughtCues } from './cues.data.js';
import { word } from './source-phrase.js';
import { agentLike, isTextNoun } from './stance-quote.js';

/** The forms of "be" that make a passive or a predicate adjective ("was found", "is sure"). */
export const BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);

// Nouns that speak for their author: "a statement saying", "a poll showing".
const DOCUMENTS = new Set(['statement', 'statements', 'letter', 'letters', 'report', 'reports', 'tweet', 'tweets', 'post', 'memo', 'email', 'emails',
  'ad', 'ads', 'advertisement', 'papers', 'article', 'video', 'interview', 'message', 'note', 'poll', 'polls', 'survey', 'study', 'release', 'op-ed', 'column', 'speech', 'filing', 'lawsuit', 'complaint', 'ruling', 'document', 'documents', 'analysis', 'editorial']);
/**
 * True when `w` (lower case, singular or plural) names a document that speaks for its author.
 * Example: `isDocument('statement')` and `isDocument('paper')` are true.
 */
export function isDocument(w: string): boolean {
  return DOCUMENTS.has(w) || DOCUMENTS.has(`${w}s`);
}

/** Forms that are mostly nouns ("battleground states", "Editor's note"): cues only before "that" or a quote. */
export const WEAK_FORMS = new Set(['state', 'states', 'note', 'notes', 'post', 'posts', 'sing']);

/**
 * True when `w` (lower-cased) is in one of the cue lexicons: speech, thought or stance-with-object.
 * Example: `isCueWord('said')` and `isCueWord('criticized')` are true, `isCueWord('table')` false.
 */
export function isCueWord(w: string): boolean {
  return speechCues.has(w) || thoughtCues.has(w) || objectCues.has(w);
}

/**
 * True when token `c` is a cue word used as a verb: not a noun ("the report", "Trump's tweet"),
 * not a passive or adjective ("was found"), not a participle modifying a noun ("taxpayers
 * reporting gains"). `t0` is the first token of the unit.
 * Example: in `Mr Key said it`, `said` is; in `The report was late`, `report` is not.
 */
export function isCue(ctx: CueContext, c: number, t0: number): boolean {
  const w = word(ctx.text, ctx.tokens, c);
  if (!isCueWord(w)) return false;
  const pos = ctx.tokens[c].pos;
  // wink sometimes tags "says" as a noun; other cue words tagged as nouns are nouns ("talk").
  // Base forms tagged as nouns ("the report", "a claim") are nouns unless they look like verbs.
  const lemma = speechCues.get(w) ?? thoughtCues.get(w) ?? objectCues.get(w);
  const nounOk = verbLikeNoun(ctx, c, t0) || (!objectCues.has(w) && w !== lemma && !(w.endsWith('s') && ctx.tokens[c - 1]?.pos === 'NOUN'));
  if (pos !== 'VERB' && pos !== 'AUX' && !(pos === 'NOUN' && nounOk)) return false;
  const prev = c > t0 ? ctx.tokens[c - 1] : null;
  if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ')) return false;
  // "Trump's tweet", "his claim": after a possessive the word is a noun.
  if (prev && pos === 'NOUN' && /^('s|'|his|her|their|its|our|my)$/.test(word(ctx.text, ctx.tokens, c - 1))) return false;
  // "according to reports", "in statements": a plural noun after a preposition.
  if (prev && (prev.pos === 'ADP' || word(ctx.text, ctx.tokens, c - 1) === 'to') && w.endsWith('s')) return false;
  // "was found", "is expected": passives and adjectives are not speech acts here.
  if (prev && BE.has(word(ctx.text, ctx.tokens, c - 1)) && !w.endsWith('ing')) return false;
  // "taxpayers reporting gains", "language calling for": a participle right after a noun
  // modifies it; a speech participle follows a comma (", saying") or a form of "be".
  // But a stance participle after a noun for people or organisations holds their stance
  // ("the union backing the mayor", "a super PAC supporting Holt").
  // A text before it ("a letter opposing the bill") is its author's: left to the main clause.
  const agentBefore = prev !== null && objectCues.has(w) && ['NOUN', 'PROPN'].includes(prev.pos) && agentLike(ctx, prev)
    && !isTextNoun(word(ctx.text, ctx.tokens, c - 1)) && !isDocument(word(ctx.text, ctx.tokens, c - 1));
  if (!speechCues.has(w) && w.endsWith('ing') && prev && prev.pos !== 'PUNCT' && !BE.has(word(ctx.text, ctx.tokens, c - 1)) && prev.pos !== 'ADV' && !DOCUMENTS.has(word(ctx.text, ctx.tokens, c - 1)) && !agentBefore) return false;
  return true;
}

// wink tags "plans" in "Clinton plans to call" as a noun: an s-form after a name or pronoun
// (or "and"), before "to" + verb or "that", is the verb.
function verbLikeNoun(ctx: CueContext, c: number, t0: number): boolean {
  const { text, tokens } = ctx;
  if (c <= t0) return false;
  // "did support the idea", "can name a few": a base form after an auxiliary or "to".
  if (/^(did|do|does|will|would|can|could|should|may|might|must|to|n't|not)$/.test(word(text, tokens, c - 1)) && ['DET', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(tokens[c + 1]?.pos ?? '')) return true;
  // "Millennials support background checks", "three-quarters oppose the ban": a base form after
  // a plural subject, before its object.
  const prevWord = word(text, tokens, c - 1);
  // "China and Russia support the rebels": two coordinated names are plural too.
  const coordinated = tokens[c - 1].pos === 'PROPN' && word(text, tokens, c - 2) === 'and' && tokens[c - 3]?.pos === 'PROPN' && c - 3 >= t0;
  // "Nine in 10 say they ...", "43 support it": a number (not "one", not a year) is plural.
  const count = tokens[c - 1].pos === 'NUM' && prevWord !== 'one' && !/^(1[89]|20)\d\d$/.test(prevWord);
  const plural = count || ((/(s|they|we)$/.test(prevWord) || coordinated) && ['NOUN', 'PROPN', 'PRON'].includes(tokens[c - 1].pos) && !prevWord.endsWith("'s"));
  if (!word(text, tokens, c).endsWith('s') && plural && ['DET', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(tokens[c + 1]?.pos ?? '')) return true;
  // "leaked documents from his tax return show he took ...": a base form after a noun, before a
  // subject pronoun and its verb, is the verb of a plural subject further back.
  const next1 = word(text, tokens, c + 1);
  if (!word(text, tokens, c).endsWith('s') && speechCues.has(word(text, tokens, c)) && ['NOUN', 'PROPN'].includes(tokens[c - 1].pos) && /^(he|she|they|we|it)$/.test(next1) && ['VERB', 'AUX'].includes(tokens[c + 2]?.pos ?? '')) return true;
  // "..., fundraising reports show.": a trailing cue after a plural subject.
  if (!word(text, tokens, c).endsWith('s') && plural && ['.', ','].includes(word(text, tokens, c + 1))) return true;
  if (!word(text, tokens, c).endsWith('s')) return false;
  const prev = tokens[c - 1];
  const before = ['PROPN', 'PRON', 'CCONJ'].includes(prev.pos) && tokens[c - 2]?.pos !== 'DET' && !/^(his|her|their|its|our|my)$/.test(word(text, tokens, c - 1));
  const next = word(text, tokens, c + 1);
  return before && (next === 'that' || (next === 'to' && tokens[c + 2]?.pos === 'VERB'));
}

