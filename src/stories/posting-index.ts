/**
 * Inverted index from a key (term, or "n:" + name) to the stories most recently posted under
 * it, capped at `limit` per key so a lookup costs the same whatever the store's size.
 * Example: `idx.post(['troop'], 's1'); idx.candidates(['troop'], 10)` → ['s1'].
 */
export class PostingIndex {
  readonly lists = new Map<string, string[]>();

  constructor(readonly limit: number) {}

  /** Posts `storyId` under each key, moving it to the most-recent end. */
  post(keys: readonly string[], storyId: string): void {
    for (const key of keys) {
      let list = this.lists.get(key);
      if (!list) this.lists.set(key, (list = []));
      const at = list.lastIndexOf(storyId);
      if (at >= 0) list.splice(at, 1);
      list.push(storyId);
      if (list.length > this.limit) list.shift();
    }
  }

  /** Stories sharing the most keys with `keys` (ties: most recent first), at most `max`. */
  candidates(keys: readonly string[], max: number): string[] {
    const hits = new Map<string, number>();
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) continue;
      // Later entries are more recent: a tiny bonus breaks ties towards them.
      list.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + 1 + i / (list.length * 1000)));
    }
    return [...hits].sort((a, b) => b[1] - a[1]).slice(0, max).map(([id]) => id);
  }
}
