import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyView } from './story-view.js';

test('a story spans its first to last dated article, counts coverage per month and lists independent sources', () => {
  const view = storyView('st', 'SAS', [
    { id: 'c', title: 'C', source: 'Newshub', publishedAt: '2016-02-15', approximate: false },
    { id: 'a', title: 'A', source: 'Stuff', publishedAt: '2014-10-07', approximate: false },
    { id: 'b', title: 'B', source: 'Copycat', publishedAt: '2014-10-21', approximate: false },
    { id: 'u', title: 'U', source: null, publishedAt: null, approximate: false },
  ], ['b']);
  assert.deepEqual([view.start, view.end], ['2014-10-07', '2016-02-15']);
  assert.deepEqual(view.articles.map((a) => a.id), ['a', 'b', 'c', 'u']);
  assert.deepEqual(view.coverage, [{ period: '2014-10', count: 2 }, { period: '2016-02', count: 1 }]);
  assert.deepEqual(view.sources, ['Stuff', 'Newshub']);
  assert.equal(view.articles[1].duplicate, true);
});
