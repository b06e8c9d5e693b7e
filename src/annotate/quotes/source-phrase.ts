import type { Token } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { cueModifiers } from './cues.data.js';

const NOUN_PHRASE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const HEADS = new Set(['PROPN', 'NOUN']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'which', 'that', 'both', 'some', 'many', 'others', 'one', 'all',
  'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody']);

/** Words of time phrases and occasions ("on Tuesday", "in a statement"), lower case. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'earlier', 'later', 'recently', 'ago',
  'conference', 'interview', 'statement', 'speech', 'rally', 'debate', 'hearing', 'appearance', 'event']);

const YEAR = /^(1[89]|20)\d\d$/;
// "Eight years ago, he ... and said", "two weeks later said": lengths of time are no speakers.
const TIME_SPANS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);
const DASHES = new Set(['--', '\u2014', '\u2015', '\u2013']);

function skipModifiers(text: string, tokens: readonly Token[], i: number, floor: number): number {
  while (i >= floor && (cueModifiers.has(word(text, tokens, i)) || tokens[i].pos === 'ADV' || tokens[i].pos === 'PART') && !SUBJECT_PRONOUNS.has(word(text, tokens, i))) {
    // wink tags some surnames as adverbs ("Jolly said"): a capitalised word that is no known
    // modifier is the speaker.
    if (/^[A-Z]/.test(text[tokens[i].start]) && !cueModifiers.has(word(text, tokens, i)) && tokens[i].pos === 'ADV') break;
    i--;
  }
  return i;
}

let cachedTokens: readonly Token[] | null = null;
let cachedWords: string[] = [];

/**
 * The lower-cased surfaces of all tokens (computed once per token array), for loops over a
 * whole unit. Example: `words(text, tokens)[3]` equals `word(text, tokens, 3)`.
 */
export function words(text: string, tokens: readonly Token[]): readonly string[] {
  word(text, tokens, 0);
  return cachedWords;
}

/** The lower-cased surface of token `i` (computed once per token array). */
export function word(text: string, tokens: readonly Token[], i: number): string {
  if (tokens !== cachedTokens) {
    cachedTokens = tokens;
    cachedWords = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  }
  return cachedWords[i] ?? '';
}

/**
 * The speaker phrase that ends right before token `cue` (skipping "has", "also" ...): a
 * subject pronoun ("he", "who") or a noun phrase headed by a noun or name ("Labour MP Phil
 * Goff", "a source"). Skips an appositive or relative clause between commas
 * ("Mr Key, who ..., said"). Never looks before token `floor`.
 * Example: in "Mr Key has said it", `sourceBefore(text, tokens, 3, 0)` spans "Mr Key".
 */
export function sourceBefore(text: string, tokens: readonly Token[], cue: number, floor: number): Span | null {
  let i = skipModifiers(text, tokens, cue - 1, floor);
  // "went on to name", "used to support", "were more likely to want": a catenative verb or
  // adjective with "to" sits between the subject and the cue.
  for (let guard = 0; guard < 2 && i > floor && word(text, tokens, i + 1) === 'to'; guard++) {
    let j = i;
    if (tokens[j].pos === 'ADP' && tokens[j - 1]?.pos === 'VERB' && j - 1 > floor) j--;
    if (!['VERB', 'ADJ', 'AUX'].includes(tokens[j].pos)) break;
    i = skipModifiers(text, tokens, j - 1, floor);
  }
  // "Sanders on Tuesday said", "this morning said": a time phrase is not the speaker.
  // "who in 2010 said", "a panel in 2001 found": a year is a time phrase too.
  const timeWord = (k: number) => TIME_WORDS.has(word(text, tokens, k)) || (YEAR.test(word(text, tokens, k)) && word(text, tokens, k - 1) === 'in');
  for (let guard = 0; guard < 3 && i >= floor && timeWord(i); guard++) {
    i--;
    while (i >= floor && (['DET', 'ADJ', 'NUM'].includes(tokens[i].pos) || TIME_WORDS.has(word(text, tokens, i))) && !SUBJECT_PRONOUNS.has(word(text, tokens, i))) i--;
    if (i >= floor && tokens[i].pos === 'ADP') i--;
    i = skipModifiers(text, tokens, i, floor);
  }
  if (i < floor) return null;
  // "He smiled and said", "Mr Key has not ruled it out but said": the clause's subject.
  if (tokens[i].pos === 'CCONJ') return clauseSubject(text, tokens, floor, i);
  if (word(text, tokens, i) === ')') {
    // "Rep. Stephen Lynch (D-Mass.) said": the name before the bracket.
    let j = i - 1;
    while (j > floor && i - j < 12 && word(text, tokens, j) !== '(') j--;
    if (word(text, tokens, j) === '(') i = j - 1;
  }
  // "Kall -- co-editor of a book on debates -- said": the name before a dashed appositive.
  // Normalised text writes a spaced em dash as " - ": "Many speakers - including priests - said".
  const dash = (k: number) => DASHES.has(word(text, tokens, k)) || (word(text, tokens, k) === '-' && text[tokens[k].start - 1] === ' ' && text[tokens[k].end] === ' ');
  if (dash(i) && i > floor) {
    let j = i - 1;
    while (j > floor && i - j < 30 && !dash(j)) j--;
    if (dash(j) && j - 1 >= floor) return nounPhraseEndingAt(text, tokens, j - 1, floor);
    return null;
  }
  if (i < floor) return null;
  if (word(text, tokens, i) === ',') {
    // "Hugh Hill, a doctor, said" / "Mr Key, who has ..., said": the phrase before the first comma.
    let j = i - 1;
    while (j > floor && j > i - 30 && word(text, tokens, j) !== ',' && word(text, tokens, j) !== '"') j--;
    // "..., the losses would outstrip the gains, said Batchelder": a clause between the commas
    // is not an appositive (a relative clause is: "Mr Key, who has ..., said").
    if (clauseBetween(text, tokens, j + 1, i)) return null;
    if (j > floor && word(text, tokens, j) === ',') {
      // Several appositives ("Scott Pruitt, the attorney general of Oklahoma, one of the
      // states suing, said"): the name right after a quote or at the clause start.
      let k = j - 1;
      while (k > floor && j - k < 40 && word(text, tokens, k) !== '"') k--;
      if (word(text, tokens, k) === '"' || k === floor) {
        const after = sourceAfter(text, tokens, k === floor && word(text, tokens, k) !== '"' ? k - 1 : k, j);
        if (after) return after;
      }
    }
    if (j <= floor || word(text, tokens, j) !== ',') return null;
    // "And Sen. Rob Pell (R-Ohio), another incumbent, said": the name before the bracket.
    return nounPhraseEndingAt(text, tokens, beforeBracket(text, tokens, j - 1, floor), floor);
  }
  // "Thirty percent of those polled say", "voters surveyed said": a poll's respondents.
  if (POLLED.has(word(text, tokens, i)) && i - 1 > floor) {
    const those = word(text, tokens, i - 1) === 'those' && word(text, tokens, i - 2) === 'of';
    const head = nounPhraseEndingAt(text, tokens, those ? i - 3 : i - 1, floor);
    if (head && (those || tokens[i - 1].pos === 'NOUN')) return { start: head.start, end: tokens[i].end };
  }
  const phrase = nounPhraseEndingAt(text, tokens, i, floor);
  // "a speech that included Trump vowing to ...": before a participle the phrase is its subject.
  if (!phrase || word(text, tokens, cue).endsWith('ing')) return phrase;
  return relativeAntecedent(text, tokens, phrase, floor) ?? phrase;
}

const POLLED = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled']);
const RELATIVE_SUBJECTS = new Set(['who', 'that']);

/**
 * When `phrase` is the object inside a restrictive relative clause right before the cue, the
 * noun the clause modifies: in "Even voters who backed the plan warned" the phrase before
 * "warned" is "the plan", and the speaker is "voters". Also when wink tags the relative
 * clause's verb as a noun ("economists who favor/NOUN consumption taxes agree"). Else null.
 */
function relativeAntecedent(text: string, tokens: readonly Token[], phrase: Span, floor: number): Span | null {
  let k = tokenAtStart(tokens, phrase.start) - 1;
  if (k <= floor) return null;
  const first = tokenAtStart(tokens, phrase.start);
  const mistagged = word(text, tokens, k) === 'who' && tokens[first].pos === 'NOUN' && /^[a-z]/.test(text[tokens[first].start]) && first < tokenAtStart(tokens, phrase.end - 1);
  if (!mistagged) {
    if (!['VERB', 'ADP'].includes(tokens[k].pos)) return null;
    let seenVerb = false;
    for (; k > floor && !RELATIVE_SUBJECTS.has(word(text, tokens, k)); k--) {
      const pos = tokens[k].pos;
      if (pos === 'PUNCT' || pos === 'CCONJ' || pos === 'SCONJ' || (pos === 'PRON' && SUBJECT_PRONOUNS.has(word(text, tokens, k)))) return null;
      if (pos === 'VERB') seenVerb = true;
    }
    // A subject relative: the relative word is followed by its verb ("who backed", "that has").
    if (!seenVerb || !RELATIVE_SUBJECTS.has(word(text, tokens, k)) || !['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '')) return null;
  }
  if (k - 1 < floor || !HEADS.has(tokens[k - 1].pos)) return null;
  return nounPhraseEndingAt(text, tokens, k - 1, floor);
}

// The index of the token that starts at or covers offset `at`.
function tokenAtStart(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// The token before the "(" of a bracket that closes at token i ("Pell (R-Ohio)" gives "Pell"),
// or i when token i is no ")".
function beforeBracket(text: string, tokens: readonly Token[], i: number, floor: number): number {
  if (word(text, tokens, i) !== ')') return i;
  let j = i - 1;
  while (j > floor && i - j < 12 && word(text, tokens, j) !== '(') j--;
  return word(text, tokens, j) === '(' ? j - 1 : i;
}

// True when tokens [from, to) hold a finite auxiliary before any relative word ("a minister
// who is a critic" is an appositive; "the losses would outstrip the gains" a clause).
function clauseBetween(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = word(text, tokens, k);
    if (/^(who|which|whose|whom|where|when|that)$/.test(w)) return false;
    if (tokens[k].pos === 'AUX' && !/^(be|been|being)$/.test(w)) return true;
  }
  return false;
}

/**
 * The noun phrase (or subject pronoun) ending at token `i`, never before token `floor`.
 * Example: in "Labour MP Phil Goff's claim", ending at "Goff" it spans "Labour MP Phil Goff".
 */
export function nounPhraseEndingAt(text: string, tokens: readonly Token[], i: number, floor: number): Span | null {
  if (i < floor) return null;
  const w = word(text, tokens, i);
  // "many of whom say": the quantifier phrase of a relative pronoun.
  if (w === 'whom' && word(text, tokens, i - 1) === 'of' && i - 2 >= floor && ['ADJ', 'DET', 'NUM', 'PRON'].includes(tokens[i - 2].pos)) return { start: tokens[i - 2].start, end: tokens[i].end };
  if (tokens[i].pos === 'PRON') return SUBJECT_PRONOUNS.has(w) ? tokens[i] : null;
  // "Two in three said", "43 said": a number can head the phrase (poll shares).
  if (tokens[i].pos === 'NUM') return numberPhrase(text, tokens, i, floor);
  if (!HEADS.has(tokens[i].pos) && (!/^[A-Z]/.test(text[tokens[i].start]) || ['ADP', 'SCONJ', 'CCONJ'].includes(tokens[i].pos))) return null;
  let start = i;
  let j = i - 1;
  while (j >= floor && i - j < 9) {
    const jw = word(text, tokens, j);
    const pos = tokens[j].pos;
    // A hyphen joins only inside a word ("Co-leader"); " - " is a dateline or a dash.
    const joined = jw === '-' && text[tokens[j].start - 1] !== ' ' && text[tokens[j].end] !== ' ';
    // "the Smiths' house": a bare apostrophe joins only right after a plural noun.
    const plural = jw === "'" && /s/i.test(text[tokens[j].start - 1] ?? '');
    // wink tags some first names as verbs ("Josh/VERB Earnest"): a capitalised word before a name.
    const nameWord = /^[A-Z]/.test(text[tokens[j].start]) && tokens[j + 1]?.pos === 'PROPN' && (pos === 'VERB' || pos === 'ADV');
    if (NOUN_PHRASE.has(pos) || nameWord || jw === "'s" || plural || jw === '.' || joined || (jw === 'of' && HEADS.has(tokens[j - 1]?.pos ?? ''))) {
      start = j;
      j--;
      // An article opens the phrase ("sure the council": not "sure"), unless "of" joins it on.
      if (pos === 'DET' && word(text, tokens, j) !== 'of') break;
      continue;
    }
    if (pos === 'PRON' && (jw === 'his' || jw === 'her' || jw === 'their' || jw === 'its' || jw === 'our' || jw === 'my')) {
      start = j;
    }
    break;
  }
  while (start < i && ['of', "'s", '-', '.'].includes(word(text, tokens, start))) start++;
  return { start: tokens[start].start, end: tokens[i].end };
}

// "More than six in 10", "Two in three", "43": a count, with "in N" and "more than" before it.
function numberPhrase(text: string, tokens: readonly Token[], i: number, floor: number): Span | null {
  let start = i;
  if (word(text, tokens, i - 1) === 'in' && tokens[i - 2]?.pos === 'NUM' && i - 2 >= floor) start = i - 2;
  while (start - 1 >= floor && ['than', 'more', 'less', 'fewer', 'about', 'nearly', 'almost', 'some', 'over', 'only', 'just'].includes(word(text, tokens, start - 1))) start--;
  if (start - 1 >= floor && tokens[start - 1].pos !== 'PUNCT' && tokens[start - 1].pos !== 'CCONJ' && tokens[start - 1].pos !== 'SCONJ') return null;
  return { start: tokens[start].start, end: tokens[i].end };
}

/**
 * The speaker phrase right after token `cue` ("said Mr Key", "according to the poll"), up to
 * token `ceiling` (exclusive). Example: in "..., said Mr Key." it spans "Mr Key".
 */
export function sourceAfter(text: string, tokens: readonly Token[], cue: number, ceiling: number): Span | null {
  let i = cue + 1;
  if (i >= ceiling) return null;
  const w = word(text, tokens, i);
  if (tokens[i].pos === 'PRON') return SUBJECT_PRONOUNS.has(w) || w === 'him' || w === 'her' || w === 'them' ? tokens[i] : null;
  let end = -1;
  while (i < ceiling && i - cue < 10) {
    const iw = word(text, tokens, i);
    const pos = tokens[i].pos;
    if (NOUN_PHRASE.has(pos) || iw === "'s" || (pos === 'PRON' && ['his', 'her', 'their', 'its'].includes(iw)) || (iw === 'of' && end >= 0)) {
      if (HEADS.has(pos) || pos === 'NUM') end = i;
      i++;
      continue;
    }
    break;
  }
  if (end < 0 || TIME_WORDS.has(word(text, tokens, end))) return null;
  return { start: tokens[cue + 1].start, end: tokens[end].end };
}

/** The first subject-like phrase of a clause: a name run or a subject pronoun at token `from`. */
export function clauseSubject(text: string, tokens: readonly Token[], from: number, cue: number): Span | null {
  // An opening phrase ("In August, ...", "At the rally, ...") is not the subject.
  const opener = tokens[from]?.pos === 'VERB' && word(text, tokens, from).endsWith('ing');
  if (tokens[from]?.pos === 'ADP' || tokens[from]?.pos === 'SCONJ' || opener) {
    let k = from;
    while (k < cue && k - from < 12 && word(text, tokens, k) !== ',') k++;
    if (k < cue && word(text, tokens, k) === ',') from = k + 1;
  }
  for (let i = from; i < cue; i++) {
    if (TIME_WORDS.has(word(text, tokens, i)) || TIME_SPANS.has(word(text, tokens, i))) continue;
    const pos = tokens[i].pos;
    if (pos === 'PRON' && SUBJECT_PRONOUNS.has(word(text, tokens, i))) return tokens[i];
    if (HEADS.has(pos)) {
      let j = i;
      while (j + 1 < cue && (HEADS.has(tokens[j + 1].pos) || word(text, tokens, j + 1) === "'s")) j++;
      return { start: tokens[i].start, end: tokens[j].end };
    }
    if (pos === 'VERB' || pos === 'AUX') return null;
  }
  return null;
}
