import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { SpanCounter, prf } from './span-scores.js';

test('a prediction counts only when start, end and label all match', () => {
  const counter = new SpanCounter(['PER', 'LOC']);
  counter.add(
    [{ start: 0, end: 8, label: 'PER' }, { start: 12, end: 18, label: 'LOC' }, { start: 20, end: 25, label: 'MISC' }],
    [{ start: 0, end: 8, label: 'PER' }, { start: 12, end: 17, label: 'LOC' }, { start: 20, end: 25, label: 'MISC' }],
  );
  const s = counter.scores();
  assert.deepEqual([s.PER.tp, s.PER.predicted, s.PER.gold], [1, 1, 1]);
  assert.deepEqual([s.LOC.tp, s.LOC.predicted, s.LOC.gold], [0, 1, 1]);
  // MISC is not among the labels: ignored on both sides
  assert.deepEqual([s.overall.tp, s.overall.predicted, s.overall.gold], [1, 2, 2]);
  assert.equal(s.overall.f1, 0.5);
});

test('prf gives precision, recall and their harmonic mean, 0 when undefined', () => {
  assert.deepEqual(prf(8, 10, 16), { precision: 0.8, recall: 0.5, f1: 0.8 / 1.3, tp: 8, predicted: 10, gold: 16 });
  assert.deepEqual(prf(0, 0, 0), { precision: 0, recall: 0, f1: 0, tp: 0, predicted: 0, gold: 0 });
});
