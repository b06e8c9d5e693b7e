import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Timex } from '../core/doc.js';
import { granularityOf, sentenceDate, weekMonth } from './sentence-date.js';

const whole = (text: string) => ({ start: 0, end: text.length });
const published = { publishedAt: '2014-10-21' };

test('a calendar timex in the sentence dates it, at the timex granularity', () => {
  const text = 'He spoke to Mr Abbott on Oct. 17 and again in December.';
  const timexes: Timex[] = [{ start: 25, end: 32, type: 'DATE', value: '2014-10-17' }, { start: 46, end: 54, type: 'DATE', value: '2014-12' }];
  assert.deepEqual(sentenceDate(text, whole(text), timexes, published), { date: '2014-10-17', granularity: 'day', source: 'timex' });
});

test('durations and unanchored timexes are skipped; PRESENT_REF is the publication day', () => {
  const text = 'For two weeks now the talks went on.';
  const timexes: Timex[] = [{ start: 4, end: 13, type: 'DURATION', value: 'P2W' }, { start: 14, end: 17, type: 'DATE', value: 'PRESENT_REF' }];
  assert.deepEqual(sentenceDate(text, whole(text), timexes, published), { date: '2014-10-21', granularity: 'day', source: 'timex' });
});

test("a sentence with no timex reports the day's news unless it is framed as future", () => {
  assert.deepEqual(sentenceDate('Mr Key ruled out the SAS.', whole('Mr Key ruled out the SAS.'), [], published),
    { date: '2014-10-21', granularity: 'day', source: 'published' });
  assert.equal(sentenceDate('Troops will go to Iraq.', whole('Troops will go to Iraq.'), [], published), null);
  assert.equal(sentenceDate('Jobs announced that Macs would use Intel chips.', whole('Jobs announced that Macs would use Intel chips.'), [], published)?.source, 'published');
  assert.equal(sentenceDate('Mr Key ruled out the SAS.', whole('Mr Key ruled out the SAS.'), [], { publishedAt: null }), null);
});

test('granularity and ISO week months', () => {
  assert.deepEqual(['2014-10-17', '2014-W42', '2014-10', '2014-Q3', '2014-SU', '2014', '201', 'P2W'].map(granularityOf),
    ['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', null]);
  assert.equal(weekMonth('2006-W13'), '2006-03'); // Thursday 30 March 2006
  assert.equal(weekMonth('2015-W01'), '2015-01'); // Thursday 1 January 2015
  assert.equal(weekMonth('2014-10'), null);
});

test('an announced future date gives the day of the announcement; a stated past date is kept', () => {
  const text = 'Jobs said the switch would happen next year.';
  const next: Timex[] = [{ start: 33, end: 42, type: 'DATE', value: '2006' }];
  assert.deepEqual(sentenceDate(text, whole(text), next, { publishedAt: '2005-06-06' }), { date: '2005-06-06', granularity: 'day', source: 'published' });
  const past = 'Jobs said sales fell last year.';
  assert.deepEqual(sentenceDate(past, whole(past), [{ start: 21, end: 30, type: 'DATE', value: '2004' }], { publishedAt: '2005-06-06' }),
    { date: '2004', granularity: 'year', source: 'timex' });
});

test('the most precise timex of the sentence wins: "at the 2010 conference less than two weeks ago"', () => {
  const text = 'It was shown at the 2010 conference less than two weeks ago.';
  const timexes: Timex[] = [{ start: 20, end: 24, type: 'DATE', value: '2010' }, { start: 36, end: 59, type: 'DATE', value: '2010-06-02' }];
  assert.equal(sentenceDate(text, whole(text), timexes, { publishedAt: '2010-06-16' })?.date, '2010-06-02');
});

test('"current" (PRESENT_REF) gives way to a stated calendar date', () => {
  const text = 'The current government came to power on Sept. 18, 1988.';
  const timexes: Timex[] = [{ start: 4, end: 11, type: 'DATE', value: 'PRESENT_REF' }, { start: 40, end: 54, type: 'DATE', value: '1988-09-18' }];
  assert.equal(sentenceDate(text, whole(text), timexes, { publishedAt: '1998-09-11' })?.date, '1988-09-18');
});
