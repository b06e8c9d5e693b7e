import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectShifts, type ShiftInput } from './detect-shifts.js';
import { findDisagreements } from './find-disagreements.js';

const s = (actor: string, date: string, stance: ShiftInput['stance'], score = 3, target = 'troops', order = 0): ShiftInput =>
  ({ actor, target, date, order, stance, score });

test('a stance that changes between dates is a shift; the same stance again is not', () => {
  const items = [s('key', '2014-10-07', 'reluctant'), s('key', '2014-10-21', 'open'), s('key', '2014-10-22', 'open'), s('key', '2016-02-15', 'rules_out')];
  assert.deepEqual(detectShifts(items), [{ from: 0, to: 1 }, { from: 2, to: 3 }]);
});

test('statements on the same date never shift against each other', () => {
  assert.deepEqual(detectShifts([s('ryan', '2016-09-23', 'reluctant'), s('ryan', '2016-09-23', 'supports')]), []);
});

test("a date's stance is its firmest statement's: one categorical 'rule out' outweighs two milder objections", () => {
  const items = [s('key', '2014-10-21', 'open', 4), s('key', '2016-02-15', 'opposes', 4, 'troops', 1), s('key', '2016-02-15', 'rules_out', 7, 'troops', 2), s('key', '2016-02-15', 'opposes', 4, 'troops', 3)];
  assert.deepEqual(detectShifts(items), [{ from: 0, to: 2 }]);
});

test('statements without a trigger and other targets or actors stay out of a shift', () => {
  const items = [s('key', '2014-10-07', 'open'), s('key', '2014-10-08', 'undecided', 0), s('key', '2014-10-09', 'opposes', 3, 'tax'), s('goff', '2014-10-10', 'opposes')];
  assert.deepEqual(detectShifts(items), []);
});

test('two actors on opposite sides of one target within a month disagree; months apart they do not', () => {
  const items = [s('strada', '2016-09-23', 'supports'), s('white house', '2016-09-20', 'opposes', 4), s('ryan', '2016-12-30', 'opposes')];
  assert.deepEqual(findDisagreements(items), [{ target: 'troops', a: 0, b: 1 }]);
});
