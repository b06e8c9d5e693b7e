/**
 * True when `text` reads as a whole sentence: it opens with a capital, digit or opening mark, closes
 * with terminal punctuation, has balanced double quotes and is not an all-capitals label line.
 * Sentence splitting errors ("com) that while he was...", `"I think "Star Wars' is`) fail it.
 * Example: `completeSentence('The tribe voted.')` is true; `completeSentence('the tribe voted')` is false.
 */
export function completeSentence(text: string): boolean {
  if (!/^["'(]?[A-Z0-9]/.test(text)) return false;
  if (!/[.!?]["')]*$/.test(text)) return false;
  let quotes = 0;
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch === '"') quotes++;
    else if (ch >= 'A' && ch <= 'Z') { upper++; letters++; } else if (ch >= 'a' && ch <= 'z') letters++;
  }
  return quotes % 2 === 0 && upper <= letters * 0.5;
}
