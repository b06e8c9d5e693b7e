import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../annotate/annotate.js';
import type { StoryBundle } from '../core/story.js';
import { storyAnalysis } from './story-analysis.js';

const bundle: StoryBundle = {
  id: 'st', title: 'Dam', duplicates: [],
  articles: [docFromText({ id: 'a', publishedAt: '2020-03-03', text: 'Council backs dam\n\nThe Greenfield city council voted on Monday to build the river dam near the old mill.' })]
    .map(({ doc, article }) => ({ doc, article })),
};

test('the story JSON gets a timeline and a cited summary', () => {
  const { timeline, summary } = storyAnalysis(bundle, { words: '30' });
  assert.deepEqual(timeline.map((e) => [e.date, e.evidence[0].articleId]), [['2020-03-02', 'a']]);
  assert.deepEqual(summary.map((s) => s.evidence[0].articleId), ['a']);
});

test('bad --words and --since values are usage errors', () => {
  assert.throws(() => storyAnalysis(bundle, { words: 'ten' }), { code: 'usage' });
  assert.throws(() => storyAnalysis(bundle, { since: 'March 2020' }), { code: 'usage' });
});
