import { notNames } from './common-words.data.js';
import { firstNames } from './first-names.data.js';
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

// "Bergamo-based", "US-led": an adjective made from a name, not part of one
const ATTRIBUTIVE = /-(?:based|born|led|listed|controlled|sponsored|owned|backed|made|run|bound|registered|style|era)$/;
const INITIAL = /^\p{Lu}\.$/u;
const CONNECT = new Set(['of', 'de', 'da', 'del', 'della', 'dello', 'degli', 'des', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'bin', 'ibn', '&', 'and']);
const OF_AFTER = new Set([...orgHeads, 'Republic', 'Kingdom', 'Gulf', 'Bay', 'Sea', 'Isle', 'Isles', 'Cape', 'Lake', 'Duke', 'Prince', 'Princess', 'King', 'Queen', 'Bishop', 'Archbishop', 'Emirate', 'Province', 'State', 'States', 'Department', 'Ministry', 'House', 'Bank', 'University', 'City', 'Port', 'Mount', 'Straits', 'Strait', 'Sultan', 'Emir', 'Earl']);

/** A given name that is also a common word ("Jan", "Will", "Per", "Mark") counts when a name follows. */
function isGivenName(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return firstNames.has(words[i].text) && next !== undefined && next.cap && next.start === words[i].end + 1 && isNameWord(next);
}

function isNameWord(w: Word): boolean {
  if (!w.cap || ATTRIBUTIVE.test(w.text)) return false;
  if (INITIAL.test(w.text)) return true;
  return !notNames.has(w.text.toLowerCase().replace(/(?:\.|'[a-z]*)$/, ''));
}

/**
 * Runs of capitalised words in a normal-case line, with connectors inside ("Bank of England",
 * "Prime Minister [Haider] al-Abadi"), gazetteer names kept whole even when they start with a
 * common word ("New Zealand", "The Hague"), sentence-initial common words dropped.
 */
export function capitalisedRuns(words: readonly Word[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < words.length) {
    const gaz = gazetteerMatch(words, i);
    const w = words[i];
    const titled = w.cap && (honorifics.has(w.text.toLowerCase()) || roleWords.has(w.text.toLowerCase())) && words[i + 1]?.cap === true;
    if (!(gaz.length > 0 || isNameWord(w) || titled || isGivenName(words, i)) || (w.sentenceStart && gaz.length === 0 && !titled && !keepAtStart(w))) {
      i++;
      continue;
    }
    let j = i + Math.max(gaz.length, 1);
    for (;;) {
      if (j >= words.length) break;
      const next = words[j];
      if (next.start > words[j - 1].end + 1) break;
      const g = gazetteerMatch(words, j);
      if (g.length > 0) { j += g.length; continue; }
      if (isNameWord(next) || (roleWords.has(next.text.toLowerCase()) && next.cap)) { j++; continue; }
      const after = words[j + 1];
      // "van der Westhuizen", "de la Rosa": two particles in a row
      if (after && CONNECT.has(next.text) && CONNECT.has(after.text) && next.text !== 'and' && after.text !== 'and' && words[j + 2]?.cap) { j += 2; continue; }
      if (!after || !after.cap || after.start > next.end + 1) break;
      if (next.text === '[' || next.text === ']') { j++; continue; }
      if ((next.text === 'of' || next.text === 'for') && OF_AFTER.has(words[j - 1].text)) { j++; continue; }
      if (next.text === 'and' && endsInOrgHead(words, j + 1)) { j++; continue; }
      if (CONNECT.has(next.text) && next.text !== 'and' && next.text !== 'of') { j++; continue; }
      if (next.text === '&') { j++; continue; }
      break;
    }
    while (j > i && (words[j - 1].text === '[' || CONNECT.has(words[j - 1].text))) j--;
    runs.push({ start: i, end: j });
    i = j;
  }
  return runs;
}

/** True when the capitalised words from `i` on end in an organisation head: "... County Cricket Board". */
function endsInOrgHead(words: readonly Word[], i: number): boolean {
  let j = i;
  while (j < words.length && words[j].cap && (j === i || words[j].start === words[j - 1].end + 1)) j++;
  return j > i && orgHeads.has(words[j - 1].text);
}

const DROP_AT_START = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'VERB', 'PART', 'NUM', 'INTJ']);

function keepAtStart(w: Word): boolean {
  return !DROP_AT_START.has(w.pos) || honorifics.has(w.text.toLowerCase());
}

/**
 * Splits a run into title and name: "New Zealand Prime Minister John Key" gives the parts
 * [New Zealand] (a place, returned in `before`), title [Prime Minister], name [John Key].
 * A run ending in an organisation head ("General Motors", "Foreign Office") is not split.
 */
export function splitTitle(run: readonly Word[]): { before: Word[]; chunk: NameChunk } {
  const last = run[run.length - 1];
  const lower = run.map((w) => w.text.toLowerCase());
  if (orgHeads.has(last.text) && !roleWords.has(lower[lower.length - 1])) return { before: [], chunk: { words: [...run], title: [], honorific: false } };
  if (gazetteerMatch(run, 0).length === run.length) return { before: [], chunk: { words: [...run], title: [], honorific: false } };
  let k = 0;
  // the title may follow a place, demonym or organisation: "Australian Foreign Minister ..."
  let lead = 0;
  while (lead < run.length) {
    const g = gazetteerMatch(run, lead);
    if (g.length === 0) break;
    lead += g.length;
  }
  if (lead > 0 && lead < run.length && gazetteerMatch(run, 0).type === 'MISC' && !roleWords.has(lower[lead])) {
    // "Australian Tom Moody": a nationality before a name is its own mention
    return { before: run.slice(0, lead), chunk: { words: run.slice(lead), title: [], honorific: false } };
  }
  if (lead < run.length && lead > 0 && !roleWords.has(lower[lead])) {
    // a party or body name before a title: "Green Party Co-leader", "Labour MP"
    let m = lead;
    while (m < run.length && !roleWords.has(lower[m])) m++;
    if (m < run.length - 1 && orgHeads.has(run[m - 1].text)) lead = m;
    else lead = 0;
  } else if (lead === run.length) lead = 0;
  k = lead;
  let honorific = false;
  while (k < run.length && (roleWords.has(lower[k]) || honorifics.has(lower[k]) || lower[k] === 'of' || lower[k] === '[')) {
    if (honorifics.has(lower[k]) && !roleWords.has(lower[k])) honorific = true;
    if (lower[k] === '[') break;
    k++;
  }
  if (k === run.length) return { before: run.slice(0, lead), chunk: { words: [], title: run.slice(lead), honorific } };
  if (k === lead) return { before: [], chunk: { words: [...run], title: [], honorific: false } };
  return { before: run.slice(0, lead), chunk: { words: run.slice(k), title: run.slice(lead, k), honorific } };
}
