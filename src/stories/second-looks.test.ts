import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite-store.js';
import type { ArticleFeatures } from './article-features.js';
import { defaultClusterOptions } from './cluster-options.js';
import { SecondLooks } from './second-looks.js';
import { StoryClusterer } from './story-clusterer.js';
import { getStory, storyRecord } from './story-record.js';
import { loadClusterer, saveDecision } from './story-tables.js';

function features(articleId: string, terms: string): ArticleFeatures {
  return { articleId, title: new Map(), body: new Map(terms.split(' ').map((t) => [t, 1])), names: new Map(), day: null, signature: null };
}

// Body terms only, no leniencies, and no merges prompted by an arriving article, so only a
// second look can fold one story into another.
const looks = {
  ...defaultClusterOptions, bodyWeight: 1, titleWeight: 0, namesWeight: 0, timePenalty: 0, smallStoryDiscount: 0, earlyPremium: 0, cohesionShare: 0,
  joinThreshold: 0.5, mergeCandidateShare: 10, secondLookAfter: 3, secondLookRounds: 2, secondLookMaxSize: 1, secondLookMinTarget: 3, secondLookShare: 1,
};

// A quake story grows towards the words of a report that started its own story (s) when the
// quake story had one article: aftershocks, survivors, tents.
const arrivals = [
  features('q1', 'quake tremor rubble city'),
  features('s', 'quake aftershock survivor tent'),
  features('q2', 'quake tremor rubble aftershock survivor'),
  features('q3', 'quake tremor rubble aftershock tent'),
  features('q4', 'quake tremor rubble survivor tent'),
  features('x', 'cricket wicket bowler'),
];

test('second looks fall 1×, 4×, 16× the delay after a story starts, and then it is forgotten', () => {
  const looks = new SecondLooks(10, 3);
  looks.add(5, { storyId: 'a', keys: ['flood'] });
  const dueAt = Array.from({ length: 200 }, (_, i) => i).filter((clock) => looks.due(clock).length > 0);
  assert.deepEqual(dueAt, [15, 45, 165]);
  assert.equal(looks.horizon, 160);
  const off = new SecondLooks(0, 3);
  off.add(1, { storyId: 'a', keys: [] });
  assert.deepEqual(off.due(1), []);
});

test('a one-article story is folded into a story that has grown towards it, on its second look', () => {
  const clusterer = new StoryClusterer(looks);
  const decisions = arrivals.map((f) => clusterer.add(f));
  assert.equal(decisions[1].kind, 'create', 's scored too low against the one-article quake story');
  assert.deepEqual(decisions[4].attached.map((a) => [a.storyId, a.into]), [[decisions[1].storyId, decisions[0].storyId]]);
  assert.equal(decisions[4].storyId, decisions[0].storyId);
  assert.equal(clusterer.resolve(decisions[1].storyId), decisions[0].storyId);
  assert.equal(clusterer.stories.size, 2, 'the quake story and the cricket report');
  const without = new StoryClusterer({ ...looks, secondLookAfter: 0 });
  arrivals.forEach((f) => without.add(f));
  assert.equal(without.stories.size, 3, 'without second looks the report stays alone');
});

test('a second look is not taken into a story smaller than secondLookMinTarget', () => {
  const clusterer = new StoryClusterer({ ...looks, secondLookMinTarget: 4 });
  const decisions = arrivals.map((f) => clusterer.add(f));
  assert.deepEqual(decisions.flatMap((d) => d.attached), []);
});

test('a second look folds only at secondLookShare of the fold bar, and only stories of at most secondLookMaxSize articles', () => {
  const shipped = new StoryClusterer(looks);
  const score = arrivals.map((f) => shipped.add(f))[4].attached[0].score;
  const strict = new StoryClusterer({ ...looks, secondLookShare: (score / looks.joinThreshold) * 1.01 });
  assert.deepEqual(arrivals.flatMap((f) => strict.add(f).attached), [], 'just short of the bar: no fold');
  const lenient = new StoryClusterer({ ...looks, secondLookShare: (score / looks.joinThreshold) * 0.99 });
  assert.equal(arrivals.flatMap((f) => lenient.add(f).attached).length, 1);
  const none = new StoryClusterer({ ...looks, secondLookMaxSize: 0 });
  assert.deepEqual(arrivals.flatMap((f) => none.add(f).attached), [], 'a one-article story is over a size limit of 0');
});

test('a second-look fold is stored as a merge with no article, and a reopened store keeps the pending looks', () => {
  const store = SqliteStore.open(':memory:');
  const save = (clusterer: StoryClusterer, f: ArticleFeatures) => {
    const decision = clusterer.add(f);
    store.transaction(() => saveDecision(store.db, clusterer, decision, f, null, null));
    return decision;
  };
  // Stop after s has started, reopen, and carry on: the look is still due at q4.
  const first = loadClusterer(store.db, looks);
  const s = arrivals.slice(0, 3).map((f) => save(first, f))[1];
  const reopened = loadClusterer(store.db, looks);
  const rest = arrivals.slice(3).map((f) => save(reopened, f));
  assert.equal(rest[1].attached.length, 1);
  const record = storyRecord(store, s.storyId);
  assert.notEqual(record.id, s.storyId, 'the folded id resolves to the quake story');
  assert.deepEqual([...getStory(store, s.storyId)!.articles].sort(), ['q1', 'q2', 'q3', 'q4', 's']);
  assert.deepEqual(record.history.filter((h) => h.kind === 'merge').map((h) => [h.articleId, h.otherStoryId]), [[null, s.storyId]]);
  assert.equal(loadClusterer(store.db, looks).stories.size, 2);
  store.close();
});
