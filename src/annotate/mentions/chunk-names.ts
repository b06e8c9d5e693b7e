import { ADJECTIVE } from './classify-name.js';
import { notNames } from './common-words.data.js';
import { firstNames } from './first-names.data.js';
import { gazetteerMatch, gazetteerType } from './gazetteer.js';
import { orgHeads } from './orgs.data.js';
import { honorifics, roleWords } from './titles.data.js';
import type { Word } from './words.js';


// "Bergamo-based", "US-led": an adjective made from a name, not part of one
const ATTRIBUTIVE = /-(?:based|born|led|listed|controlled|sponsored|owned|backed|made|run|bound|registered|style|era|origin|operated|speaking|funded|educated|dominated|brokered|ruled|occupied)$|^[RDI]-\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;
const LEGAL_FORMS = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'plc', 'PLC', 'LLC', 'LLP', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'GmbH', 'SpA', 'BV', 'AB', 'ASA', 'Oyj']);
// Common words that end a name after a name word though they are none alone: "Reform Party", "Bristol City"
const NAME_TAILS = new Set(['Party', 'Court', 'City', 'Police', 'Army', 'Government']);
const CONNECT = new Set(['of', 'de', 'da', 'del', 'della', 'dello', 'degli', 'des', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'bin', 'ibn', '&', 'and']);
const OF_AFTER = new Set([...orgHeads, 'Republic', 'Kingdom', 'Gulf', 'Bay', 'Sea', 'Isle', 'Isles', 'Cape', 'Lake', 'Duke', 'Prince', 'Princess', 'King', 'Queen', 'Bishop', 'Archbishop', 'Emirate', 'Province', 'State', 'States', 'Department', 'Ministry', 'House', 'Bank', 'University', 'City', 'Port', 'Mount', 'Straits', 'Strait', 'Sultan', 'Emir', 'Earl']);

/** A given name that is also a common word ("Jan", "Will", "Per", "Mark") counts when a name follows. */
function isGivenName(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return firstNames.has(words[i].text) && next !== undefined && next.cap && next.start === words[i].end + 1 && isNameWord(next);
}

/** "German-Israeli", "US-Russian": two peoples or places joined by a hyphen qualify a noun. */
function isPairAdjective(text: string): boolean {
  const dash = text.indexOf('-');
  return dash > 0 && gazetteerType(text.slice(0, dash)) !== undefined && gazetteerType(text.slice(dash + 1)) === 'MISC';
}

function isNameWord(w: Word): boolean {
  if (!w.cap || ATTRIBUTIVE.test(w.text) || isPairAdjective(w.text)) return false;
  if (INITIAL.test(w.text)) return true;
  return !notNames.has(w.text.toLowerCase().replace(/(?:\.|'[a-z]*)$/, ''));
}

/**
 * Runs of capitalised words in a normal-case line, with connectors inside ("Bank of England",
 * "Prime Minister [Haider] al-Abadi"), gazetteer names kept whole even when they start with a
 * common word ("New Zealand", "The Hague"), sentence-initial common words dropped.
 * Example: words of "said Prime Minister John Key in Bank of England" give the runs [Prime Minister John Key] and [Bank of England].
 */
export function capitalisedRuns(words: readonly Word[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w.cap) {
      i++;
      continue;
    }
    const gaz = gazetteerMatch(words, i);
    const titled = w.cap && (honorifics.has(w.text.toLowerCase()) || roleWords.has(w.text.toLowerCase())) && words[i + 1]?.cap === true;
    // "First Union", "First Albany Corp.": inside a sentence "First" opens a firm's name
    const firstOf = w.text === 'First' && !w.sentenceStart && words[i + 1]?.cap === true && isNameWord(words[i + 1]);
    if (!(gaz.length > 0 || isNameWord(w) || titled || firstOf || isGivenName(words, i)) || (w.sentenceStart && gaz.length === 0 && !titled && !keepAtStart(w))) {
      i++;
      continue;
    }
    let j = i + Math.max(gaz.length, 1);
    for (;;) {
      if (j >= words.length) break;
      const next = words[j];
      if (next.start > words[j - 1].end + 1) break;
      const g = gazetteerMatch(words, j);
      // "Chicago NAPM", "OSCE Chechnya": a place and an acronym side by side are two names
      if (g.type === 'LOC' && words[j - 1].upper && !gazetteerMatch(words, j - 1).length) break;
      if (next.upper && !g.length && gazetteerMatch(words, i).length === j - i && gazetteerMatch(words, i).type === 'LOC') break;
      if (g.length > 0) { j += g.length; continue; }
      if (isNameWord(next) || (roleWords.has(next.text.toLowerCase()) && next.cap) || NAME_TAILS.has(next.text)) { j++; continue; }
      const after = words[j + 1];
      // "van der Westhuizen", "de la Rosa": two particles in a row
      if (after && CONNECT.has(next.text) && CONNECT.has(after.text) && next.text !== 'and' && after.text !== 'and' && words[j + 2]?.cap) { j += 2; continue; }
      if (!after || !after.cap || after.start > next.end + 1) break;
      if (next.text === '[' || next.text === ']') { j++; continue; }
      // a legal form ends a firm's name: "Kia Motor Corp of South Korea", "Johnson Controls Inc and Lear Corp"
      if (LEGAL_FORMS.has(words[j - 1].text)) break;
      if ((next.text === 'of' || next.text === 'for') && OF_AFTER.has(words[j - 1].text)) { j++; continue; }
      if (next.text === 'and' || next.text === 'of' || next.text === 'for') {
        // "House Oversight and Government Reform Committee", not "FBI and Justice Department"
        const orgEnd = orgHeadEnd(words, j + 1);
        const left = words.slice(i, j);
        // "economist Lynn Reaser of Barnett Banks Inc.": a person's name is not the start of an organisation's
        const person = left.some((_, k) => k < left.length - 1 && isGivenName(words, i + k));
        if (orgEnd > 0 && !person && !(left.length === 1 && left[0].upper) && gazetteerMatch(words, i).length !== j - i) { j = orgEnd; continue; }
      }
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

/**
 * End (exclusive) of the capitalised words from `i` when they end in an organisation head
 * ("... County Cricket Board"), else -1.
 */
function orgHeadEnd(words: readonly Word[], i: number): number {
  let j = i;
  while (j < words.length && words[j].cap && (j === i || words[j].start === words[j - 1].end + 1)) j++;
  return j > i && orgHeads.has(words[j - 1].text) ? j : -1;
}

const DROP_AT_START = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'VERB', 'PART', 'NUM', 'INTJ']);

// "Controversial IRA": an adjective opening a sentence is not part of the name after it
function keepAtStart(w: Word): boolean {
  return (!DROP_AT_START.has(w.pos) && !ADJECTIVE.test(w.text)) || honorifics.has(w.text.toLowerCase());
}
