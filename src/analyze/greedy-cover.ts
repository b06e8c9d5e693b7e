import { MaxHeap } from './max-heap.js';

/** A sentence to choose: its length in words and the concepts it states. */
export interface CoverItem {
  readonly words: number;
  readonly concepts: readonly string[];
}

/** Budget and length penalty of greedyCover. */
export interface GreedyCoverOptions {
  /** Word budget. */
  readonly words: number;
  /** Gain is divided by words^lengthPower. */
  readonly lengthPower: number;
  /** Let the last item run past the budget. */
  readonly overflow: boolean;
}

interface Entry {
  readonly index: number;
  score: number;
  /** Number of picks when `score` was computed; older scores are upper bounds. */
  round: number;
}

/**
 * Budgeted maximum coverage, greedily: repeatedly takes the item whose not yet covered concepts
 * weigh most per words^lengthPower, until the budget is spent or nothing adds weight. Lazy
 * evaluation (Minoux 1978): coverage gains only shrink, so a stale score is an upper bound and only
 * the top of the heap is recomputed. Same picks as the plain greedy (ties go to the earlier item).
 * Returns item indexes in pick order. Example:
 * `greedyCover([{words: 2, concepts: ['a b']}], new Map([['a b', 1]]), {words: 5, lengthPower: 1, overflow: false})` is `[0]`.
 */
export function greedyCover(items: readonly CoverItem[], weight: ReadonlyMap<string, number>, { words, lengthPower, overflow }: GreedyCoverOptions): number[] {
  const covered = new Set<string>();
  const score = (i: number) => {
    let gain = 0;
    for (const c of items[i].concepts) if (!covered.has(c)) gain += weight.get(c) ?? 0;
    return gain / Math.pow(items[i].words, lengthPower);
  };
  const heap = new MaxHeap<Entry>((a, b) => a.score > b.score || (a.score === b.score && a.index < b.index));
  items.forEach((_, index) => heap.push({ index, score: score(index), round: 0 }));
  const picked: number[] = [];
  let budget = words;
  while (budget > 0 && heap.size > 0) {
    const top = heap.pop()!;
    // Budget only shrinks, so an item that does not fit now never will.
    if (!overflow && items[top.index].words > budget) continue;
    if (top.round !== picked.length) {
      top.score = score(top.index);
      top.round = picked.length;
      heap.push(top);
      continue;
    }
    if (top.score <= 0) break;
    picked.push(top.index);
    for (const c of items[top.index].concepts) covered.add(c);
    budget -= items[top.index].words;
  }
  return picked;
}
