import type { MentionType } from '../../core/doc.js';
import { knownOrgs } from './orgs.data.js';
import { peoples } from './peoples.data.js';
import { demonymCountry, placeNames } from './places.data.js';
import type { Word } from './words.js';

const MAX_WORDS = 5;
const ALL_CAPS = /^[^\p{Ll}]+$/u;
const entries = new Map<string, MentionType>();
for (const name of placeNames) entries.set(name, 'LOC');
for (const name of demonymCountry.keys()) entries.set(name, 'MISC');
for (const name of peoples) entries.set(name, 'MISC');
for (const name of knownOrgs) entries.set(name, 'ORG');

/** The gazetteer type of an exact name: `gazetteerType('New Zealand')` is 'LOC'; undefined when unknown. */
export function gazetteerType(name: string): MentionType | undefined {
  const type = entries.get(name) ?? (name.length > 3 && ALL_CAPS.test(name) ? lowerEntries.get(name.toLowerCase()) : undefined);
  if (type || !name.endsWith('s')) return type;
  // plural demonyms and groups: "Americans", "New Zealanders", "Moslems"
  const one = name.slice(0, -1);
  return demonymCountry.has(one) || peoples.has(one) ? 'MISC' : undefined;
}

/**
 * Longest gazetteer entry starting at words[i] (words joined by one space), as a word count with
 * its type; `{ length: 0 }` when none. `lookup` may add document names (title-cased for all-caps
 * lines). Example: words of "New Zealand Prime Minister" at 0 give { length: 2, type: 'LOC' }.
 */
export function gazetteerMatch(
  words: readonly Word[],
  i: number,
  lookup: (name: string) => MentionType | undefined = gazetteerType,
  isPrefix: (name: string) => boolean = isGazetteerPrefix,
): { length: number; type?: MentionType } {
  let best: { length: number; type?: MentionType } = { length: 0 };
  if (!words[i].cap) return best;
  let name = '';
  for (let n = 1; n <= MAX_WORDS && i + n - 1 < words.length; n++) {
    const w = words[i + n - 1];
    if (n > 1 && w.start !== words[i + n - 2].end + 1) break;
    name = n === 1 ? w.text : name + ' ' + w.text;
    const type = lookup(name);
    if (type) best = { length: n, type };
    if (!isPrefix(name)) break;
  }
  return best;
}

/** Every proper word prefix of a gazetteer name ("New", "Bank of"), exact case and lower case. */
const prefixes = new Set<string>();
for (const name of entries.keys()) {
  const parts = name.split(' ');
  for (let n = 1; n < parts.length; n++) {
    const prefix = parts.slice(0, n).join(' ');
    prefixes.add(prefix);
    prefixes.add(prefix.toLowerCase());
  }
}

/**
 * True when some gazetteer name continues `name` with more words.
 * Example: `isGazetteerPrefix('New')` is true (New Zealand, New York); `isGazetteerPrefix('Iraq')` is false.
 */
export function isGazetteerPrefix(name: string): boolean {
  return prefixes.has(name) || (ALL_CAPS.test(name) && prefixes.has(name.toLowerCase()));
}

const lowerEntries = new Map<string, MentionType>();
for (const [name, type] of entries) if (!lowerEntries.has(name.toLowerCase())) lowerEntries.set(name.toLowerCase(), type);
// "US" and "IT" in ALL CAPS lines read as words too often only for these few
for (const word of ['us', 'it', 'who', 'act', 'fed', 'national', 'green', 'is', 'ap']) lowerEntries.delete(word);

/** Gazetteer type by lower-cased name, for ALL CAPS lines: `gazetteerTypeLower('england')` is 'LOC'. */
export function gazetteerTypeLower(lower: string): MentionType | undefined {
  return lowerEntries.get(lower);
}
