import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, quotesCsv } from './quotes-csv.js';
import { storyView } from './story-view.js';

test('a CSV field doubles quotes and defuses spreadsheet formulas', () => {
  assert.equal(csvField('He said "no"'), '"He said ""no"""');
  assert.equal(csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvField('-2+3'), `"'-2+3"`);
  assert.equal(csvField(null), '""');
});

test('quotes become one CSV row each, oldest first, with the article title', () => {
  const story = storyView('st', 'SAS', [
    { id: 'a1', title: 'First, "quoted"', source: null, publishedAt: '2014-10-07', approximate: false },
    { id: 'a2', title: 'Second', source: null, publishedAt: '2016-02-15', approximate: false },
  ], []);
  const quote = (articleId: string, date: string, text: string) => ({ articleId, date, text, content: [{ start: 5, end: 5 + text.length }], cue: 'said', kind: 'direct', speaker: { id: 'e1', name: 'John Key' }, confidence: 0.9 });
  const csv = quotesCsv(story, [quote('a2', '2016-02-15', 'rule out'), quote('a1', '2014-10-07', 'an option')]);
  assert.equal(
    csv,
    '"date","speaker","kind","cue","quote","article_id","article_title","start","end"\r\n' +
      '"2014-10-07","John Key","direct","said","an option","a1","First, ""quoted""","5","14"\r\n' +
      '"2016-02-15","John Key","direct","said","rule out","a2","Second","5","13"\r\n',
  );
});
