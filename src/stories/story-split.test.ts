import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite-store.js';
import type { ArticleFeatures } from './article-features.js';
import { defaultClusterOptions } from './cluster-options.js';
import { StoryClusterer, type Vectors } from './story-clusterer.js';
import { bisect, evenSample } from './story-bisect.js';
import { crossesCheckpoint, splitIfMixed } from './story-split.js';
import { listStories, storyRecord } from './story-record.js';
import { loadClusterer, saveDecision } from './story-tables.js';

function features(articleId: string, terms: string, day: number): ArticleFeatures {
  return { articleId, title: new Map(), body: new Map(terms.split(' ').map((t) => [t, 1])), names: new Map(), day, signature: null };
}

const vectors = (terms: string): Vectors => ({ title: new Map(), body: new Map(terms.split(' ').map((t) => [t, 1])), names: new Map() });
const cosine = (a: Vectors, b: Vectors) => {
  let dot = 0;
  for (const [t, x] of a.body) dot += x * (b.body.get(t) ?? 0);
  const norm = (v: Vectors) => Math.sqrt([...v.body.values()].reduce((s, x) => s + x * x, 0));
  return dot / (norm(a) * norm(b) || 1);
};

test('a story is checked for a split at 8 members, then each time it grows by half', () => {
  assert.equal(crossesCheckpoint(7, 8), true);
  assert.equal(crossesCheckpoint(8, 9), false);
  assert.equal(crossesCheckpoint(11, 12), true);
  assert.equal(crossesCheckpoint(12, 17), false);
  assert.equal(crossesCheckpoint(13, 30), true, 'a merge that jumps past check sizes still triggers one check');
  assert.equal(crossesCheckpoint(0, 7), false);
});

test('bisect separates two groups of members and reports how alike the parts are', () => {
  const members = ['flood river rain', 'flood river levee', 'flood rain levee', 'vote ballot poll', 'vote ballot count'].map((t, i) => ({ articleId: `m${i}`, vectors: vectors(t) }));
  const parts = bisect(members, cosine)!;
  assert.deepEqual(parts.keep.map((m) => m.articleId), ['m0', 'm1', 'm2']);
  assert.deepEqual(parts.move.map((m) => m.articleId), ['m3', 'm4']);
  assert.equal(parts.similarity, 0);
  assert.equal(bisect(members.slice(0, 1), cosine), null);
});

// One article about both a flood and an election bridges the two into one story; election
// reports then join it. At 8 members the check finds two parts that would not join each other.
const splitFriendly = { ...defaultClusterOptions, bodyWeight: 1, titleWeight: 0, namesWeight: 0, timePenalty: 0, smallStoryDiscount: 0, earlyPremium: 0, cohesionShare: 0, joinThreshold: 0.2, mergeThreshold: 0.9 };
const arrivals = [
  features('a1', 'flood river town evacuate', 1), features('a2', 'flood river levee rescue', 2), features('a3', 'flood town levee evacuate', 3),
  features('x', 'flood river town election ballot vote', 4),
  features('b1', 'election ballot vote count', 5), features('b2', 'election ballot candidate count', 6), features('b3', 'election vote candidate poll', 7), features('b4', 'ballot vote candidate poll', 8),
];

function ingest(store: SqliteStore, clusterer: StoryClusterer, f: ArticleFeatures): { storyId: string; split: string | null } {
  return store.transaction(() => {
    const decision = clusterer.add(f);
    saveDecision(store.db, clusterer, decision, f, `2020-01-0${f.day}`, { text: `title ${f.articleId}`, articleId: f.articleId });
    return { storyId: decision.storyId, split: splitIfMixed(store.db, clusterer, decision.storyId, decision.sizeBefore) };
  });
}

test('a story that proves to hold two stories is split in two, the split is in both histories, and later articles find their part', () => {
  const store = SqliteStore.open(':memory:');
  const clusterer = new StoryClusterer(splitFriendly);
  const results = arrivals.map((f) => ingest(store, clusterer, f));
  assert.equal(new Set(results.map((r) => r.storyId)).size, 1, 'before the check, all eight are one story');
  const newId = results[7].split;
  assert.ok(newId, 'the check at 8 members splits the story');
  assert.deepEqual(results.slice(0, 7).map((r) => r.split), [null, null, null, null, null, null, null]);
  const stories = listStories(store);
  assert.equal(stories.length, 2);
  const groups = stories.map((s) => [...s.articles].sort().join(' ')).sort();
  assert.deepEqual(groups.map((g) => g.replace(/ ?x/, '')), ['a1 a2 a3', 'b1 b2 b3 b4'], 'flood reports and election reports part ways (the bridge goes either way)');
  const oldId = results[0].storyId;
  assert.deepEqual(storyRecord(store, oldId).history.filter((h) => h.kind.startsWith('split')).map((h) => [h.kind, h.otherStoryId]), [['split-off', newId]]);
  assert.deepEqual(storyRecord(store, newId!).history.filter((h) => h.kind.startsWith('split')).map((h) => [h.kind, h.otherStoryId]), [['split-from', oldId]]);
  const floodStory = stories.find((s) => s.articles.includes('a1'))!.id;
  const electionStory = stories.find((s) => s.articles.includes('b1'))!.id;
  assert.equal(ingest(store, clusterer, features('a4', 'flood river levee evacuate', 9)).storyId, floodStory);
  // A new process picks up the split from the tables.
  const reloaded = loadClusterer(store.db, splitFriendly);
  assert.equal(reloaded.stories.size, 2);
  assert.equal(ingest(store, reloaded, features('b5', 'election ballot count poll', 9)).storyId, electionStory);
  store.close();
});

test('a story whose parts are alike stays whole', () => {
  const store = SqliteStore.open(':memory:');
  const clusterer = new StoryClusterer(splitFriendly);
  const flood = ['flood river town evacuate', 'flood river levee rescue', 'flood town levee evacuate', 'flood river town rescue', 'flood levee rescue evacuate', 'river town levee rescue', 'flood river evacuate levee', 'flood town rescue river'];
  const results = flood.map((t, i) => ingest(store, clusterer, features(`f${i}`, t, i + 1)));
  assert.equal(new Set(results.map((r) => r.storyId)).size, 1);
  assert.equal(results[7].split, null);
  assert.equal(listStories(store).length, 1);
  store.close();
});

test('a large story is bisected from an even sample, and every member is then placed', () => {
  assert.deepEqual(evenSample([1, 2, 3, 4, 5, 6], 3), [1, 3, 5]);
  assert.deepEqual(evenSample([1, 2], 3), [1, 2]);
  const members = Array.from({ length: 40 }, (_, i) => ({ articleId: `m${i}`, vectors: vectors(i % 4 === 0 ? `vote ballot poll${i % 3}` : `flood river levee${i % 5}`) }));
  const parts = bisect(members, cosine, { sample: 8 })!;
  assert.equal(parts.move.length, 10);
  assert.ok(parts.move.every((m) => Number(m.articleId.slice(1)) % 4 === 0));
  assert.equal(parts.similarity, 0);
});
