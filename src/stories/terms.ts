import { stopwords } from './stopwords.data.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * A light suffix-stripping stem (plural, -ing, -ed, possessive), enough to meet "strikes"
 * with "strike" and "troops" with "troop" without a full Porter stemmer.
 * Example: `stem('militants') === 'militant'`, `stem('bombing') === 'bomb'`.
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s?$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.length > 3 && /([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Counts the content terms of `text`: lower-cased, stemmed, without stopwords, numbers or
 * one- and two-letter tokens. Adds into `into` when given.
 * Example: `termCounts('Troops were sent; more troops followed.')` → Map {troop: 2, sent: 1, follow: 1}.
 */
export function termCounts(text: string, into: Map<string, number> = new Map()): Map<string, number> {
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    if (lower.length < 3 || stopwords.has(lower) || /^[\d'’-]+$/.test(lower)) continue;
    const term = stem(lower);
    if (term.length < 3 || stopwords.has(term)) continue;
    into.set(term, (into.get(term) ?? 0) + 1);
  }
  return into;
}
