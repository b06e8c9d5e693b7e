import type { Entity, Mention, MentionType } from '../../core/doc.js';
import { canonicalName, cleanName, initials, isAcronymOf, nameKey } from './name-keys.js';

const ACRONYM = /^[A-Z][A-Z.]{1,7}$/;

/** An entity under construction: mention indexes and the name forms seen. */
export interface EntityDraft {
  readonly type: MentionType;
  readonly mentions: number[];
  names: string[];
}

/**
 * Groups the name mentions of one article into entities: exact names (after canonical aliases:
 * ISIS = Isis = Islamic State), a person's short form to the full name it ends or starts
 * ("Key" -> "John Key", the most recent when two share it), acronyms to the names they abbreviate
 * ("SAS" -> "Special Air Service"). Returns drafts in first-mention order.
 * Example: mentions "Julie Bishop" and "Bishop" give one draft with both.
 */
export function linkNames(text: string, mentions: readonly Mention[]): EntityDraft[] {
  const drafts: EntityDraft[] = [];
  const byKey = new Map<string, EntityDraft>();
  const surfaces = new Map<number, string>();
  const surface = (i: number) => {
    let value = surfaces.get(i);
    if (value === undefined) surfaces.set(i, (value = cleanName(text.slice(mentions[i].start, mentions[i].end))));
    return value;
  };
  // initials of multi-word organisation and place names -> their draft, for acronyms seen later or earlier
  const byInitials = new Map<string, EntityDraft>();
  const acronyms: { name: string; draft: EntityDraft }[] = [];
  const add = (draft: EntityDraft, i: number) => {
    draft.mentions.push(i);
    draft.names.push(surface(i));
  };
  const order = mentions.map((m, i) => i).filter((i) => mentions[i].kind === 'name');
  // full person names first, so a short form that comes earlier ("Key" in a headline) still finds them
  const people = order.filter((i) => mentions[i].type === 'PER' && surface(i).includes(' '));
  const isPerson = new Set(people);
  for (const i of [...people, ...order.filter((i) => !isPerson.has(i))]) {
    const m = mentions[i];
    const name = surface(i);
    const key = nameKey(name, m.type);
    let draft = byKey.get(key);
    if (!draft && m.type === 'PER' && !name.includes(' ')) draft = shortFormOwner(name, m.start, drafts, mentions);
    // "De Blasio" and "Bill de Blasio": one multi-word name ends the other
    if (!draft && m.type === 'PER' && name.includes(' ')) {
      const lower = name.toLowerCase();
      draft = drafts.find((d) => d.type === 'PER' && d.names.some((n) => {
        const other = n.toLowerCase();
        return other.includes(' ') && (other.endsWith(' ' + lower) || lower.endsWith(' ' + other));
      }));
    }
    const orgOrPlace = m.type === 'ORG' || m.type === 'LOC';
    if (!draft && orgOrPlace && ACRONYM.test(name)) draft = byInitials.get(`${m.type}:${name.replace(/\./g, '')}`);
    if (!draft && orgOrPlace && name.includes(' ')) {
      draft = acronyms.find((a) => a.draft.type === m.type && isAcronymOf(a.name, name))?.draft;
      draft ??= byKey.get(nameKey(name.replace(/ party$/i, ''), m.type));
    }
    if (!draft) {
      draft = { type: m.type, mentions: [], names: [] };
      drafts.push(draft);
    }
    byKey.set(key, draft);
    add(draft, i);
    if (orgOrPlace && ACRONYM.test(name)) acronyms.push({ name, draft });
    if (orgOrPlace && name.includes(' ')) {
      for (const form of [initials(name), initials(name.split(' ').filter((w) => !/^(of|the|and|for|de)$/i.test(w)).join(' '))]) {
        if (form && !byInitials.has(`${m.type}:${form}`)) byInitials.set(`${m.type}:${form}`, draft);
      }
    }
  }
  for (const d of drafts) d.mentions.sort((a, b) => a - b);
  return drafts.sort((a, b) => a.mentions[0] - b.mentions[0]);
}

/** The person whose full name ends (or else starts) with `word`; the latest one mentioned before `at` when several. */
function shortFormOwner(word: string, at: number, drafts: readonly EntityDraft[], mentions: readonly Mention[]): EntityDraft | undefined {
  const lower = word.toLowerCase();
  for (const position of ['last', 'first'] as const) {
    const owners = drafts.filter((d) => d.type === 'PER' && d.names.some((n) => {
      const parts = n.toLowerCase().split(' ');
      return parts.length > 1 && (position === 'last' ? parts[parts.length - 1] === lower : parts[0] === lower);
    }));
    if (owners.length === 1) return owners[0];
    if (owners.length > 1) {
      const before = owners.map((d) => ({ d, last: Math.max(-1, ...d.mentions.filter((i) => mentions[i].start < at).map((i) => mentions[i].start)) }));
      before.sort((a, b) => b.last - a.last);
      if (before[0].last >= 0) return before[0].d;
      // a short form before every full name (a headline): the person mentioned most, when clearly so
      const byCount = [...owners].sort((a, b) => b.mentions.length - a.mentions.length);
      return byCount[0].mentions.length > byCount[1].mentions.length ? byCount[0] : undefined;
    }
  }
  return undefined;
}

/**
 * The entity's name: the lexicon's canonical name when it has one, else the longest form seen.
 * Example: names ["Isis", "ISIS"] (ORG) give "Islamic State"; ["Key", "John Key"] give "John Key".
 */
export function entityName(draft: EntityDraft): string {
  for (const n of draft.names) {
    const canonical = canonicalName(n, draft.type);
    if (canonical) return canonical;
  }
  return draft.names.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * Turns drafts into Entities with ids e1, e2, ... (roles filled by the caller).
 * Example: the first draft becomes { id: 'e1', ... }.
 */
export function toEntities(drafts: readonly EntityDraft[]): Entity[] {
  return drafts.map((d, k) => ({ id: `e${k + 1}`, type: d.type, name: entityName(d), mentions: d.mentions, roles: [] }));
}
