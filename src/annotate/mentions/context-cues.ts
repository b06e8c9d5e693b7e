import type { MentionType } from '../../core/doc.js';
import { businessNouns, kinNouns, orgNounsAfter, orgNounsBefore, placeNounsAfter, placeNounsBefore } from './context-cues.data.js';
import { gazetteerType } from './gazetteer.js';
import { roleHeads } from './titles.data.js';
import type { Word } from './words.js';

const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'wrote', 'asked', 'replied', 'argued', 'stated', 'insisted', 'warned', 'noted', 'acknowledged', 'admitted', 'believes', 'thinks', 'wants', 'stressed']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'across', 'into', 'toward', 'towards']);
const NOUNISH = new Set(['NOUN', 'ADJ', 'PROPN']);
const AGE = /^(?:1\d|[2-9]\d|10\d)$/;

/**
 * What the words around a name say it is, or undefined: a speech verb or an age after it, or a
 * role or family noun before it, means a person ("X said", "X , 45 ,", "president X", "his wife X");
 * a place preposition or noun a place ("in X", "the town of X", "X province", "X , Scotland");
 * a press or business noun an organisation ("the daily X", "X shares", "X 's profits"). Only the
 * place-noun, organisation, speech and age cues apply to a name of several words (`lone: false`).
 * `line` holds the words of the name's line; the name is line[start, end).
 * Example: in "the town of Arbil", `contextType(line, 4, 5)` is 'LOC'.
 */
export function contextType(line: readonly Word[], start: number, end: number, { lone = true } = {}): MentionType | undefined {
  const p1 = lower(line[start - 1]);
  const p2 = lower(line[start - 2]);
  const n1 = lower(line[end]);
  const n2 = line[end + 1];
  // "the town of Bou Haroun", "police in Liege said": a place cue outweighs a speech verb
  if (placeNounsBefore.has(p1) || (p1 === 'of' && placeNounsBefore.has(p2)) || placeNounsAfter.has(n1)) return 'LOC';
  if (lone && PLACE_PREPS.has(p1)) return 'LOC';
  if (orgNounsBefore.has(p1) || orgNounsAfter.has(n1)) return 'ORG';
  // "Comelf 's six-month output", "Lomason 's profits": business words owned by the name
  if (n1 === "'s" && (businessNouns.has(lower(n2)) || businessNouns.has(lower(line[end + 2])))) return 'ORG';
  if (SPEECH.has(n1) && end - start <= 3) return 'PER';
  if (n1 === ',' && n2 && AGE.test(n2.text) && lower(line[end + 2]) === ',') return 'PER';
  if (!lone) return undefined;
  if (roleHeads.has(p1) || kinNouns.has(p1)) return line[start - 1].cap ? undefined : 'PER';
  // "Lockerbie , Scotland ,", not "Automakers , U.S. agency" nor "Comelf , Romania 's"
  const n3 = line[end + 2];
  if (n1 === ',' && n2?.cap && gazetteerType(n2.text) === 'LOC' && !(n3 && (n3.text === "'s" || NOUNISH.has(n3.pos)))) return 'LOC';
  return undefined;
}

function lower(w: Word | undefined): string {
  return w ? w.text.toLowerCase() : '';
}
