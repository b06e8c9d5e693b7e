import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addTimexScore, emptyTimexCounts, timexScores } from './timex-score.js';

const gold = [
  { start: 0, end: 9, type: 'DATE', value: '2014-10-06' }, // "yesterday"
  { start: 20, end: 29, type: 'DATE', value: '2014-W41' }, // "this week"
  { start: 40, end: 49, type: 'DURATION', value: 'P2W' },
];

test('an exact span with the right value counts for strict, relaxed and value', () => {
  const counts = emptyTimexCounts();
  addTimexScore(counts, gold, [{ start: 0, end: 9, type: 'DATE', value: '2014-10-06' }]);
  assert.deepEqual(counts, { gold: 3, predicted: 1, strict: 1, relaxed: 1, valueCorrect: 1, typeCorrect: 1 });
});

test('an overlapping span is a relaxed match only, and a wrong value or type is not counted', () => {
  const counts = emptyTimexCounts();
  addTimexScore(counts, gold, [
    { start: 15, end: 29, type: 'DATE', value: '2014-W41' }, // "earlier this week"
    { start: 40, end: 49, type: 'DATE', value: '2014-10-21' },
    { start: 60, end: 65, type: 'DATE', value: 'PRESENT_REF' }, // no gold there
  ]);
  assert.deepEqual(counts, { gold: 3, predicted: 3, strict: 1, relaxed: 2, valueCorrect: 1, typeCorrect: 1 });
  const scores = timexScores(counts);
  assert.equal(scores.relaxed.precision, 2 / 3);
  assert.equal(scores.valueAccuracy, 1 / 2);
  assert.equal(scores.valueF1, 1 / 3); // P = 1/3, R = 1/3
});

test('one gold timex is matched by at most one prediction', () => {
  const counts = emptyTimexCounts();
  addTimexScore(counts, gold.slice(0, 1), [
    { start: 0, end: 4, type: 'DATE', value: '2014-10-06' },
    { start: 4, end: 9, type: 'DATE', value: '2014-10-06' },
  ]);
  assert.equal(counts.relaxed, 1);
  assert.equal(counts.predicted, 2);
});
