import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc, Quote } from '../../core/doc.js';
import { statementDate } from './statement-date.js';

const text = '"I am not in the habit of supporting them," Cruz said in July. He said on Friday he will vote for "Trump in November."';
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const doc: Doc = {
  articleId: 'a', text, messages: [],
  layers: { timexes: [
    { ...at('July'), type: 'DATE', value: '2016-07' },
    { ...at('Friday'), type: 'DATE', value: '2016-09-23' },
    { ...at('November'), type: 'DATE', value: '2016-11' },
  ] },
};
const quote = (content: string, cue: string, from = 0): Quote => ({ content: [at(content, from)], cue: at(cue, from), source: null, speaker: null, kind: 'direct', confidence: 1 });

test('"said in July" dates the statement to July, before the article date', () => {
  assert.equal(statementDate(doc, quote('I am not in the habit of supporting them,', 'said'), '2016-09-26'), '2016-07');
});

test('a date inside the quote is what it talks about, not when it was said', () => {
  const q = quote('Trump in November.', 'said', text.indexOf('He said'));
  assert.equal(statementDate(doc, { ...q, cue: at('said', text.indexOf('He said')) }, '2016-10-05'), '2016-09-23');
});

test('a day in the same week as the article ("said on Friday") is the news itself: the article date', () => {
  const q = quote('Trump in November.', 'said', text.indexOf('He said'));
  assert.equal(statementDate(doc, { ...q, cue: at('said', text.indexOf('He said')) }, '2016-09-26'), '2016-09-26');
});

test('a date after the article date never moves the statement', () => {
  assert.equal(statementDate(doc, quote('I am not in the habit of supporting them,', 'said'), '2016-06-01'), '2016-06-01');
});
