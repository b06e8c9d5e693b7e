import type { Doc, Mention, Role, Token } from '../../core/doc.js';
import { findContaining } from '../../core/span.js';
import { notNames } from '../mentions/common-words.data.js';
import { roleHeads, roleWords } from '../mentions/titles.data.js';
import { countryDemonyms, demonymCountry } from '../mentions/places.data.js';
import { normalizeRole } from './normalize-role.js';

const INNER = new Set(['party', 'leadership', 'opposition', 'government', 'of', "'s", '-', 'former', 'then', 'new', '[', ']',
  'presidential', 'vice-presidential', 'parliamentary', 'congressional', 'senatorial', 'mayoral', 'gubernatorial', 'ruling', 'campaign', 'press', 'national', 'federal', 'regional', 'local', 'top', 'longtime', 'veteran', 'outgoing', 'incoming', 'newly', 'elected', 'appointed']);
const ALL_CAPS = /^[\p{Lu}.]{2,}$/u;
// "Later Mayor Bill de Blasio": a capitalised adverb opening the sentence is no part of a title
const FUNCTION_POS = new Set(['ADV', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'PART', 'INTJ']);
const OWNERS = new Set(['his', 'her', 'their', 'its']);
const CAP = /^\p{Lu}/u;

function isRoleHead(word: string): boolean {
  const lower = word.toLowerCase();
  return roleHeads.has(lower) || (lower.endsWith('s') && roleHeads.has(lower.slice(0, -1)));
}

/** Start of the title phrase that ends right before token `end` (exclusive), or -1 when none. */
function phraseBefore(text: string, tokens: readonly Token[], from: number, end: number, people: readonly Mention[]): number {
  if (end - 1 < from || !isRoleHead(text.slice(tokens[end - 1].start, tokens[end - 1].end))) return -1;
  let k = end - 1;
  let start = end - 1;
  while (k >= from) {
    const t = text.slice(tokens[k].start, tokens[k].end);
    const lower = t.toLowerCase();
    if (OWNERS.has(lower)) { start = k; break; }
    const inPerson = people.some((p) => p.start <= tokens[k].start && tokens[k].end <= p.end);
    const ok = !inPerson && (roleWords.has(lower) || INNER.has(lower) || (CAP.test(t) && (ALL_CAPS.test(t) || !notNames.has(lower)) && !FUNCTION_POS.has(tokens[k].pos)));
    if (!ok) break;
    if (lower !== 'of' && lower !== 'the' && lower !== 'and' && lower !== '-') start = k;
    k--;
  }
  return start;
}

/**
 * Roles stated for person name mentions: a title before the name ("Labour MP Phil Goff",
 * "his Malaysian counterpart Najib Razak"), a title before a comma ("the Labour party's leadership
 * contenders, Andrew Little and Grant Robertson") or an appositive after it ("Hugh Hill, a
 * doctor,"). Returns mention index -> Role (title normalised by normalizeRole).
 * Example: for "Labour MP Phil Goff says", the Phil Goff mention gets { title: 'Labour MP' }.
 */
export function findRoles(doc: Doc, mentions: readonly Mention[]): Map<number, Role> {
  const { text } = doc;
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const people = mentions.filter((m) => m.type === 'PER' && m.kind === 'name');
  const roles = new Map<number, Role>();
  const tokenAt = (offset: number) => findContaining(tokens, offset);
  mentions.forEach((m, i) => {
    if (m.type !== 'PER' || m.kind !== 'name') return;
    const first = tokenAt(m.start);
    const s = findContaining(sentences, m.start);
    if (first < 0 || s < 0) return;
    const from = tokenAt(sentences[s].start);
    let start = phraseBefore(text, tokens, from, first, people);
    let end = first;
    if (start < 0 && first - 1 >= from && text[tokens[first - 1].start] === ',') {
      start = phraseBefore(text, tokens, from, first - 1, people);
      end = first - 1;
    }
    if (start < 0) {
      const prev = roles.get(i - 1);
      const joiner = first - 1 >= from ? text.slice(tokens[first - 1].start, tokens[first - 1].end) : '';
      if (prev && (joiner === 'and' || joiner === ',') && mentions[i - 1].end === tokens[first - 1].start - 1) roles.set(i, prev);
      else {
        const after = appositiveAfter(text, tokens, tokenAt(m.end - 1) + 1, sentences[s].end);
        if (after) roles.set(i, after);
      }
      return;
    }
    const span = { start: tokens[start].start, end: tokens[end - 1].end };
    let title = normalizeRole(text.slice(span.start, span.end));
    title = withCountryAfter(title, text, m.end, sentences[s].end);
    title = withCountryBefore(title, text.slice(Math.max(sentences[s].start, span.start - 40), span.start));
    roles.set(i, { title, span });
  });
  return roles;
}

const HEAD_OF_STATE = /^(?:President|Prime Minister|King|Queen|Emir|Sultan|Premier|Chancellor)$/;
const COUNTRY_AFTER = /^(?:'s)?\s+(?:in|of)\s+((?:\p{Lu}[\p{L}-]+\s?){1,3})/u;

const NATION_BEFORE = /(\p{Lu}[\p{L}]+) (?:government|army|military|people|parliament|forces|authorities) and $/u;

/** "the Iraqi government and Prime Minister [Haider] al-Abadi": the nationality is shared. */
function withCountryBefore(title: string, before: string): string {
  if (!HEAD_OF_STATE.test(title)) return title;
  const country = demonymCountry.get(NATION_BEFORE.exec(before)?.[1] ?? '');
  return country ? `${title} of ${country}` : title;
}

/** "President Bashar al-Assad's in Syria": a bare head-of-state title takes the country named right after. */
function withCountryAfter(title: string, text: string, from: number, sentenceEnd: number): string {
  if (!HEAD_OF_STATE.test(title)) return title;
  const m = COUNTRY_AFTER.exec(text.slice(from, Math.min(sentenceEnd, from + 40)));
  const country = m?.[1].trim();
  return country && countryDemonyms.has(country) ? `${title} of ${country}` : title;
}

/** "Name, a doctor, said": the phrase between the commas when it has a role head. */
function appositiveAfter(text: string, tokens: readonly Token[], k: number, sentenceEnd: number): Role | undefined {
  if (!tokens[k] || text.slice(tokens[k].start, tokens[k].end) !== ',') return undefined;
  const from = k + 1;
  let j = from;
  while (j < tokens.length && tokens[j].start < sentenceEnd && j - from < 10 && !/^[,.;:)"]$/.test(text.slice(tokens[j].start, tokens[j].end))) j++;
  if (j === from || !/^[,.]$/.test(text.slice(tokens[j]?.start ?? 0, tokens[j]?.end ?? 0))) return undefined;
  const firstWord = text.slice(tokens[from].start, tokens[from].end).toLowerCase();
  if (!['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(firstWord) && !CAP.test(text[tokens[from].start])) return undefined;
  const words = text.slice(tokens[from].start, tokens[j - 1].end).split(' ');
  if (!words.some(isRoleHead)) return undefined;
  const span = { start: tokens[from].start, end: tokens[j - 1].end };
  return { title: normalizeRole(text.slice(span.start, span.end)), span };
}
