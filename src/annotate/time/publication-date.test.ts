import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPublicationDate } from './publication-date.js';

test('a DUC wire id in the origin gives the date', () => {
  assert.equal(findPublicationDate('No date here.', 'D0601A/APW19990707.0181').publishedAt, '1999-07-07');
  assert.equal(findPublicationDate('No date here.', 'XIE19991008.0103').publishedAt, '1999-10-08');
});

test('a dateline line "Monday, 6 October 2014" gives the date from the text', () => {
  const found = findPublicationDate('Key rules out troops\nMonday, 6 October 2014\nThe Prime Minister said...');
  assert.equal(found.publishedAt, '2014-10-06');
  assert.equal(found.dateSource, 'text');
});

test('a Reuters dateline without a year borrows the year of the latest date reported', () => {
  const found = findPublicationDate('WASHINGTON, Oct. 5 (Reuters) - The deal signed on Sept. 30, 2014 was ratified.');
  assert.equal(found.publishedAt, '2014-10-05');
  assert.equal(found.approximate, true);
});

test('an undated article reporting "September 6, 2014" was written no earlier than that', () => {
  const found = findPublicationDate('They met in Putrajaya on September 6, 2014, and talked again later.');
  assert.deepEqual(found, { publishedAt: null, dateSource: 'inferred', approximate: false, notBefore: '2014-09-06', notAfter: null });
});

test('a date in a future clause is an upper bound, not a lower one', () => {
  const found = findPublicationDate('The election will be held on November 8, 2016.');
  assert.deepEqual([found.notBefore, found.notAfter, found.dateSource], [null, '2016-11-08', 'inferred']);
});

test('an article with no full date has unknown date and no bounds', () => {
  assert.deepEqual(findPublicationDate('He said so yesterday, in December.'), { publishedAt: null, dateSource: 'unknown', approximate: false, notBefore: null, notAfter: null });
});
