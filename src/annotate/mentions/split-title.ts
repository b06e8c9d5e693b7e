import { gazetteerMatch } from './gazetteer.js';
import { orgHeads } from './orgs.data.js';
import { honorifics, roleWords } from './titles.data.js';
import type { Word } from './words.js';

/** A run of name words found in a line, split into a leading title and the name proper. */
export interface NameChunk {
  /** Words of the name itself, e.g. [John, Key]. */
  readonly words: Word[];
  /** Title words stripped off the front, e.g. [Prime, Minister]; empty when none. */
  readonly title: Word[];
  /** True when a leading honorific (Mr, Dr, Sir...) was stripped. */
  readonly honorific: boolean;
}

/** A place or body named inside a title ("New Zealand" in "New Zealand Prime Minister"). */
export interface TitlePart {
  readonly words: Word[];
  /** ORG for an unknown name before a role word ("Cofinec CEO"); undefined: type it as usual. */
  readonly type?: 'ORG';
}

const TITLE_LINKS = new Set(['of', 'for']);
const PORTFOLIO = /^\p{Lu}\p{Ll}+(?:al|ion|ive|ary|ment|ity|ure|ce|ics)$/u;
// "Labor Day", "Defence Week": a title word before these names an event, not a person
const EVENT_HEADS = new Set(['Day', 'Week', 'Cup', 'Games', 'Open', 'Championship', 'Championships', 'Trophy', 'Prize', 'Award', 'Act', 'Bill', 'Plan', 'March', 'Rally', 'Festival', 'Summit']);

function isTitleWord(lower: string): boolean {
  return roleWords.has(lower) || honorifics.has(lower);
}

/**
 * Splits a run into title and name at its last title word: "Republican Indiana Gov. Mike Pence"
 * gives title [Republican, Indiana, Gov.], name [Mike, Pence] and the part [Indiana]; "New Zealand
 * Prime Minister John Key" gives the part [New Zealand]. A run ending in an organisation head
 * ("General Motors") or wholly a gazetteer name is not split; "Julie Bishop" (title word last) is a name.
 * Example: `splitTitle(words('US Defence Secretary Ash Carter')).chunk.words` spells "Ash Carter".
 */
export function splitTitle(run: readonly Word[]): { before: TitlePart[]; chunk: NameChunk } {
  const whole = { before: [], chunk: { words: [...run], title: [], honorific: false } };
  const n = run.length;
  const lower = run.map((w) => w.text.toLowerCase());
  if ((orgHeads.has(run[n - 1].text) || EVENT_HEADS.has(run[n - 1].text)) && !roleWords.has(lower[n - 1])) return whole;
  const lead = gazetteerMatch(run, 0);
  if (lead.length === n) return whole;
  if (lower.every((w) => isTitleWord(w) || TITLE_LINKS.has(w))) return { before: [], chunk: { words: [], title: [...run], honorific: false } };
  let r = -1;
  for (let k = n - 2; k >= 0; k--) {
    if (isTitleWord(lower[k]) && run[k].text !== '[') { r = k; break; }
  }
  if (r >= 0 && r + 1 < n && TITLE_LINKS.has(lower[r + 1])) {
    // "Prime Minister of Malaysia Najib Razak": the title runs on through its place
    const g = gazetteerMatch(run, r + 2);
    r = g.length > 0 ? r + 1 + g.length : n - 1;
  }
  if (r < 0) {
    // "Australian Tom Moody": a nationality before a name is its own mention
    // ... but "Socialist Party of Albania" is one name
    if (lead.type === 'MISC' && !orgHeads.has(run[lead.length].text)) return { before: [{ words: run.slice(0, lead.length) }], chunk: { words: run.slice(lead.length), title: [], honorific: false } };
    return whole;
  }
  const title = run.slice(0, r + 1);
  const words = run.slice(r + 1);
  return { before: titleParts(title), chunk: { words, title, honorific: words.length > 0 && honorifics.has(lower[r]) } };
}

/** Gazetteer names inside a title, and an unknown capitalised name right before a role word (an organisation). */
function titleParts(title: readonly Word[]): TitlePart[] {
  const parts: TitlePart[] = [];
  let i = 0;
  while (i < title.length) {
    const g = gazetteerMatch(title, i);
    if (g.length > 0) {
      parts.push({ words: title.slice(i, i + g.length) });
      i += g.length;
      continue;
    }
    let m = i;
    while (m < title.length && !isTitleWord(title[m].text.toLowerCase()) && !TITLE_LINKS.has(title[m].text) && gazetteerMatch(title, m).length === 0) m++;
    // not a portfolio word: "Financial Secretary", "Privatisation Minister"
    const portfolio = m === i + 1 && PORTFOLIO.test(title[i].text);
    if (m > i && m < title.length && !portfolio && isTitleWord(title[m].text.toLowerCase()) && /^\p{Lu}/u.test(title[i].text)) parts.push({ words: title.slice(i, m), type: 'ORG' });
    i = Math.max(m, i + 1);
  }
  return parts;
}
