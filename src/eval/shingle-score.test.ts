import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageScore, shingles, summarizeScores, wordTokens } from './shingle-score.js';

test('tokens are Unicode \\w+ runs, as the benchmark cuts them', () => {
  assert.deepEqual(wordTokens("Le café d'été, 2019!"), ['Le', 'café', 'd', 'été', '2019']);
});

test('a text of fewer than four tokens is one shingle', () => {
  assert.deepEqual([...shingles(['a', 'b'])], [['a\u0001b', 1]]);
  assert.equal(shingles(['a', 'b', 'c', 'd', 'e']).size, 2);
});

test('extra text lowers precision, missing text lowers recall', () => {
  const s = pageScore('a b c d e', 'a b c d');
  assert.deepEqual([s.precision, s.recall, s.exact], [0.5, 1, false]);
  const t = pageScore('a b c d', 'a b c d e f');
  assert.deepEqual([t.precision, t.recall], [1, 1 / 3]);
});

test('identical token sequences score 1 and count as exact, whatever the punctuation', () => {
  assert.deepEqual(pageScore('One, two. Three four!', 'One two Three four'), { precision: 1, recall: 1, exact: true, extracted: true, hasGold: true });
});

test('precision is averaged over pages with output, recall over pages with gold', () => {
  const scores = [pageScore('a b c d e', 'a b c d'), pageScore('', 'a b c d')];
  const summary = summarizeScores(scores);
  assert.deepEqual([summary.precision, summary.recall, summary.accuracy], [0.5, 0.5, 0]);
  assert.equal(summary.f1, 0.5);
});
