import type { Word } from './words.js';

/** How a line is cased: 'upper' (ALL CAPS headline), 'title' (Title Case Headline) or 'normal'. */
export type LineMode = 'upper' | 'title' | 'normal';

const LETTER = /\p{L}/u;
// Words a headline writer capitalises but a sentence never does.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'by', 'from', 'during', 'after', 'before', 'over', 'as', 'is', 'are', 'was', 'its', 'his', 'her', 'their', 'into', 'about', 'against', 'amid', 'says', 'said']);

/**
 * Decides a line's casing: in 'upper' and 'title' lines capital letters say nothing, so names
 * there are only matched against gazetteers and names the document spells in normal text.
 * Example: "SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN ." is 'upper'.
 */
export function lineMode(words: readonly Word[]): LineMode {
  let alpha = 0;
  let upper = 0;
  let cap = 0;
  let capFunction = 0;
  let numbers = 0;
  for (const w of words) {
    if (!w.cap && !isLetterStart(w.text) && !LETTER.test(w.text)) {
      if (/^\d/.test(w.text)) numbers++;
      continue;
    }
    alpha++;
    if (w.upper) upper++;
    if (w.cap) {
      cap++;
      if (!w.sentenceStart && FUNCTION_WORDS.has(w.text.toLowerCase())) capFunction++;
    }
  }
  if (alpha >= 1 && upper / alpha > 0.5) return 'upper';
  // a table row ("At The Oval : Surrey 468 ( C. Lewis 94 ...") is capitalised too, but full of numbers
  if (alpha >= 4 && cap / alpha >= 0.75 && (capFunction >= 2 || (capFunction === 1 && alpha <= 8)) && numbers < 3) return 'title';
  return 'normal';
}

function isLetterStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
