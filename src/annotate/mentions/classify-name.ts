import type { MentionType } from '../../core/doc.js';
import { firstNames } from './first-names.data.js';
import { gazetteerType } from './gazetteer.js';
import { knownOrgs, orgHeads } from './orgs.data.js';
import { commonWords } from './token-types.data.js';
import { roleWords } from './titles.data.js';
import { tokenTypeScore } from './token-types.js';
import type { Word } from './words.js';

/** What the document and the neighbourhood say about a candidate name. */
export interface NameContext {
  readonly honorific: boolean;
  /** Title words stripped off the front ("Prime Minister"). */
  readonly hasTitle: boolean;
  readonly prev?: Word;
  readonly next?: Word;
  /** Names already typed in this document, lower-cased: "john key" -> PER. */
  readonly known?: ReadonlyMap<string, MentionType>;
  /** What the words around the name (all its occurrences, for a lone word) say it is: see contextType. */
  readonly cue?: MentionType;
}

const LOC_HEADS = new Set(['Road', 'Street', 'St', 'Avenue', 'Bridge', 'Park', 'Square', 'Stadium', 'Airport', 'Island', 'Islands', 'Mountains', 'Mountain', 'River', 'Valley', 'Hills', 'Beach', 'Bay', 'Lake', 'Republic', 'Province', 'Region', 'County', 'District', 'Wells', 'Gardens', 'Ground', 'Coast', 'Peninsula', 'Strait', 'Canal', 'Desert', 'Sea', 'Ocean', 'Heights', 'Falls', 'Springs', 'City', 'Town', 'Village', 'Harbour', 'Harbor', 'Port', 'Mount', 'Cape', 'Camp']);
const MISC_HEADS = new Set(['Amendment', 'Cup', 'Championship', 'Championships', 'Open', 'Games', 'Olympics', 'Olympic', 'Trophy', 'Prize', 'Award', 'Awards', 'War', 'Act', 'Treaty', 'Accord', 'Accords', 'Festival', 'Series', 'Grand Prix', 'Classic', 'Masters', 'Rally', 'Marathon', 'Tour', 'Bowl', 'Plan', 'Agreement', 'Protocol', 'Convention', 'Declaration', 'Summit', 'Index', 'Day', 'Week']);
const VERSUS = new Set(['beat', 'beats', 'v', 'vs', 'drew', 'lost', 'defeated', 'edged', 'routed', 'thrashed', 'hammered', 'downed', 'won']);
/** "Parliamentary", "Presidential", "Controversial": a capitalised adjective, which names nobody alone. */
export const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ary|ial|ical|ive|ous|ful|less)$/u;
const ACRONYM = /^[A-Z][A-Z.&]{1,5}$/;
const PLACE_MODIFIERS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'N.', 'S.', 'E.', 'W.', 'Upper', 'Lower', 'Greater', 'Inner', 'Outer', 'Old', 'Republic', 'Federal', 'Democratic', 'People', "People's", 'Islamic', 'Kingdom', 'State', 'of', 'the', 'de', 'del', 'do', 'da']);
const NATIONALITY_LIKE = /\p{Ll}(?:ian|ean|ese|ic|ish)$/u;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * The name a chunk's words spell, without editorial brackets: "[Haider] al-Abadi" -> "Haider al-Abadi".
 * Example: `nameOf(words('[Haider] al-Abadi'))` is "Haider al-Abadi".
 */
export function nameOf(words: readonly Word[]): string {
  return words.filter((w) => w.text !== '[' && w.text !== ']').map((w) => w.text.replace(/[[\]]/g, '')).join(' ');
}

/**
 * Strong evidence only (gazetteers, organisation heads, honorifics, titles, given names);
 * undefined when the name needs the document's help.
 * Example: `strongType([John, Key], {honorific: false, hasTitle: true})` is 'PER'.
 */
export function strongType(words: readonly Word[], ctx: NameContext): MentionType | undefined {
  const name = nameOf(words);
  const gaz = gazetteerType(name) ?? (name.startsWith('The ') ? gazetteerType(name.slice(4)) : undefined);
  if (gaz) return gaz;
  const last = words[words.length - 1].text;
  if (MISC_HEADS.has(last) && words.length > 1) return 'MISC';
  if (orgHeads.has(last) && (words.length > 1 || knownOrgs.has(last))) return 'ORG';
  if (LOC_HEADS.has(last) && words.length > 1) return 'LOC';
  // "Douglas & Lomason", "A.G. Edwards & Sons": an ampersand joins partners in a firm
  if (words.some((w) => w.text === '&')) return 'ORG';
  if (ctx.honorific || (ctx.hasTitle && !ACRONYM.test(name))) return 'PER';
  if (firstNames.has(words[0].text) && (words.length >= 2 || !ctx.next?.cap)) return 'PER';
  // "G. Hamilton", "J. R. Ewing": initials before a name make a person
  if (words.length >= 2 && INITIAL.test(words[0].text) && !INITIAL.test(last) && words.every((w, k) => k === 0 || !gazetteerType(w.text))) return 'PER';
  // a team or firm named after its city: "Dynamo Moscow", "Manchester United"; not a person
  // whose other name the fitted lexicon knows as a person's ("MaliVai Washington", "Chad Curtis")
  if (words.length >= 2 && words.some((w) => gazetteerType(w.text) === 'LOC')) {
    const rest = words.filter((w) => gazetteerType(w.text) !== 'LOC').map((w) => w.text);
    // "East Jerusalem", "Republic of Ireland": only compass and state words around a place
    if (rest.every((w) => PLACE_MODIFIERS.has(w))) return 'LOC';
    return rest.length > 0 && tokenTypeScore(rest, { minTotal: 1 }) === 'PER' ? undefined : 'ORG';
  }
  return undefined;
}

/**
 * The type of a candidate name, from strong evidence, then the document, then the fitted token
 * lexicon and the neighbourhood (a following "said" means a person; "in Xxx" a place).
 * Example: `classifyName([Bishop], {known: new Map([['bishop', 'PER']]), ...})` is 'PER'.
 */
export function classifyName(words: readonly Word[], ctx: NameContext): MentionType | undefined {
  const strong = strongType(words, ctx);
  if (strong) return strong;
  const name = nameOf(words);
  const known = ctx.known?.get(name.toLowerCase());
  if (known) return known;
  const next = ctx.next?.text.toLowerCase();
  if (ACRONYM.test(name) && name.length <= 4) return 'ORG';
  // a common word alone, capitalised at a line start or in a table ("Women", "Second"), is no name
  if (words.length === 1 && (commonWords.has(name.toLowerCase()) || ADJECTIVE.test(name) || /^\p{Lu}\.$/u.test(name))) return undefined;
  // "N / A", "M1", "H1 results", "C-4": a lone letter or a code with digits is no name
  if (words.length === 1 && (name.length === 1 || /\d/.test(name))) return undefined;
  // "Analysts said", "Traders said": a plural common noun opening a sentence is no one's name
  if (words.length === 1 && words[0].sentenceStart && isCommonPlural(name.toLowerCase())) return undefined;
  if (ctx.cue) return ctx.cue;
  // "Zairean troops", "Islamic rebels": a people's or a creed's adjective before a noun names no one
  if (words.length === 1 && NATIONALITY_LIKE.test(name) && next && /^\p{Ll}/u.test(next)) return undefined;
  const scored = tokenTypeScore(words.map((w) => w.text));
  if (scored) return scored;
  // "Scorer :", "Bowling :", "Fax :": a word opening a line before a colon is a label (unless the lexicon knows it)
  if (words.length === 1 && words[0].sentenceStart && next === ':') return undefined;
  if (words.length === 1 && words[0].pos !== 'PROPN') return undefined;
  // a lone unknown word opening a sentence before a lower-case word is most often a common noun
  // ("Workers at ...", "Relations between ..."); before a number or bracket it heads a table row
  if (words.length === 1 && words[0].sentenceStart && !words[0].upper && next && /^\p{Ll}/u.test(next) && !VERSUS.has(next)) return undefined;
  if (words.length === 1) return 'ORG';
  // "Pell Grants", "Professional Responsibility": names made of common words are not people; with
  // "of" or "for" inside they name a body ("House of Lords"), else mostly a thing or a title
  if (!words.some((w) => commonWords.has(w.text.toLowerCase()))) return 'PER';
  return words.some((w) => w.text === 'of' || w.text === 'for') ? 'ORG' : undefined;
}

function isCommonPlural(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  const one = lower.slice(0, -1);
  return commonWords.has(one) || roleWords.has(one) || (lower.endsWith('es') && commonWords.has(lower.slice(0, -2)));
}
