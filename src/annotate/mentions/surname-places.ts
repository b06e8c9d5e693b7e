import type { MentionType } from '../../core/doc.js';
import { contextType } from './context-cues.js';
import type { LinedName } from './words.js';

/**
 * A lone place name that is the surname of a person named in full in the same document is that
 * person, unless its own context makes it a place: with "MaliVai Washington" or "Darryn Hill" in
 * the article, "Washington said" and "Hill won" are people, "in Washington" stays a place.
 * Updates `names` and `known` (lower-cased names) in place.
 * Example: names of "Neil Jordan directed it. Jordan said ..." end with Jordan as PER.
 */
export function surnamesOverPlaces(names: LinedName[], known: Map<string, MentionType>): void {
  const surnames = new Set<string>();
  for (const n of names) if (n.type === 'PER' && n.words.length > 1) surnames.add(n.words[n.words.length - 1].text);
  if (surnames.size === 0) return;
  for (const n of names) {
    if (n.type !== 'LOC' || n.words.length !== 1 || !surnames.has(n.words[0].text)) continue;
    if (n.line && n.at !== undefined && contextType(n.line, n.at, n.at + 1) === 'LOC') continue;
    n.type = 'PER';
    known.set(n.words[0].text.toLowerCase(), 'PER');
  }
}
