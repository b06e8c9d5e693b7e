import type { Doc, Mention } from '../../core/doc.js';
import { firstStartingAt, overlaps, type Span } from '../../core/span.js';

const PERSONAL = /^(he|she|him|her|i|who)$/i;

/**
 * The entity id that speaks through `source`: the entity of the head mention inside it;
 * for a personal pronoun with no linked entity, the nearest person mentioned by name before it.
 * Null when the Doc has no mentions layer or nothing fits.
 * Example: source "Mr Key" over a mention of entity "e1" gives "e1".
 */
export function resolveSpeaker(doc: Doc, source: Span | null): string | null {
  const mentions = doc.layers.mentions;
  if (!source || !mentions || mentions.length === 0) return null;
  const at = firstEndingAfter(mentions, source.start);
  let best: Mention | null = null;
  for (let i = at; i < mentions.length && mentions[i].start < source.end; i++) {
    if (overlaps(mentions[i], source) && mentions[i].entity && (!best || rank(mentions[i]) >= rank(best))) best = mentions[i];
  }
  if (best?.entity) return best.entity;
  if (!PERSONAL.test(doc.text.slice(source.start, source.end).trim())) return null;
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const m = mentions[i];
    if (m.type === 'PER' && m.kind === 'name' && m.entity && m.end <= source.start) return m.entity;
  }
  return null;
}

// The speaker is the phrase's head: a person before an organisation before a place; the last
// one wins ties ("New Zealand Prime Minister John Key" is John Key, not New Zealand).
function rank(m: Mention): number {
  return m.type === 'PER' ? 3 : m.type === 'ORG' ? 2 : m.type === 'MISC' ? 1 : 0;
}

// Mentions are sorted by start; the first whose end passes `offset` (a short scan back covers
// a long mention that starts earlier).
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
  let lo = firstStartingAt(mentions, offset);
  while (lo > 0 && mentions[lo - 1].end > offset) lo--;
  return lo;
}
