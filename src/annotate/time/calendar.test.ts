import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, dayOf, formatDay, formatWeek, isoWeekday, parseIsoDate } from './calendar.js';

test('2014-10-07 is a Tuesday in ISO week 41', () => {
  const day = dayOf({ y: 2014, m: 10, d: 7 });
  assert.equal(isoWeekday(day), 2);
  assert.equal(formatWeek(day), '2014-W41');
  assert.equal(formatDay(day), '2014-10-07');
});

test('1 January 2010 (a Friday) belongs to ISO week 53 of 2009', () => {
  assert.equal(formatWeek(dayOf({ y: 2010, m: 1, d: 1 })), '2009-W53');
});

test('two months before January 2014 is November 2013', () => {
  assert.deepEqual(addMonths(2014, 1, -2), { y: 2013, m: 11 });
});

test('a date-time keeps its written date whatever its offset', () => {
  assert.deepEqual(parseIsoDate('2014-10-21T23:59:00+13:00'), { y: 2014, m: 10, d: 21 });
  assert.equal(parseIsoDate('October 21'), null);
});
