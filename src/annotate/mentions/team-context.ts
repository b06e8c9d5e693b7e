import { countryDemonyms } from './places.data.js';
import type { Word } from './words.js';

const countries = new Set([...countryDemonyms.keys()].map((c) => c.toLowerCase()));
const SCORE = /^\d{1,3}$/;
const VERSUS = new Set(['beat', 'beats', 'v', 'vs', 'vs.', 'drew', 'lost', 'defeated', 'edged', 'routed', 'thrashed', 'hammered', 'downed']);

/**
 * A city, county or state playing a match is a team (an organisation): "Leeds 2 Newcastle 1",
 * "Hampshire beat Kent", "NEW YORK 72 58". Countries stay places (national sides are named by
 * their country). Example: `isTeamContext('Leeds', undefined, word('2'))` is true.
 */
export function isTeamContext(name: string, prev: Word | undefined, next: Word | undefined): boolean {
  if (countries.has(name.toLowerCase())) return false;
  const after = next?.text.toLowerCase() ?? '';
  const before = prev?.text.toLowerCase() ?? '';
  return SCORE.test(after) || VERSUS.has(after) || VERSUS.has(before);
}
