import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../annotate.js';
import { findTimexes } from './find-timexes.js';

const STORY = 'Minister visits Canberra\n\nThe minister arrived yesterday. He will meet the premier on Friday and leave on Oct. 17 at 10 p.m.';

const valuesOf = (text: string, timexes: readonly { start: number; end: number; value: string | null }[]) =>
  Object.fromEntries(timexes.map((t) => [text.slice(t.start, t.end), t.value]));

test('an undated article leaves "yesterday" and "on Friday" unresolved, says so, and gets no date of today', () => {
  const { doc, article } = docFromText({ text: STORY });
  assert.equal(article.publishedAt, null);
  assert.equal(article.dateSource, 'unknown');
  const values = valuesOf(doc.text, doc.layers.timexes ?? []);
  assert.equal(values.yesterday, null);
  assert.equal(values.Friday, null);
  const message = doc.messages.find((m) => m.stage === 'timexes' && m.rule === 'unanchored');
  assert.ok(message, 'an unanchored message');
  assert.match(message.reason, /unresolved/);
});

test('a publication date from metadata is kept even when the text has a dateline', () => {
  const { article } = docFromText({ text: 'WASHINGTON, Oct. 5 (Reuters) - The deal was signed.', publishedAt: '2014-10-07' });
  assert.equal(article.publishedAt, '2014-10-07');
  assert.equal(article.dateSource, 'metadata');
});

test('the same story dated from metadata resolves every expression against that day', () => {
  const { doc } = docFromText({ text: STORY, publishedAt: '2014-10-07' });
  const values = valuesOf(doc.text, doc.layers.timexes ?? []);
  assert.equal(values.yesterday, '2014-10-06');
  assert.equal(values.Friday, '2014-10-10');
});

test('"earlier in the month" is the publication month, not the next one', () => {
  const text = 'The ship docked in Darwin earlier in the month.';
  const [hit] = findTimexes(text, { anchor: '2014-10-21' });
  assert.equal(text.slice(hit.start, hit.end), 'earlier in the month');
  assert.equal(hit.value, '2014-10');
});

test('"the next couple of weeks" is a vague stretch of time, not a date', () => {
  const text = 'A decision is due in the next couple of weeks.';
  const found = findTimexes(text, { anchor: '2014-10-07' });
  assert.equal(found.length, 1);
  assert.equal(found[0].type, 'DURATION');
  assert.doesNotMatch(found[0].value ?? '', /^\d{4}/);
});

test('no process time zone moves a day: the values are the same from UTC-11 to UTC+14', () => {
  const text = 'He arrived yesterday. He met her on Friday. He will leave on Oct. 17 at 10 p.m. and return next week.';
  const saved = process.env.TZ;
  const runs: string[] = [];
  try {
    for (const zone of ['UTC', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'America/New_York']) {
      process.env.TZ = zone;
      runs.push(JSON.stringify(findTimexes(text, { anchor: '2014-10-21T23:30:00+13:00' }).map((t) => t.value)));
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
  assert.deepEqual(JSON.parse(runs[0]), ['2014-10-20', '2014-10-17', '2014-10-17T22:00', '2014-W44']);
  for (const run of runs) assert.equal(run, runs[0]);
});
