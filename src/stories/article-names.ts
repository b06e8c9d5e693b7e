import type { Doc } from '../core/doc.js';
import { stopwords } from './stopwords.data.js';

const CAPITALISED_RUN = /\b\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:of|de|al|bin|van|von|the)?[ \t]*\p{Lu}[\p{L}'’.-]*)*/gu;

function key(name: string): string {
  return name.toLowerCase().replace(/['’]s$/, '').replace(/[.\s]+/g, ' ').trim();
}

/**
 * The names of the actors and places an article is about, lower-cased, with counts. Reads the
 * `entities` layer (one key per entity, counted by its mentions), else name `mentions`, else
 * falls back to runs of capitalised words that are not stopwords, so it works before the
 * actors stages run. Reads only `spans` (headline and body).
 * Example: for "John Key said Key would go." without layers → Map {"john key": 1, "key": 1}.
 */
export function articleNames(doc: Doc, spans: readonly { start: number; end: number }[]): Map<string, number> {
  const names = new Map<string, number>();
  const add = (name: string, n = 1) => {
    const k = key(name);
    if (k.length > 1 && !stopwords.has(k)) names.set(k, (names.get(k) ?? 0) + n);
  };
  const { entities, mentions } = doc.layers;
  if (entities && mentions && entities.length > 0) {
    for (const entity of entities) add(entity.name, entity.mentions.length);
    return names;
  }
  if (mentions && mentions.length > 0) {
    for (const m of mentions) if (m.kind === 'name') add(doc.text.slice(m.start, m.end));
    return names;
  }
  for (const span of spans) {
    const text = doc.text.slice(span.start, span.end);
    // A line in capitals (a wire headline) is no evidence of names.
    if (!/\p{Ll}/u.test(text)) continue;
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/\s+/).filter((w) => !stopwords.has(w.toLowerCase()));
      if (words.length === 0) continue;
      add(words.join(' '));
    }
  }
  return names;
}
