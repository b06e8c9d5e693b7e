import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcubed } from '../eval/bcubed.js';
import type { ArticleFeatures } from './article-features.js';
import { defaultClusterOptions } from './cluster-options.js';
import { minhashSignature, signatureSimilarity } from './minhash.js';
import { StoryClusterer, typicalCosine } from './story-clusterer.js';
import { stem, termCounts } from './terms.js';

function features(articleId: string, terms: string, day: number | null = null): ArticleFeatures {
  return { articleId, title: new Map(), body: new Map(terms.split(' ').map((t) => [t, 1])), names: new Map(), day, signature: null };
}

const bodyOnly = { ...defaultClusterOptions, bodyWeight: 1, titleWeight: 0, namesWeight: 0, timePenalty: 0, smallStoryDiscount: 0, earlyPremium: 0 };

test('stem folds plurals and -ing forms and keeps short words', () => {
  assert.deepEqual(['militants', 'troops', 'bombing', 'strikes', 'bus', 'its'].map(stem), ['militant', 'troop', 'bomb', 'strike', 'bus', 'its']);
  assert.deepEqual([...termCounts('Troops were sent; more troops said they followed.')], [['troop', 2], ['sent', 1], ['follow', 1]]);
});

test('MinHash: identical texts have similarity 1, unrelated texts near 0', () => {
  const a = minhashSignature('the quick brown fox jumps over the lazy dog near the river bank today')!;
  const b = minhashSignature('completely different words make up this other sentence about rugby and milk prices')!;
  assert.equal(signatureSimilarity(a, a), 1);
  assert.ok(signatureSimilarity(a, b) < 0.1);
  assert.equal(minhashSignature('too short'), null);
});

test('an article on a new topic starts a story; one sharing its terms joins it', () => {
  const clusterer = new StoryClusterer(bodyOnly);
  const first = clusterer.add(features('a', 'iraq troop sas deploy'));
  const second = clusterer.add(features('b', 'iraq troop sas train'));
  const third = clusterer.add(features('c', 'rugby bledisloe wallaby'));
  assert.equal(first.kind, 'create');
  assert.deepEqual([second.kind, second.storyId], ['join', first.storyId]);
  assert.equal(third.kind, 'create');
  assert.notEqual(third.storyId, first.storyId);
});

test('a bridging article merges two stories that prove to be one, and the merge is reported', () => {
  const clusterer = new StoryClusterer({ ...bodyOnly, joinThreshold: 0.5, mergeThreshold: 0.3 });
  const a = clusterer.add(features('a', 'flood river town evacuate'));
  const b = clusterer.add(features('b', 'flood river town rescue helicopter stranded'));
  assert.equal(b.kind, 'create');
  const c = clusterer.add(features('c', 'flood river town evacuate rescue helicopter'));
  assert.equal(c.kind, 'join');
  assert.equal(c.merged.length, 1);
  assert.equal(clusterer.resolve(a.storyId), clusterer.resolve(b.storyId));
  assert.equal(clusterer.stories.size, 1);
});

test('a one-article story is folded into the story a later article joins, once its article would join that story', () => {
  const clusterer = new StoryClusterer({ ...bodyOnly, joinThreshold: 0.35 });
  const a = clusterer.add(features('a', 'flood river town evacuate levee'));
  const s = clusterer.add(features('s', 'flood rescue helicopter stranded'));
  assert.equal(s.kind, 'create');
  const c = clusterer.add(features('c', 'flood river town levee rescue helicopter stranded'));
  assert.deepEqual([c.kind, c.storyId, c.merged], ['join', s.storyId, [a.storyId]]);
  assert.equal(clusterer.stories.size, 1);
});

test('a story of two articles needs a higher score than a one-article story to be folded in', () => {
  const run = (mergeGrowth: number) => {
    const clusterer = new StoryClusterer({ ...bodyOnly, joinThreshold: 0.35, mergeGrowth });
    clusterer.add(features('a', 'flood river town evacuate levee'));
    clusterer.add(features('a2', 'flood river town evacuate levee breach'));
    const s = clusterer.add(features('s', 'flood rescue helicopter stranded'));
    return clusterer.add(features('c', 'flood river town levee rescue helicopter stranded')).merged.length > 0 && s.kind === 'create';
  };
  assert.equal(run(0), true);
  assert.equal(run(1), false);
});

test('a long gap costs score: the same terms 400 days later start a new story when the penalty is high', () => {
  const clusterer = new StoryClusterer({ ...bodyOnly, timePenalty: 0.3 });
  const a = clusterer.add(features('a', 'election poll vote result', 1000));
  const b = clusterer.add(features('b', 'election poll vote count', 1400));
  assert.notEqual(b.storyId, a.storyId);
});

test('a member\'s weight in the centroid does not grow with its length: a short report still joins after a long one', () => {
  const clusterer = new StoryClusterer({ ...bodyOnly, joinThreshold: 0.3, mergeThreshold: 2 });
  const long = Array.from({ length: 16 }, (_, i) => `filler${i}`).join(' ');
  const first = clusterer.add(features('a', 'quake magnitude tsunami coast'));
  const second = clusterer.add(features('b', 'quake magnitude tsunami coast ' + long));
  const third = clusterer.add(features('c', 'quake tsunami coast warning'));
  assert.equal(second.storyId, first.storyId);
  assert.equal(third.storyId, first.storyId);
  // Had the long member counted by its length (raw sums), the centroid would lean to its
  // filler and the short report would score about 0.45.
  assert.ok(third.score > 0.5, String(third.score));
});

test('typicalCosine reads the members\' mean similarity off the centroid norm: two unit members at cosine 0.5 give 0.577', () => {
  assert.equal(typicalCosine(3, 2).toFixed(3), '0.577');
  assert.equal(typicalCosine(1, 1), 0);
});

test('a tight story turns away a report of another event of the same kind that a loose threshold would let in', () => {
  const tight = 'rehab actress malibu promises treatment publicist reid pie';
  const other = 'rehab actress malibu treatment lohan betty ford court';
  const run = (cohesionShare: number) => {
    const clusterer = new StoryClusterer({ ...bodyOnly, joinThreshold: 0.2, cohesionShare, mergeThreshold: 2 });
    const a = clusterer.add(features('a', tight));
    clusterer.add(features('b', tight + ' statement'));
    return clusterer.add(features('c', other)).storyId === a.storyId;
  };
  assert.equal(run(0), true);
  assert.equal(run(0.8), false);
});

test('the join threshold starts higher while idf is immature and falls to the base after 50 articles', () => {
  const clusterer = new StoryClusterer({ ...bodyOnly, joinThreshold: 0.2, earlyPremium: 0.5, cohesionShare: 0 });
  const first = clusterer.add(features('a0', 'term0 shared'));
  const story = clusterer.stories.get(first.storyId)!;
  assert.ok(clusterer.joinThresholdFor(story) > 0.29, String(clusterer.joinThresholdFor(story)));
  for (let i = 1; i < 60; i++) clusterer.add(features(`a${i}`, `term${i} other${i}`));
  assert.equal(clusterer.joinThresholdFor(story).toFixed(3), '0.200');
});

test('B-cubed: one cluster holding two gold stories of sizes 2 and 1', () => {
  const scores = bcubed(['x', 'x', 'x'], ['a', 'a', 'b']);
  assert.equal(scores.recall, 1);
  assert.equal(scores.precision.toFixed(4), ((2 / 3 + 2 / 3 + 1 / 3) / 3).toFixed(4));
});

test('a join that only the small-story leniency allows needs a clear lead over the runner-up', () => {
  const lenient = { ...bodyOnly, joinThreshold: 0.6, smallStoryDiscount: 0.5 };
  const run = (discountMargin: number, last: string) => {
    const clusterer = new StoryClusterer({ ...lenient, discountMargin });
    for (let i = 0; i < 50; i++) clusterer.add(features(`f${i}`, `fill${i}a fill${i}b`));
    const a = clusterer.add(features('a', 'zeb vorl kelp mipo'));
    const b = clusterer.add(features('b', 'zeb tasu rulo nopa'));
    assert.equal(b.kind, 'create');
    return { a, x: clusterer.add(features('x', last)) };
  };
  // Half its terms shared with each of two one-article stories: no lead, so a new story.
  assert.equal(run(0.04, 'zeb vorl tasu quix').x.kind, 'create');
  assert.equal(run(0, 'zeb vorl tasu quix').x.kind, 'join', 'without the margin the tie joins one of them');
  // The same score against one story and a weak one against the other: a clear lead.
  const { a, x } = run(0.04, 'zeb vorl quix wemb');
  assert.deepEqual([x.kind, x.storyId], ['join', a.storyId]);
  assert.ok(x.score < lenient.joinThreshold, 'the join needed the leniency');
});
