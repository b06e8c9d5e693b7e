import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markSpans, type Mark } from './mark-spans.js';

const mark = (start: number, end: number, rank: number, tag: string): Mark => ({ start, end, rank, open: `<${tag} id="${start}">`, cont: `<${tag}>`, close: `</${tag}>` });

test('a single span is wrapped and the rest escaped', () => {
  assert.equal(markSpans('a<b> Key', [mark(5, 8, 0, 'i')]), 'a&lt;b&gt; <i id="5">Key</i>');
});

test('a lower-rank span that starts inside a higher-rank one splits the inner one, keeping the id on the first piece', () => {
  // sentence (rank 0) = 4..9, quote (rank 1) = 0..6 crosses the sentence start
  assert.equal(markSpans('abcdefghij', [mark(4, 9, 0, 's'), mark(0, 6, 1, 'q')]), '<q id="0">abcd</q><s id="4"><q>ef</q>ghi</s>j');
});

test('nested spans of different ranks stay nested without splitting', () => {
  assert.equal(markSpans('Mr Key said', [mark(0, 11, 0, 's'), mark(3, 6, 1, 'm')]), '<s id="0">Mr <m id="3">Key</m> said</s>');
});

test('spans outside the text are clipped and empty ones ignored', () => {
  assert.equal(markSpans('abc', [mark(2, 10, 0, 'x'), mark(1, 1, 0, 'y')]), 'ab<x id="2">c</x>');
});
