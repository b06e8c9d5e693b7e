import assert from 'node:assert/strict';
import { test } from 'node:test';
import { greedyCover } from './greedy-cover.js';
import { MaxHeap } from './max-heap.js';

test('the heap gives items back largest first', () => {
  const heap = new MaxHeap<number>((a, b) => a > b);
  for (const n of [3, 9, 1, 7, 5]) heap.push(n);
  assert.deepEqual([heap.pop(), heap.pop(), heap.pop(), heap.pop(), heap.pop(), heap.pop()], [9, 7, 5, 3, 1, undefined]);
});

const weight = new Map([['a', 5], ['b', 4], ['c', 3], ['d', 1]]);
const items = [
  { words: 10, concepts: ['a', 'b'] }, // 9 per 10 words
  { words: 10, concepts: ['a', 'b', 'd'] }, // 10 per 10 words: picked first
  { words: 5, concepts: ['c'] },
  { words: 5, concepts: ['a'] }, // redundant once item 1 is in
];

test('greedy cover picks by weight per word and counts a covered concept once', () => {
  assert.deepEqual(greedyCover(items, weight, { words: 20, lengthPower: 1, overflow: false }), [1, 2]);
});

test('an item longer than the budget left is skipped, unless overflow is allowed', () => {
  assert.deepEqual(greedyCover(items, weight, { words: 12, lengthPower: 1, overflow: false }), [1]);
  assert.deepEqual(greedyCover(items, weight, { words: 12, lengthPower: 1, overflow: true }), [1, 2]);
});
