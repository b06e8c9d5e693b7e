import type { Vectors } from './story-clusterer.js';
import { addInto, type SparseVector } from './weighted-cosine.js';

/** One independent member of a story with the unit-length vectors it added to the centroid. */
export interface Member {
  readonly articleId: string;
  readonly vectors: Vectors;
}

/** Two parts of a story and how similar their centroids are (the clusterer's weighted score). */
export interface Bisection {
  /** The larger part: it keeps the story's id. */
  readonly keep: readonly Member[];
  readonly move: readonly Member[];
  readonly similarity: number;
}

/** The centroid of members: the sum of their vectors, as the clusterer keeps it. Example: `sumVectors([m]).body` equals m's. */
export function sumVectors(members: readonly Member[]): Vectors {
  const sum = { title: new Map() as SparseVector, body: new Map() as SparseVector, names: new Map() as SparseVector };
  for (const { vectors } of members) {
    addInto(sum.title, vectors.title);
    addInto(sum.body, vectors.body);
    addInto(sum.names, vectors.names);
  }
  return sum;
}

/** At most `n` members, evenly spaced over the list (all of them when there are fewer). Example: `evenSample([a, b, c, d], 2)` → [a, c]. */
export function evenSample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

function twoMeans(members: readonly Member[], similarity: (a: Vectors, b: Vectors) => number, rounds: number): [Vectors, Vectors] | null {
  const whole = sumVectors(members);
  const toWhole = members.map((m) => similarity(m.vectors, whole));
  const closest = members[toWhole.indexOf(Math.max(...toWhole))];
  const toClosest = members.map((m) => similarity(m.vectors, closest.vectors));
  const farthest = members[toClosest.indexOf(Math.min(...toClosest))];
  if (farthest === closest) return null;
  let centroids: [Vectors, Vectors] = [closest.vectors, farthest.vectors];
  let side: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const next = members.map((m) => (similarity(m.vectors, centroids[0]) >= similarity(m.vectors, centroids[1]) ? 0 : 1));
    if (next.every((s, i) => s === side[i])) break;
    side = next;
    const parts = [members.filter((_, i) => side[i] === 0), members.filter((_, i) => side[i] === 1)];
    if (parts[0].length === 0 || parts[1].length === 0) return null;
    centroids = [sumVectors(parts[0]), sumVectors(parts[1])];
  }
  return centroids;
}

/**
 * Splits a story's members in two by spherical 2-means under the clusterer's own similarity:
 * one seed is the member closest to the whole story, the other the member least like that
 * one; members then go to the nearer part centroid until none moves. A large story runs the
 * rounds on an even sample of `sample` members and then places every member once, so a check
 * costs O(members), not O(members × rounds). Returns null when one part ends up empty; the
 * caller decides whether the parts are far enough apart.
 * Example: members about a flood and about an election → `{keep: flood, move: election, similarity: 0.1}`.
 */
export function bisect(members: readonly Member[], similarity: (a: Vectors, b: Vectors) => number, { rounds = 10, sample = 64 } = {}): Bisection | null {
  if (members.length < 2) return null;
  const centroids = twoMeans(evenSample(members, sample), similarity, rounds);
  if (!centroids) return null;
  const side = members.map((m) => (similarity(m.vectors, centroids[0]) >= similarity(m.vectors, centroids[1]) ? 0 : 1));
  const a = members.filter((_, i) => side[i] === 0);
  const b = members.filter((_, i) => side[i] === 1);
  if (a.length === 0 || b.length === 0) return null;
  const [keep, move] = a.length >= b.length ? [a, b] : [b, a];
  return { keep, move, similarity: similarity(sumVectors(keep), sumVectors(move)) };
}
