import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite-store.js';
import type { ArticleFeatures } from './article-features.js';
import { defaultClusterOptions } from './cluster-options.js';
import { StoryClusterer } from './story-clusterer.js';
import { listStories } from './story-record.js';
import { saveDecision } from './story-tables.js';
import { newTitle } from './story-titles.js';

function features(articleId: string, terms: string): ArticleFeatures {
  return { articleId, title: new Map(), body: new Map(terms.split(' ').map((t) => [t, 1])), names: new Map(), day: null, signature: null };
}

const mergeFriendly = { ...defaultClusterOptions, bodyWeight: 1, titleWeight: 0, namesWeight: 0, timePenalty: 0, smallStoryDiscount: 0, joinThreshold: 0.5, mergeThreshold: 0.3 };

function run(titleA: string, titleB: string) {
  const store = SqliteStore.open(':memory:');
  const clusterer = new StoryClusterer(mergeFriendly);
  const arrivals: [ArticleFeatures, string][] = [
    [features('a', 'flood river town evacuate'), titleA],
    [features('b', 'flood river town rescue helicopter stranded'), titleB],
    [features('c', 'flood river town evacuate rescue helicopter'), ''],
  ];
  const steps = arrivals.map(([f, headline]) => {
    const decision = clusterer.add(f);
    const title = newTitle(store.db, clusterer, decision.storyId, decision.merged, { text: headline, articleId: f.articleId });
    store.transaction(() => saveDecision(store.db, clusterer, decision, f, null, title));
    return { merged: decision.merged.length, title };
  });
  const stories = listStories(store);
  store.close();
  return { steps, stories };
}

test('a new story takes its first headline; after a merge, the more central of the two titles is kept', () => {
  const good = 'Helicopter rescue in river flood';
  const poor = 'Council notes';
  const runs = [run(poor, good), run(good, poor)];
  for (const { steps, stories } of runs) {
    assert.equal(steps[0].title?.articleId, 'a', 'a new story takes its first headline');
    assert.equal(steps[2].merged, 1, 'the third article folds one story into the other');
    assert.equal(stories.length, 1);
    assert.equal(stories[0].title, good);
  }
  // In one of the two orders the story the third article joined had the poor title, and the
  // folded story's title replaced it.
  assert.ok(runs.some((r) => r.steps[2].title?.text === good), JSON.stringify(runs.map((r) => r.steps[2].title)));
});
