import type { Doc, Quote } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

// Words of a role or honorific in front of a name: "Labour MP", "Prime Minister", "Mr".
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt',
  'president', 'minister', 'prime', 'foreign', 'defence', 'defense', 'finance', 'deputy', 'secretary', 'general', 'attorney', 'mp', 'leader',
  'co-leader', 'party', 'senator', 'governor', 'mayor', 'chairman', 'chair', 'chief', 'executive', 'ceo', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'ambassador', 'commissioner', 'officer',
  'u.s.', 'us', 'uk', 'green', 'greens', 'labour', 'labor', 'national', 'republican', 'democratic', 'democrat', 'conservative', 'liberal',
  'new', 'zealand', 'australian', 'american', 'british', 'former', 'acting', 'vice', 'state', 'house', 'speaker', 'opposition', 'the']);
const PRONOUNS = /^(he|she|they|i|we|who|him|her)$/i;
const NAME_WORD = /^[A-Z][\p{L}'.-]*$/u;

/** "John Key" from "New Zealand Prime Minister John Key"; null when no name is left. */
export function nameOf(phrase: string): string | null {
  const words = phrase.replace(/\[|\]/g, '').split(/\s+/).filter(Boolean);
  let end = words.length;
  while (end > 0 && !NAME_WORD.test(words[end - 1])) end--;
  let start = end;
  while (start > 0 && NAME_WORD.test(words[start - 1]) && !TITLE_WORDS.has(words[start - 1].toLowerCase().replace(/\.$/, '')) && end - start < 3) start--;
  return start < end ? words.slice(start, end).join(' ') : null;
}

/**
 * Speaker names for a Doc's quotes when no entity is linked (the fallback until the
 * entities layer is there): the entity name when `speaker` is set; else the name in the source
 * phrase, widened to the longest form of that surname in the article ("Mr Key" -> "John Key");
 * a pronoun or a bare title takes the name of the quote before it, or else the article's most
 * quoted name. Returns one name (or null) per quote, in order.
 * Example: quotes with sources "John Key", "he" give `['John Key', 'John Key']`.
 */
export function speakerNames(doc: Doc, quotes: readonly Quote[]): (string | null)[] {
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
  const direct = quotes.map((q) => (q.speaker && entities.get(q.speaker)) || (q.source ? widen(doc.text, nameFromSource(doc.text, q.source)) : null));
  const counts = new Map<string, number>();
  for (const n of direct) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  let last: string | null = null;
  return quotes.map((q, i) => {
    const own = direct[i];
    if (own) {
      if (own.split(' ').every((w) => NAME_WORD.test(w))) last = own;
      return own;
    }
    if (!q.source) return null;
    return (last = last ?? top);
  });
}

// A name, or the phrase itself when it names no person ("3News", "a source"); null for a
// personal pronoun or a bare title ("the Prime Minister"), which point back to someone named.
function nameFromSource(text: string, source: Span): string | null {
  const phrase = text.slice(source.start, source.end).trim();
  if (PRONOUNS.test(phrase)) return null;
  const words = phrase.toLowerCase().replace(/\.(?=\s|$)/g, '').split(/\s+/);
  if (words.every((w) => TITLE_WORDS.has(w) || w === 'a')) return null;
  return nameOf(phrase) ?? phrase;
}

// The longest name ending with the same surname anywhere in the text: "Key" -> "John Key".
function widen(text: string, name: string | null): string | null {
  if (!name || !NAME_WORD.test(name.split(' ').pop()!)) return name;
  const surname = name.split(' ').pop()!;
  let best = name;
  const re = new RegExp(`((?:[A-Z][\\p{L}'.-]* ){1,3})${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
  for (const m of text.matchAll(re)) {
    const candidate = nameOf(m[0]);
    if (candidate && candidate.endsWith(surname) && candidate.split(' ').length > best.split(' ').length) best = candidate;
  }
  return best;
}
