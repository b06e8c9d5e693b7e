import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite-store.js';
import type { ArticleFeatures } from './article-features.js';
import { defaultClusterOptions } from './cluster-options.js';
import { StoryClusterer } from './story-clusterer.js';
import { storyChanges } from '../api/library.js';
import { listStories, storyRecord } from './story-record.js';
import { loadClusterer, saveDecision } from './story-tables.js';

function features(articleId: string, terms: string): ArticleFeatures {
  return { articleId, title: new Map(), body: new Map(terms.split(' ').map((t) => [t, 1])), names: new Map(), day: null, signature: null };
}

const mergeFriendly = { ...defaultClusterOptions, bodyWeight: 1, titleWeight: 0, namesWeight: 0, timePenalty: 0, smallStoryDiscount: 0, joinThreshold: 0.5, mergeThreshold: 0.3 };

test('a merge is stored: the folded story points at the live one, its articles move, and the live story\'s history lists the merge', () => {
  const store = SqliteStore.open(':memory:');
  const clusterer = new StoryClusterer(mergeFriendly);
  const articles = [features('a', 'flood river town evacuate'), features('b', 'flood river town rescue helicopter stranded'), features('c', 'flood river town evacuate rescue helicopter')];
  const decisions = articles.map((f) => {
    const decision = clusterer.add(f);
    store.transaction(() => saveDecision(store.db, clusterer, decision, f, null, { text: `title ${f.articleId}`, articleId: f.articleId }));
    return decision;
  });
  assert.equal(decisions[2].merged.length, 1);
  const [story] = listStories(store);
  assert.equal(listStories(store).length, 1);
  assert.deepEqual([...story.articles].sort(), ['a', 'b', 'c']);
  const record = storyRecord(store, decisions[2].merged[0]);
  assert.equal(record.id, story.id, 'the folded id resolves to the live story');
  assert.deepEqual(record.history.filter((h) => h.kind === 'merge').map((h) => [h.articleId, h.otherStoryId]), [['c', decisions[2].merged[0]]]);
  assert.deepEqual(record.history.map((h) => h.articleId).sort(), ['a', 'b', 'c', 'c'], 'the folded story\'s own events stay in the history');
  assert.deepEqual(storyChanges(store, story.id).map((c) => [c.kind, c.otherStoryId, c.otherTitle]), [['merge', decisions[2].merged[0], decisions[2].merged[0] === decisions[0].storyId ? 'title a' : 'title b']]);
  const reloaded = loadClusterer(store.db, mergeFriendly);
  assert.equal(reloaded.resolve(decisions[2].merged[0]), story.id);
  assert.equal(reloaded.stories.size, 1);
  store.close();
});
