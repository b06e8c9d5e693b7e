import type { Doc } from '../core/doc.js';
import type { SqliteStore } from '../store/sqlite-store.js';

/** A name with the number of the story's articles that mention it. */
export interface NameCount {
  readonly name: string;
  readonly articles: number;
}

function top(counts: Map<string, number>, limit: number): NameCount[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([name, articles]) => ({ name, articles }));
}

/**
 * The story's top actors (people, organisations) and places, counted once per article, from
 * the Docs' `entities` layers. Docs without entities fall back to the names in the story's
 * centroid (untyped, so they are all listed as actors; `articles` is then the centroid weight,
 * which is at least the number of articles naming it).
 * Example: `storyActors(store, id, docs).actors[0]` → {name: 'John Key', articles: 3}.
 */
export function storyActors(store: SqliteStore, storyId: string, docs: readonly Doc[], { limit = 10 }: { limit?: number } = {}): { actors: NameCount[]; places: NameCount[] } {
  const actors = new Map<string, number>();
  const places = new Map<string, number>();
  let typed = false;
  for (const doc of docs) {
    const entities = doc.layers.entities;
    if (!entities) continue;
    typed = true;
    const seen = new Set<string>();
    for (const entity of entities) {
      if (entity.type === 'MISC' || seen.has(entity.name)) continue;
      seen.add(entity.name);
      const into = entity.type === 'LOC' ? places : actors;
      into.set(entity.name, (into.get(entity.name) ?? 0) + 1);
    }
  }
  if (typed) return { actors: top(actors, limit), places: top(places, limit) };
  const row = store.db.prepare('SELECT centroid FROM stories WHERE id = ?').get(storyId) as { centroid: string } | undefined;
  const names = (row ? (JSON.parse(row.centroid).names ?? []) : []) as [string, number][];
  return { actors: names.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name, weight]) => ({ name, articles: Math.round(weight) })), places: [] };
}
