import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../annotate/annotate.js';
import type { StoryBundle } from '../core/story.js';
import { storyTimeline } from './story-timeline.js';

function bundleOf(texts: { id: string; publishedAt: string; text: string }[]): StoryBundle {
  const articles = texts.map((t) => docFromText(t)).map(({ doc, article }) => ({ doc, article }));
  return { id: 'st', title: 'Dam', articles, duplicates: [] };
}

const bundle = bundleOf([
  { id: 'a', publishedAt: '2020-03-03', text: 'Council backs dam\n\nThe Greenfield city council voted on Monday to build the river dam.\nThe dam was first proposed in 1998 by a local farmer.' },
  { id: 'b', publishedAt: '2020-03-04', text: 'Dam vote angers farmers\n\nOn Monday the Greenfield city council voted to build the river dam.\nFarmers fear their fields will flood.' },
  { id: 'c', publishedAt: '2020-03-09', text: 'Dam plan stalls\n\nA judge halted work on the Greenfield river dam on Friday after farmers sued.' },
]);
const timeline = storyTimeline(bundle);

test('the same event from two articles is one entry with two pieces of evidence', () => {
  const vote = timeline.filter((e) => /council voted/.test(e.text));
  assert.equal(vote.length, 1);
  assert.equal(vote[0].date, '2020-03-02');
  assert.deepEqual(vote[0].evidence.map((e) => e.articleId), ['a', 'b']);
});

test('entries run in date order, with their granularity', () => {
  assert.deepEqual(timeline.map((e) => [e.date, e.granularity]), [['1998', 'year'], ['2020-03-02', 'day'], ['2020-03-06', 'day']]);
});

test('a future-framed sentence with no date is not an event', () => {
  assert.equal(timeline.some((e) => /fields will flood/.test(e.text)), false);
});

test('limit keeps the most salient entries: the event two articles report outranks the rest', () => {
  assert.deepEqual(storyTimeline(bundle, { limit: 1 }).map((e) => e.date), ['2020-03-02']);
});
