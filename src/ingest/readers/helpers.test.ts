import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkXml } from './check-xml.js';
import { cleanByline, cleanTitle, withoutTitle } from './extract-html.js';
import { frontMatter } from './front-matter.js';
import { normalizeDate } from './normalize-date.js';

test('ISO dates are kept as written; RFC 822 dates become UTC; junk is null, never today', () => {
  assert.equal(normalizeDate('2014-10-07'), '2014-10-07');
  assert.equal(normalizeDate('2014-10-07 09:30:00+13:00'), '2014-10-07T09:30:00+13:00');
  assert.equal(normalizeDate('Tue, 07 Oct 2014 09:00:00 GMT'), '2014-10-07T09:00:00.000Z');
  assert.equal(normalizeDate('yesterday'), null);
  assert.equal(normalizeDate(''), null);
});

test('front matter: quoted values, comments, and a file without front matter', () => {
  assert.deepEqual(frontMatter('---\ntitle: "Key: SAS \\"maybe\\""\nsource: Herald # the paper\n---\nBody'), { fields: { title: 'Key: SAS "maybe"', source: 'Herald' }, body: 'Body' });
  assert.deepEqual(frontMatter('No front matter here'), { fields: {}, body: 'No front matter here' });
});

test('well-formed XML with CDATA, comments and self-closing tags passes', () => {
  assert.equal(checkXml('<?xml version="1.0"?>\n<!-- feed --><rss><channel><link href="x"/><d><![CDATA[<p>a < b</p>]]></d></channel></rss>'), null);
});

test('broken XML says what is wrong', () => {
  assert.equal(checkXml('<rss><channel>'), 'unexpected end of file: <channel> is not closed');
  assert.equal(checkXml('<rss></rss><rss></rss>'), 'line 1: more than one root element');
  assert.equal(checkXml('<rss>\n<a href=x></a></rss>'), 'line 2: broken tag, comment or CDATA section');
  assert.equal(checkXml('just text'), 'no XML elements');
});

test('a site name is cut from a title only when it names the site', () => {
  assert.equal(cleanTitle('Key rules out SAS - Stuff', ['Stuff']), 'Key rules out SAS');
  assert.equal(cleanTitle('Key: SAS could join Isis fight on ground', ['Stuff']), 'Key: SAS could join Isis fight on ground');
  assert.equal(cleanTitle('Key rules out SAS - Iraq', ['Stuff']), 'Key rules out SAS - Iraq');
});

test('bylines lose "by" and a trailing date', () => {
  assert.equal(cleanByline('by Jeff Foust — November 18, 2019'), 'Jeff Foust');
  assert.equal(cleanByline('  '), null);
});

test('the title is removed from the top of the body text only', () => {
  assert.equal(withoutTitle('Menu\n\nKey rules out SAS\n\nBody text.', ['Key rules out SAS | Herald']), 'Menu\n\nBody text.');
  assert.equal(withoutTitle('Body text.\n\nMore text.', ['Key rules out SAS']), 'Body text.\n\nMore text.');
});
