import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { docFromText } from '../annotate.js';
import { findTimexes } from './find-timexes.js';

const dir = new URL('../../../fixtures/seeds/', import.meta.url);
const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as Record<string, { publishedAt: string }>;
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { dates: { article: string; text: string; value: string }[] };
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

// expected.json states some values relative to the publication date; these are them, by hand:
// 000 was published 2014-10-21, 001 on Tuesday 2014-10-07 (ISO week 41), 002 on Monday 2016-02-15.
const concrete: Record<string, string> = {
  '000_2543fdb4d7e51d8b.txt|September 6, 2014': '2014-09-06',
  '000_2543fdb4d7e51d8b.txt|last Oct. 17': '2014-10-17',
  '000_2543fdb4d7e51d8b.txt|earlier in the month': '2014-10',
  '001_c4fb729f2c631270.txt|this morning': '2014-10-07',
  '001_c4fb729f2c631270.txt|this week': '2014-W41',
  '001_c4fb729f2c631270.txt|yesterday': '2014-10-06',
  '001_c4fb729f2c631270.txt|last year': '2013',
  '002_9271d96e8b614928.txt|in December': '2015-12',
  '002_9271d96e8b614928.txt|today': '2016-02-15',
  '002_9271d96e8b614928.txt|on Friday': '2016-02-19',
};

test('every seed date in expected.json resolves as given, with meta.json as the publication date', () => {
  assert.equal(expected.dates.length, 10);
  for (const want of expected.dates) {
    const value = concrete[`${want.article}|${want.text}`];
    assert.ok(value, `no concrete value written down for ${want.article} "${want.text}"`);
    const { doc } = docFromText({ text: read(want.article), publishedAt: meta[want.article].publishedAt });
    // The caption date is outside the story blocks, so it is checked on the whole text.
    const timexes = want.text === 'September 6, 2014' ? findTimexes(doc.text, { anchor: meta[want.article].publishedAt }) : doc.layers.timexes ?? [];
    const at = doc.text.indexOf(want.text);
    assert.ok(at >= 0, `"${want.text}" is in ${want.article}`);
    const hit = timexes.find((t) => t.start < at + want.text.length && at < t.end);
    assert.ok(hit, `a timex over "${want.text}" in ${want.article}`);
    // "this morning" is the publication day's morning: 2014-10-07TMO.
    assert.equal(hit.value?.replace(/TMO$/, ''), value, `${want.article} "${want.text}"`);
  }
});

test('"was now seeking" in seed 001 is not a time expression', () => {
  const { doc } = docFromText({ text: read('001_c4fb729f2c631270.txt'), publishedAt: '2014-10-07' });
  const at = doc.text.indexOf('was now seeking') + 4;
  assert.equal((doc.layers.timexes ?? []).some((t) => t.start <= at && at < t.end), false);
});

test('without meta.json each seed gets honest bounds or unknown, and nothing resolves against today', () => {
  const thisYear = String(new Date().getUTCFullYear());
  const bounds: Record<string, { dateSource: string; notBefore: string | null }> = {
    '000_2543fdb4d7e51d8b.txt': { dateSource: 'inferred', notBefore: '2014-09-06' },
    '001_c4fb729f2c631270.txt': { dateSource: 'unknown', notBefore: null },
    '002_9271d96e8b614928.txt': { dateSource: 'unknown', notBefore: null },
  };
  for (const [name, want] of Object.entries(bounds)) {
    const { doc, article } = docFromText({ text: read(name) });
    assert.equal(article.publishedAt, null, name);
    assert.equal(article.dateSource, want.dateSource, name);
    assert.equal(article.notBefore, want.notBefore, name);
    const timexes = doc.layers.timexes ?? [];
    assert.ok(timexes.length >= 3, `${name} still finds its time expressions`);
    for (const t of timexes) assert.ok(!(t.value ?? '').startsWith(thisYear), `${name} "${doc.text.slice(t.start, t.end)}" = ${t.value}`);
    const yesterday = timexes.filter((t) => /^(yesterday|today|this week|last year)$/.test(doc.text.slice(t.start, t.end)));
    for (const t of yesterday) assert.equal(t.value, null, `${name} "${doc.text.slice(t.start, t.end)}" is unresolved`);
    assert.ok(doc.messages.some((m) => m.stage === 'timexes' && m.rule === 'unanchored'), `${name} says its relative dates are unresolved`);
  }
});

test('the timexes layer reads only the headline and body: the caption date of seed 000 is not in it', () => {
  const { doc } = docFromText({ text: read('000_2543fdb4d7e51d8b.txt'), publishedAt: '2014-10-21' });
  const at = doc.text.indexOf('September 6, 2014');
  assert.ok(at >= 0);
  assert.equal((doc.layers.timexes ?? []).some((t) => t.start <= at && at < t.end), false);
});
