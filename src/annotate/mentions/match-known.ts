import type { Mention, MentionType } from '../../core/doc.js';
import { gazetteerMatch, gazetteerTypeLower, isGazetteerPrefix } from './gazetteer.js';
import { isTeamContext } from './team-context.js';
import type { Word } from './words.js';

/**
 * Mentions in an ALL CAPS or Title Case line, where capitals say nothing: only gazetteer names
 * and names this document spells in normal text (`known`, lower-cased) are taken, longest first.
 * Example: "SHEARER NAMED AS ENGLAND CAPTAIN" with known {shearer: PER} gives SHEARER (PER), ENGLAND (LOC).
 */
export function matchKnownNames(words: readonly Word[], known: ReadonlyMap<string, MentionType>): Mention[] {
  const lookup = (name: string): MentionType | undefined => {
    const lower = name.toLowerCase();
    return known.get(lower) ?? gazetteerTypeLower(lower);
  };
  const knownPrefixes = new Set<string>();
  for (const name of known.keys()) {
    const parts = name.split(' ');
    for (let n = 1; n < parts.length; n++) knownPrefixes.add(parts.slice(0, n).join(' '));
  }
  const isPrefix = (name: string): boolean => {
    const lower = name.toLowerCase();
    return knownPrefixes.has(lower) || isGazetteerPrefix(lower);
  };
  const mentions: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i].cap) { i++; continue; }
    const match = gazetteerMatch(words, i, lookup, isPrefix);
    if (match.length === 0) { i++; continue; }
    const last = words[i + match.length - 1];
    const name = words.slice(i, i + match.length).map((w) => w.text).join(' ');
    const type = match.type === 'LOC' && isTeamContext(name, words[i - 1], words[i + match.length]) ? 'ORG' : match.type!;
    mentions.push({ start: words[i].start, end: last.end, type, kind: 'name' });
    i += match.length;
  }
  return mentions;
}
