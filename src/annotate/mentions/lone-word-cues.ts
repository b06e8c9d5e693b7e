import type { MentionType } from '../../core/doc.js';
import { contextType } from './context-cues.js';
import type { LinedName, Word } from './words.js';

const TYPES: readonly MentionType[] = ['PER', 'ORG', 'LOC'];
const LIST_LINKS = new Set([',', 'and', 'or', '&']);

/**
 * One type per lone unknown word for the whole document, from the cues around all its
 * occurrences ("in Arbil" twice and "Arbil" alone: every "Arbil" is a place) and from the names
 * it is listed with ("Breisach , Kehl and Freiburg" with Freiburg a known place); a tie gives none.
 * `names` are all candidates, typed where strong evidence settled them.
 * Example: candidates of "Kenya , Ruvuma and Uganda" give ruvuma -> 'LOC'.
 */
export function loneWordCues(names: readonly LinedName[]): Map<string, MentionType> {
  const byFirst = new Map<Word, LinedName>();
  const byLast = new Map<Word, LinedName>();
  for (const n of names) {
    byFirst.set(n.words[0], n);
    byLast.set(n.words[n.words.length - 1], n);
  }
  const votes = new Map<string, number[]>();
  const vote = (key: string, type: MentionType | undefined) => {
    if (!type || type === 'MISC') return;
    const v = votes.get(key) ?? votes.set(key, [0, 0, 0]).get(key)!;
    v[TYPES.indexOf(type)]++;
  };
  for (const c of names) {
    if (c.type || c.words.length !== 1 || c.titleOnly || !c.line || c.at === undefined) continue;
    const key = c.words[0].text.toLowerCase();
    vote(key, contextType(c.line, c.at, c.at + 1));
    // a list: "X and Y", or commas on both sides ("A , X , B"); not "In X , Marc Newfield homered"
    const before = c.line[c.at - 1]?.text ?? '';
    const after = c.line[c.at + 1]?.text ?? '';
    const listed = (LIST_LINKS.has(before) && LIST_LINKS.has(after)) || (before !== ',' && LIST_LINKS.has(before)) || (after !== ',' && LIST_LINKS.has(after));
    if (!listed) continue;
    const left = LIST_LINKS.has(before) ? byLast.get(c.line[c.at - 2]) : undefined;
    const right = LIST_LINKS.has(after) ? byFirst.get(c.line[c.at + 2]) : undefined;
    if (left?.type !== 'ORG') vote(key, left?.type);
    if (right?.type !== 'ORG') vote(key, right?.type);
  }
  const cues = new Map<string, MentionType>();
  for (const [key, v] of votes) {
    const best = v.indexOf(Math.max(...v));
    if (v.filter((n) => n === v[best]).length === 1) cues.set(key, TYPES[best]);
  }
  return cues;
}
