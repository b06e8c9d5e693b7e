import { storyBlocks, type Doc, type Entity, type Mention } from '../../core/doc.js';
import { findContaining } from '../../core/span.js';
import { femaleFirstNames, firstNames } from '../mentions/first-names.data.js';
import { personPronouns } from '../mentions/titles.data.js';

/**
 * Links title mentions ("the Prime Minister") and person pronouns ("he", "his") to entities, in
 * place (`mention.entity`). A title goes to the one person whose role contains it (with several,
 * the one mentioned most, when clearly so). A pronoun goes to the first person mentioned earlier
 * in its sentence (the subject), else the first person of the nearest earlier sentence (within
 * three) that has one. Pronouns of the other gender (by Mr/Mrs/Ms or a known given name) are skipped.
 * Example: in "Labour MP Phil Goff spoke. He says ...", "He" gets Phil Goff's entity id.
 */
export function resolveReferences(doc: Doc, mentions: Mention[], entities: readonly Entity[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  // who the article is about is counted in its headline and body: a caption naming a second
  // prime minister must not make "the prime minister" of the story ambiguous
  const blocks = storyBlocks(doc);
  const inStory = (i: number) => blocks.some((b) => b.start <= mentions[i].start && mentions[i].end <= b.end);
  const weight = new Map(entities.map((e) => [e.id, e.mentions.filter(inStory).length]));
  const sentences = doc.layers.sentences ?? [];
  const gender = new Map<string, 'm' | 'f'>();
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.entity) continue;
    const before = doc.text.slice(Math.max(0, m.start - 5), m.start).toLowerCase();
    if (/\bmr\.? $/.test(before)) gender.set(m.entity, 'm');
    else if (/\b(mrs|ms|miss)\.? $/.test(before)) gender.set(m.entity, 'f');
    else if (m.type === 'PER' && !gender.has(m.entity)) {
      const given = doc.text.slice(m.start, m.end).split(' ')[0];
      if (femaleFirstNames.has(given)) gender.set(m.entity, 'f');
      else if (firstNames.has(given)) gender.set(m.entity, 'm');
    }
  }
  // resolved people per sentence, in order of mention, filled as we go
  const people = new Map<number, string[]>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const s = findContaining(sentences, m.start);
    if (m.kind === 'title') m.entity = titleOwner(doc.text.slice(m.start, m.end), entities, weight);
    if (m.kind === 'pronoun') {
      const g = personPronouns.get(doc.text.slice(m.start, m.end).toLowerCase());
      const fits = (id: string) => !g || !gender.has(id) || gender.get(id) === g;
      let id: string | undefined;
      for (let back = 0; !id && back <= 3 && s - back >= 0; back++) id = people.get(s - back)?.find(fits);
      if (id) m.entity = id;
    }
    if (m.entity && s >= 0) {
      const list = people.get(s) ?? [];
      if (!list.includes(m.entity)) list.push(m.entity);
      people.set(s, list);
    }
  }
}

/** `weight`: each entity's number of mentions in the headline and body. */
function titleOwner(title: string, entities: readonly Entity[], weight: ReadonlyMap<string, number>): string | undefined {
  const lower = title.toLowerCase();
  const count = (e: Entity) => weight.get(e.id) ?? 0;
  const holders = entities.filter((e) => e.type === 'PER' && e.roles.some((r) => r.title.toLowerCase().includes(lower)));
  const main = mainPersonWithoutRole(entities, count);
  const mostHeld = Math.max(0, ...holders.map(count));
  // an unqualified title in a story about its holder at home: the protagonist, named far more often
  if (main && count(main) >= 3 * mostHeld) return main.id;
  if (holders.length === 1) return holders[0].id;
  if (holders.length === 0) return undefined;
  const sorted = [...holders].sort((a, b) => count(b) - count(a));
  return count(sorted[0]) >= 2 * count(sorted[1]) ? sorted[0].id : undefined;
}

/**
 * "the Prime Minister says" in an article that never states anyone's title: the person mentioned
 * at least twice as often as any other, when that person has no stated role, is taken as meant.
 */
function mainPersonWithoutRole(entities: readonly Entity[], count: (e: Entity) => number): Entity | undefined {
  const people = entities.filter((e) => e.type === 'PER').sort((a, b) => count(b) - count(a));
  if (people.length === 0 || people[0].roles.length > 0) return undefined;
  if (people.length > 1 && count(people[0]) < 2 * count(people[1])) return undefined;
  return count(people[0]) >= 3 ? people[0] : undefined;
}
