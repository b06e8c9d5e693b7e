import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { insideQuote, quoteAt, scanUnits, tokenAt, trimContent } from './cue-context.js';
import { closesQuote, contentEnd, mainSubject, quoteRightAfter, quoteRightBefore, tailExtent } from './cue-neighbours.js';
import { hearerCues, objectCues, objectTaking, particleCues, speechCues, thoughtCues, weakCues } from './cues.data.js';
import { sourceAfter, sourceBefore, TIME_WORDS, word } from './source-phrase.js';
import { agentLike, isTextNoun, stanceQuote } from './stance-quote.js';
import { isCue, isCueWord, isDocument, WEAK_FORMS } from './cue-word.js';
import { earlierSpeaker, subjectAfterOpener } from './participle-speaker.js';
import { clauseAfterAdverbial, opensClause, relativeClauseEnd } from './clause-after.js';
import { objectPhraseEnd } from './object-phrase.js';

/** A quote found next to a cue, before kinds and speakers are settled. */
export interface FoundQuote {
  readonly content: Span[];
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly confidence: number;
}

const TRAIL_MARKS = new Set([',', '"', '-', '--', '?', '!']);
const WH_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/**
 * Quotes anchored on a cue word inside each unit: `X said (that) CONTENT`,
 * `CONTENT, X said` / `CONTENT, said X`, `"A," he said, "B."` (two content spans),
 * `according to X, CONTENT` and `CONTENT, according to X`. Cues inside quote marks are
 * someone else's words and are skipped.
 * Example: in `Mr Key said training is an option.` the content is `training is an option`,
 * the cue `said`, the source `Mr Key`.
 */
export function findCueQuotes(ctx: CueContext, units: readonly Span[]): FoundQuote[] {
  return scanUnits(ctx, units, (w) => w === 'according' || isCueWord(w), ({ unit, t0, t1, c, w }) => {
    const found = w === 'according' && word(ctx.text, ctx.tokens, c + 1) === 'to'
      ? according(ctx, unit, t0, t1, c)
      : isCue(ctx, c, t0) ? cueQuote(ctx, unit, t0, t1, c) : null;
    return found && found.content.every((s) => s.end - s.start > 1) ? found : null;
  });
}

// True when token k + 1 opens a quoted span.
function quoteRightAfterToken(ctx: CueContext, k: number): boolean {
  const q = quoteAt(ctx.quoted, ctx.tokens[k + 1].start);
  return !!q && q.start === ctx.tokens[k + 1].start;
}

// True when tokens [from, to) hold a verb or a quote mark: a clause, not an opening phrase.
// wink tags some s-forms as nouns ("The job marks/NOUN his return"): after a noun and before
// an article or possessive, such a word is the verb.
function sFormVerb(ctx: CueContext, k: number): boolean {
  const { text, tokens } = ctx;
  return tokens[k].pos === 'NOUN' && /[^s]s$/.test(word(text, tokens, k)) && ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '')
    && /^(the|a|an|his|her|its|their|our|no)$/.test(word(text, tokens, k + 1));
}

function hasClause(ctx: CueContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = ctx.tokens[k].pos;
    if (pos === 'VERB' || pos === 'AUX' || ctx.text[ctx.tokens[k].start] === '"' || (k > from && sFormVerb(ctx, k))) return true;
  }
  return false;
}

// True when tokens [from, to) are only an opening prepositional phrase ("In her 2003 book,
// Living History,"): a preposition first and no finite verb outside quote marks.
function openingPhraseOnly(ctx: CueContext, from: number, to: number): boolean {
  const { text, tokens } = ctx;
  if (word(text, tokens, from) === 'but' || word(text, tokens, from) === 'and') from++;
  // "As Obama ...,", "Citing a report,": a subordinate clause or a participle phrase opens.
  if (tokens[from]?.pos === 'SCONJ' || (tokens[from]?.pos === 'VERB' && word(text, tokens, from).endsWith('ing'))) return true;
  if (tokens[from]?.pos !== 'ADP') return false;
  for (let k = from + 1; k < to; k++) {
    if (insideQuote(ctx.quoted, tokens[k].start)) continue;
    const pos = tokens[k].pos;
    const participle = pos === 'VERB' && (word(text, tokens, k).endsWith('ing') || tokens[k - 1].pos === 'NOUN');
    if (pos === 'AUX' || (pos === 'VERB' && !participle)) return false;
  }
  return true;
}

// True when token k opens a noun phrase object that is not a time ("the plan", "her former
// boss"; not "Friday", "last week").
function startsObject(ctx: CueContext, k: number, t1: number): boolean {
  const { text, tokens } = ctx;
  if (k >= t1) return false;
  const w = word(text, tokens, k);
  const nounPhrase = ['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[k].pos) || ['his', 'her', 'their', 'its'].includes(w);
  return nounPhrase && ![0, 1, 2].some((d) => k + d < t1 && TIME_WORDS.has(word(text, tokens, k + d)));
}

// The token index that a source phrase (or the cue itself) starts at, skipping "also", "has".
function phraseStart(ctx: CueContext, source: Span | null, c: number): number {
  return source ? tokenAt(ctx.tokens, source.start) : c;
}

function cueQuote(ctx: CueContext, unit: Span, t0: number, t1: number, c: number): FoundQuote | null {
  const { text, tokens } = ctx;
  const w = word(text, tokens, c);
  const lemma = speechCues.get(w) ?? thoughtCues.get(w) ?? objectCues.get(w) ?? w;
  const stance = !speechCues.has(w) && !thoughtCues.has(w);
  const cue = tokens[c];
  // ", saying ...": a participle after a comma has no speaker right before it.
  const participle = w.endsWith('ing') && word(text, tokens, c - 1) === ',';
  let source = participle ? null : sourceBefore(text, tokens, c, t0);
  const pre = phraseStart(ctx, source, c) - 1;
  // Trailing attribution: `CONTENT, he said (in a statement).` or `..." said Mr Key.`
  const tail = tailExtent(ctx, c, t1);
  const afterQuote = pre > t0 && (closesQuote(ctx, pre) || (word(text, tokens, pre) === ',' && closesQuote(ctx, pre - 1)));
  // `Trump boasted, "That makes me smart."` opens a quote: forward, not trailing.
  const opensQuoteNext = !!tail.nextQuote && tail.short && !afterQuote && source !== null;
  // The content of a trailing cue is a clause or a quote: "In July, the NAACP called for ..."
  // has only an opening phrase before the comma.
  // `In an interview on "Face the Nation," Ryan said the protests ...`: an opening phrase (even
  // one holding a quoted title) before a cue with a clause after it is not the content.
  // `In her book, Clinton noted the clot's existence.`: a subject before the cue and an object
  // after it (not a time: "said Friday") make the cue forward, whatever precedes the comma.
  // A stance or belief verb with words after it ("disagrees with her boss") is forward as well.
  const stanceTail = !speechCues.has(w) && c + 1 < t1 && tokens[c + 1].pos !== 'PUNCT';
  const objectAfter = source !== null && !afterQuote && !hearerCues.has(lemma) && (startsObject(ctx, c + 1, t1) || stanceTail);
  const short = tail.short && !objectAfter;
  const clauseBefore = (afterQuote || hasClause(ctx, t0, pre)) && (short || !openingPhraseOnly(ctx, t0, pre));
  if (!participle && pre > t0 && (TRAIL_MARKS.has(word(text, tokens, pre)) || afterQuote) && (short || afterQuote) && !opensQuoteNext && clauseBefore) {
    source ??= sourceAfter(text, tokens, c, t1);
    if (!source) return null;
    const first = trimContent(text, { start: unit.start, end: tokens[pre].end });
    const content = [first];
    const next = tail.nextQuote ?? quoteRightAfter(ctx, unit);
    if (next) content.push({ start: next.start, end: next.end });
    return { content, cue, source, confidence: source ? 0.9 : 0.6 };
  }
  // `"How many times?" Clinton said.`: wink ends the sentence at the quote, so the quote is
  // just before this unit and the unit is only a speaker, a cue and adverbials.
  // After the speaker and cue, a phrase or clause of circumstance may follow: `"Why?" Lee said
  // about the delay.`, `"Yes!" Lee said as he left.`
  const circumstance = speechCues.has(w) && ['ADP', 'SCONJ'].includes(tokens[c + 1]?.pos ?? '') && !['that', 'to'].includes(word(text, tokens, c + 1));
  const before = (tail.short || circumstance) && source && pre < t0 ? quoteRightBefore(ctx, unit) : null;
  if (before) {
    const next = tail.nextQuote ?? quoteRightAfter(ctx, unit);
    return { content: next ? [before, { start: next.start, end: next.end }] : [before], cue, source, confidence: 0.85 };
  }
  // An opening "After saying X," phrase ends its content at its comma.
  let openerEnd = -1;
  if (!source && w.endsWith('ing')) source = earlierSpeaker(ctx, t0, c) ?? mainSubject(ctx, t0, c);
  if (!source && w.endsWith('ing')) {
    const opener = subjectAfterOpener(ctx, t0, c, t1);
    if (opener) ({ source, comma: openerEnd } = opener);
  }
  if (!source) return null;
  source = authorOf(ctx, source, c, t0);
  let s = c + 1;
  const particles = particleCues.get(lemma);
  if (particles && !particles.includes(word(text, tokens, s))) return null;
  if (stance) {
    const found = agentLike(ctx, source) ? stanceQuote(ctx, unit, t1, c, cue, source) : null;
    // "The PAC supporting Holt spent ...": a participle that modifies its noun takes only its
    // object; the main clause's verb ends it.
    const modifier = found && w.endsWith('ing') && ['NOUN', 'PROPN'].includes(tokens[c - 1]?.pos ?? '');
    if (!found || !modifier) return found;
    // "sent a letter to Senate leaders opposing ...", "asked about candidates seeking ...": a
    // noun after a verb or preposition is an object, and the participle may not be its stance.
    const before = tokens[tokenAt(tokens, source.start) - 1];
    const text_ = isTextNoun(word(text, tokens, c - 1)) || isDocument(word(text, tokens, c - 1));
    if (!text_ && before && ['ADP', 'VERB', 'AUX'].includes(before.pos) && tokenAt(tokens, source.start) > t0) return null;
    const first = tokenAt(tokens, found.content[0].start);
    return { ...found, content: [trimContent(text, { start: found.content[0].start, end: Math.min(found.content[0].end, objectPhraseEnd(ctx, first, t1, unit)) })] };
  }
  if (particles) s++;
  if (hearerCues.has(lemma)) {
    let k = s;
    while (k < t1 && k - s < 6 && ['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON', 'NUM'].includes(tokens[k].pos) && word(text, tokens, k) !== 'that') k++;
    // "told reporters that ...", "urged Congress to ..."; but "urges retaliation on Russia":
    // the noun phrase is the content, not a hearer.
    if (k >= t1 || ['to', 'that', ':', ',', '"'].includes(word(text, tokens, k)) || WH_OPENERS.has(word(text, tokens, k)) || ['VERB', 'AUX'].includes(tokens[k].pos)) s = k;
  }
  // `says of Clinton, "If she ..."`: a short "of/about/to" phrase before a quote is skipped.
  if (['of', 'about', 'to'].includes(word(text, tokens, s))) {
    let k = s + 1;
    while (k < t1 && k - s < 8 && word(text, tokens, k) !== ',' && tokens[k].pos !== 'VERB') k++;
    if (word(text, tokens, k) === ',' && text[tokens[k + 1]?.start ?? 0] === '"' && quoteRightAfterToken(ctx, k)) s = k + 1;
  }
  let hasThat = false;
  // "said (in a statement / at a stop in Toledo, Ohio,) that ...": skip the adverbials.
  // "said the spate of protests demands that ...": an article opens the clause's subject, unless
  // it opens a time phrase ("said this week that") or a hearer ("told a crowd in Ohio that").
  const subjectFirst = tokens[s]?.pos === 'DET' && !hearerCues.has(lemma) && ![1, 2].some((d) => TIME_WORDS.has(word(text, tokens, s + d)));
  for (let k = s; k < t1 && k - s < 14 && !subjectFirst; k++) {
    const kw = word(text, tokens, k);
    if (kw === 'that' && tokens[k].pos !== 'DET') {
      hasThat = true;
      s = k;
      break;
    }
    // A verb ends the search, unless it follows a noun or article (wink's "campaign stop").
    const mistagged = ['DET', 'ADJ', 'NOUN'].includes(tokens[k - 1]?.pos ?? '');
    if (((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !mistagged) || kw === '"' || (kw === ',' && k === s)) break;
  }
  if (s >= t1) return null;
  const opensQuote = text[tokens[s].start] === '"' || word(text, tokens, s) === ':' || word(text, tokens, s) === ',';
  // "asked whether ...", "wondered if ...": an embedded question is content, like a "that" clause.
  const question = WH_OPENERS.has(word(text, tokens, s));
  // "said after the convention he would ...": an adverbial phrase before the clause is skipped.
  const afterAdverbial = hasThat || opensQuote || question ? -1 : clauseAfterAdverbial(ctx, s, t1);
  if (afterAdverbial >= 0) s = afterAdverbial;
  // "one study found the plan would ...": a weak cue with a finite clause reports it.
  // "hopes to offset ...": a belief or intention verb with an infinitive, by a people-like subject.
  const intention = thoughtCues.has(w) && word(text, tokens, s) === 'to' && tokens[s + 1]?.pos === 'VERB' && agentLike(ctx, source);
  const clause = question || intention || afterAdverbial >= 0 || opensClause(ctx, s, t1);
  if ((weakCues.has(lemma) || WEAK_FORMS.has(w) || thoughtCues.has(w)) && !hasThat && !opensQuote && !clause) {
    if (!thoughtCues.has(w) || !['PRON', 'PROPN', 'DET'].includes(tokens[s].pos)) {
      // "Clinton mentioned the remarks", "Patriot agreed to lend ...": with a people-like
      // subject these take their object as content, like stance verbs.
      return objectTaking.has(lemma) && agentLike(ctx, source) ? stanceQuote(ctx, unit, t1, c, cue, source) : null;
    }
  }
  // "complained about his mic", "bragged about the polls": the topic is the content ("said
  // about 20 people ..." is a number).
  if (!hasThat && !opensQuote && !clause && word(text, tokens, s) === 'about' && s === c + 1 && tokens[s + 1]?.pos !== 'NUM') return agentLike(ctx, source) ? stanceQuote(ctx, unit, t1, c, cue, source) : null;
  // "Authorities announced on Friday the arrest of ...": an object after a day.
  const dayThenObject = word(text, tokens, s) === 'on' && TIME_WORDS.has(word(text, tokens, s + 1)) && ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(tokens[s + 2]?.pos ?? '');
  if (!hasThat && !opensQuote && !clause && dayThenObject && objectTaking.has(lemma)) return agentLike(ctx, source) ? stanceQuote(ctx, unit, t1, c, cue, source) : null;
  if (!hasThat && !opensQuote && !clause && tokens[s].pos === 'ADP' && word(text, tokens, s) !== 'to') return null;
  // "The residents, many of whom say X, met today": X ends where the relative clause does.
  const relativeEnd = openerEnd > 0 ? -1 : relativeClauseEnd(ctx, source, s, t1);
  const end = openerEnd > 0 ? openerEnd : relativeEnd > 0 ? relativeEnd : contentEnd(ctx, s, t1, unit);
  const content = trimContent(text, { start: tokens[s].start, end });
  const pronoun = tokens[tokenAt(tokens, source.start)].pos === 'PRON';
  return { content: [content], cue, source, confidence: pronoun ? 0.75 : 0.8 };
}

/**
 * "Mr Holt sent a letter opposing the plan": a participle after a text that is the object of a
 * verb speaks for that verb's subject, the text's author (else `source` is kept).
 * Example: for `opposing` there, with `source` "a letter", it gives "Mr Holt".
 */
function authorOf(ctx: CueContext, source: Span, c: number, t0: number): Span {
  const { text, tokens } = ctx;
  const noun = word(text, tokens, c - 1);
  if (!word(text, tokens, c).endsWith('ing') || tokens[c - 1]?.pos !== 'NOUN' || !(isTextNoun(noun) || isDocument(noun))) return source;
  let v = tokenAt(tokens, source.start) - 1;
  if (['out', 'up'].includes(word(text, tokens, v))) v--;
  if (v <= t0 || tokens[v].pos !== 'VERB' || insideQuote(ctx.quoted, tokens[v].start)) return source;
  return sourceBefore(text, tokens, v, t0) ?? source;
}

function according(ctx: CueContext, unit: Span, t0: number, t1: number, c: number): FoundQuote | null {
  const { text, tokens } = ctx;
  const cue = { start: tokens[c].start, end: tokens[c + 1].end };
  const next = tokens[c + 2];
  const source = sourceAfter(text, tokens, c + 1, t1) ?? (next && /^\p{L}/u.test(text[next.start]) ? next : null);
  if (!source) return null;
  let lead = t0;
  while (lead < c && ['CCONJ', 'PUNCT', 'ADV'].includes(tokens[lead].pos)) lead++;
  if (lead === c) {
    let s = tokenAt(tokens, source.end);
    if (word(text, tokens, s) === ',') s++;
    if (s >= t1) return null;
    return { content: [trimContent(text, { start: tokens[s].start, end: unit.end })], cue, source, confidence: 0.8 };
  }
  return { content: [trimContent(text, { start: unit.start, end: tokens[c].start })], cue, source, confidence: 0.8 };
}
