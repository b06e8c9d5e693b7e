import type { LinedName, Word } from './words.js';

const QUOTES = new Set(['"', '“', '”', "'", '``', "''"]);
const MAX_NICKNAME = 5;

/**
 * Joins a person's quoted nickname and surname to the given name before it, so the surname is
 * known as the person's: `Roberto "Hands of Stone" Duran` becomes one person (and a later "Duran"
 * is that person). Only after a name already typed PER; the surname is one or two capitalised words.
 * Returns the names left (the nickname's and the surname's own candidates are dropped).
 * Example: candidates [Roberto/PER, Hands of Stone, Duran] of that line give [Roberto "Hands of Stone" Duran/PER].
 */
export function joinNicknames<T extends LinedName>(names: T[]): T[] {
  const byStart = new Map<number, T>();
  for (const n of names) if (n.line && n.at !== undefined) byStart.set(n.words[0].start, n);
  const dropped = new Set<T>();
  for (const n of names) {
    if (n.type !== 'PER' || !n.line || n.at === undefined || dropped.has(n)) continue;
    const line = n.line;
    const open = n.at + n.words.length;
    if (!QUOTES.has(line[open]?.text ?? '')) continue;
    let close = open + 1;
    while (close < line.length && close <= open + MAX_NICKNAME && !QUOTES.has(line[close].text)) close++;
    if (close === open + 1 || !QUOTES.has(line[close]?.text ?? '') || !line[open + 1].cap) continue;
    const surname = line[close + 1] && byStart.get(line[close + 1].start);
    if (!surname || surname.words.length > 2 || surname.line !== line) continue;
    for (const m of names) if (m !== n && m.words[0].start > line[open].start && m.words[0].start <= surname.words[0].start) dropped.add(m);
    n.words = line.slice(n.at, close + 1 + surname.words.length) as Word[];
  }
  return dropped.size ? names.filter((n) => !dropped.has(n)) : names;
}
