import { createHash } from 'node:crypto';
import type { Doc, Entity } from '../../core/doc.js';
import { canonicalName, cleanName } from '../../annotate/entities/name-keys.js';

const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Dr|Sir|Dame)\.? $/;

/**
 * The merge key of a name: lower-cased canonical form ("ISIS" and "Isis" -> "islamic state").
 * Example: `aliasKey('Isis', 'ORG')` is "islamic state".
 */
export function aliasKey(name: string, type: Entity['type']): string {
  return (canonicalName(name, type) ?? cleanName(name)).toLowerCase();
}

/** A stable actor id from its type and first key: `actorId('PER', 'john key')` is "a-" + 10 hex digits. */
export function actorId(type: string, key: string): string {
  return 'a-' + createHash('sha1').update(`${type}:${key}`).digest('hex').slice(0, 10);
}

/**
 * The names an entity goes by in one article: its name-mention surfaces (matchable) and its
 * title mentions ("the Prime Minister", for display only). Pronouns are left out.
 * Example: John Key in seed 000 gives John Key, Key (matchable) and "the prime minister" (not matchable).
 */
export function entityAliases(doc: Doc, entity: Entity, titles: readonly string[] = titleMentions(doc).get(entity.id) ?? []): { alias: string; matchable: boolean }[] {
  const mentions = doc.layers.mentions ?? [];
  const out = new Map<string, boolean>();
  out.set(entity.name, true);
  for (const i of entity.mentions) out.set(cleanName(doc.text.slice(mentions[i].start, mentions[i].end)), true);
  if (entity.type === 'PER') {
    // "Mr Key", "Dr Smith": shown as aliases, never used to merge
    for (const i of entity.mentions) {
      const m = HONORIFIC_BEFORE.exec(doc.text.slice(Math.max(0, mentions[i].start - 6), mentions[i].start));
      const form = m ? `${m[1]} ${cleanName(doc.text.slice(mentions[i].start, mentions[i].end))}` : '';
      if (form && !out.has(form)) out.set(form, false);
    }
  }
  for (const surface of titles) if (!out.has(surface)) out.set('the ' + surface, false);
  return [...out].map(([alias, matchable]) => ({ alias, matchable }));
}

/**
 * Entity id -> surfaces of the title mentions linked to it ("Prime Minister", "prime minister").
 * Example: seed 000 maps John Key's entity id to ["prime minister"].
 */
export function titleMentions(doc: Doc): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of doc.layers.mentions ?? []) {
    if (m.kind !== 'title' || !m.entity) continue;
    const list = out.get(m.entity) ?? [];
    list.push(doc.text.slice(m.start, m.end));
    out.set(m.entity, list);
  }
  return out;
}
