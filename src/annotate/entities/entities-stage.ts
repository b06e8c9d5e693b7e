import type { Doc, Entity, Role } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { findRoles } from './find-roles.js';
import { linkNames, toEntities } from './link-names.js';
import { counterpartRole } from './normalize-role.js';
import { resolveReferences } from './resolve-references.js';

/**
 * Builds the article's entities from its mentions: names linked (full name settles short forms,
 * aliases and acronyms joined), roles read from titles and appositives, then title mentions and
 * pronouns linked. Sets `mention.entity` on every linked mention. Pure apart from the Doc.
 * Example: in "Prime Minister John Key said ... Mr Key ... he", all three point to one entity "John Key".
 */
export function findEntities(doc: Doc): Entity[] {
  const mentions = doc.layers.mentions ?? [];
  const drafts = linkNames(doc.text, mentions);
  const entities = toEntities(drafts);
  const roles = findRoles(doc, mentions);
  for (const e of entities) {
    for (const i of e.mentions) mentions[i].entity = e.id;
    const seen = new Set<string>();
    for (const i of e.mentions) {
      const role = roles.get(i);
      if (role && !seen.has(role.title)) {
        seen.add(role.title);
        e.roles.push(role);
      }
    }
  }
  inferCounterparts(entities);
  resolveReferences(doc, mentions, entities);
  return entities;
}

/** "Malaysian counterpart" becomes "Prime Minister of Malaysia" when another person holds "Prime Minister of X". */
function inferCounterparts(entities: Entity[]): void {
  for (const e of entities) {
    e.roles.forEach((role, k) => {
      if (!/counterpart/i.test(role.title)) return;
      for (const other of entities) {
        if (other === e) continue;
        for (const r of other.roles) {
          const title = counterpartRole(role.title, r.title);
          if (title) {
            (e.roles as Role[])[k] = { title, span: role.span };
            return;
          }
        }
      }
    });
  }
}

/**
 * One entity per referent in the article, with roles; links title and pronoun mentions to them.
 * Example: `entitiesStage.run(doc, { article })` sets `doc.layers.entities` and `mention.entity`.
 */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['mentions', 'sentences', 'tokens'],
  assigns: ['entities', 'mentions.entity'],
  run(doc) {
    doc.layers.entities = findEntities(doc);
  },
};
