import type { MentionType } from '../../core/doc.js';
import { orgAliasGroups } from '../mentions/orgs.data.js';
import { placeAliases } from '../mentions/places.data.js';

const orgCanonical = new Map<string, string>();
for (const group of orgAliasGroups) for (const name of group) orgCanonical.set(name.toLowerCase(), group[0]);

/**
 * A name with editorial brackets, a leading "the", possessive and doubled spaces removed.
 * Example: `cleanName("the [Haider] al-Abadi's")` is "Haider al-Abadi".
 */
export function cleanName(name: string): string {
  return name.replace(/[[\]]/g, '').replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

/**
 * The canonical form of an organisation or place name when a lexicon knows it:
 * `canonicalName('Isis', 'ORG')` is "Islamic State", `canonicalName('U.S.', 'LOC')` "United States".
 * Case is ignored for organisations ("ISIS" = "Isis"); "Labour party" = "Labour Party".
 */
export function canonicalName(name: string, type: MentionType): string | undefined {
  const clean = cleanName(name);
  if (type === 'ORG' || type === 'MISC') return orgCanonical.get(clean.toLowerCase());
  if (type === 'LOC') return placeAliases.get(clean);
  return undefined;
}

/**
 * The key two mentions of one article share when they name the same referent (type + lower-cased name).
 * Example: `nameKey('ISIS', 'ORG')` and `nameKey('Isis', 'ORG')` are both "ORG:islamic state".
 */
export function nameKey(name: string, type: MentionType): string {
  const clean = canonicalName(name, type) ?? cleanName(name);
  return `${type}:${clean.toLowerCase()}`;
}

/**
 * Initials of a multi-word name's capitalised words, for acronym matching:
 * `initials('Special Air Service')` is "SAS", `initials('Bank of England')` "BOE".
 */
export function initials(name: string): string {
  const words = cleanName(name).split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return '';
  return words.map((w) => w[0]).join('').toUpperCase();
}

/**
 * True when `short` is an acronym ("SAS", "U.N.") of `long`.
 * Example: `isAcronymOf('SAS', 'Special Air Service')` is true.
 */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/\./g, '');
  if (!/^[A-Z]{2,6}$/.test(letters)) return false;
  const full = initials(long);
  return full === letters || initials(long.split(/\s+/).filter((w) => !/^(of|the|and|for|de)$/i.test(w)).join(' ')) === letters;
}
