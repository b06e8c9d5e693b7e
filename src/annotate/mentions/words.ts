import type { MentionType, Token } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

/** A word for name chunking: tokens glued by a hyphen ("al-Assad") become one word. */
export interface Word extends Span {
  readonly text: string;
  readonly pos: string;
  /** First letter is upper case ("Key", "al-Assad" counts through its particle). */
  readonly cap: boolean;
  /** Every letter is upper case and there are at least two ("SAS", "ISIS"). */
  readonly upper: boolean;
  /** First word of a sentence, or right after an opening quote, bracket, colon or dash there. */
  sentenceStart: boolean;
}

/**
 * A candidate name as find-mentions keeps it: its words, its type once known, and the words of
 * its line with the index where the name starts in it (`line[at]`), for the context cues.
 */
export interface LinedName {
  words: Word[];
  type?: MentionType;
  /** Only title words ("Bishop", "General"): a name only when the document uses it as a surname. */
  readonly titleOnly?: boolean;
  readonly line?: readonly Word[];
  readonly at?: number;
}

const PARTICLE_CAP = /^(al|el|ad|as|an|ash|at|az|bin|ibn|abu|bel|ben|da|de|del|della|di|du|dos|la|le|van|von|mc|mac|o)['-]\p{Lu}/u;
const UPPER_START = /^\p{Lu}/u;
const DIGIT_NAME = /^\d+\p{Lu}\p{Ll}/u;
const PARTICLE_FIRST = new Set([...'aebdlvmo'].map((ch) => ch.charCodeAt(0)));
const HAS_LOWER = /\p{Ll}/u;
const LETTERS2 = /\p{L}.*\p{L}/u;

/**
 * Makes a Word from `text.slice(start, end)`.
 * Example: `makeWord('al-Assad', 0, 8, 'PROPN').cap` is true.
 */
export function makeWord(text: string, start: number, end: number, pos: string): Word {
  const value = text.slice(start, end);
  const c = value.charCodeAt(0);
  // fast path: most words start with a plain lower-case letter that no name particle starts with
  const plainLower = c >= 97 && c <= 122 && !PARTICLE_FIRST.has(c);
  const cap = !plainLower && (UPPER_START.test(value) || PARTICLE_CAP.test(value) || (c >= 48 && c <= 57 && DIGIT_NAME.test(value)));
  const upper = cap && !HAS_LOWER.test(value) && LETTERS2.test(value);
  return { start, end, text: value, pos, cap, upper, sentenceStart: false };
}

const OPENERS = new Set(['"', "'", '(', '[', ':', '-', '--', '—', '–', '`', '``', '*', '•']);

/**
 * Words of tokens[from, to): hyphen-glued alphabetic tokens are merged ("Coca", "-", "Cola" ->
 * "Coca-Cola"); `sentenceStarts` (token start offsets) mark sentence-initial words.
 * Example: tokens of "President Bashar al-Assad's" give President, Bashar, al-Assad, 's.
 */
export function buildWords(text: string, tokens: readonly Token[], from: number, to: number, sentenceStarts: ReadonlySet<number>): Word[] {
  const words: Word[] = [];
  let atStart = true;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (sentenceStarts.has(t.start)) atStart = true;
    let end = t.end;
    let j = i;
    while (j + 2 < to && tokens[j + 1].start === end && text[end] === '-' && tokens[j + 1].end === end + 1 && tokens[j + 2].start === end + 1 && isAlpha(text, end + 1)) {
      end = tokens[j + 2].end;
      j += 2;
    }
    // "3News": a number glued to a capitalised word is one name
    if (t.pos === 'NUM' && j + 1 < to && tokens[j + 1].start === t.end && UPPER_START.test(text[t.end]) && !/[.,:]/.test(text[t.end - 1])) {
      end = tokens[j + 1].end;
      j++;
    }
    const word = makeWord(text, t.start, end, t.pos);
    if (atStart) {
      if (OPENERS.has(word.text)) {
        words.push(word);
        i = j;
        continue;
      }
      word.sentenceStart = true;
      atStart = false;
    }
    if (word.text === ':' || word.text === '-' || word.text === '--') atStart = true;
    words.push(word);
    i = j;
  }
  return words;
}

function isAlpha(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}
