import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { InputItem, RawArticle } from '../raw-article.js';
import { htmlText } from './html-text.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonLinesFile } from './read-json.js';
import { readMarkdown } from './read-markdown.js';
import { readText } from './read-text.js';

const article = (item: InputItem): RawArticle => {
  assert.equal(item.kind, 'article', item.kind === 'failure' ? item.reason : '');
  return (item as { article: RawArticle }).article;
};
const BODY = 'The Prime Minister said the decision would be made by Cabinet in the coming weeks, after advice from officials.';

test('a .txt article takes its first line as the title and keeps it in the text', () => {
  const raw = readText('a.txt', `Key rules out SAS in Iraq\n\n${BODY}`);
  assert.deepEqual([raw.title, raw.titleInText, raw.format, raw.text.slice(0, 25)], ['Key rules out SAS in Iraq', true, 'text', 'Key rules out SAS in Iraq']);
});

test('a .txt whose first line is a photo title gets no title from it (seed 000)', () => {
  const raw = readText('000.txt', readFileSync('fixtures/seeds/000_2543fdb4d7e51d8b.txt', 'utf8'));
  assert.equal(raw.title, null);
});

test('Markdown front matter gives title, date, source and url; the title goes on the first line', () => {
  const raw = readMarkdown('a.md', `---\ntitle: "Key rules out SAS"\ndate: 2016-02-15\nsource: NZ Herald\nurl: https://example.nz/a\n---\n\n**${BODY}**\n`);
  assert.deepEqual([raw.title, raw.publishedAt, raw.source, raw.url], ['Key rules out SAS', '2016-02-15', 'NZ Herald', 'https://example.nz/a']);
  assert.equal(raw.text, `Key rules out SAS\n\n${BODY}\n`);
});

const PAGE = `<!doctype html><html><head><title>Key rules out SAS | Herald</title>
<meta property="og:site_name" content="NZ Herald"><meta name="author" content="Audrey Young">
<meta property="article:published_time" content="2016-02-15T14:00:00+13:00">
<link rel="canonical" href="https://example.nz/key-sas">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-02-14"}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Key rules out SAS</h1>
<p>${BODY}</p><figure><img src="a.jpg"><figcaption>John Key at Parliament. Photo: Getty Images</figcaption></figure>
<p>Mr Key said the letter from Ash Carter was a generic request sent to many countries, and that New Zealand would keep training Iraqi troops.</p>
<ul class="related-links"><li><a href="/1">Another story about the SAS</a></li><li><a href="/2">A third story</a></li></ul>
<p>He said special forces did not fit with what New Zealand was doing at Camp Taji, where about 140 soldiers are based.</p></article></body></html>`;

test('an HTML page gives its body paragraphs and its metadata; the site name leaves the title', () => {
  const raw = article(readHtml('page.html', PAGE));
  assert.deepEqual(
    [raw.title, raw.source, raw.byline, raw.publishedAt, raw.url, raw.format],
    ['Key rules out SAS', 'NZ Herald', 'Audrey Young', '2016-02-15T14:00:00+13:00', 'https://example.nz/key-sas', 'html'],
  );
  const paragraphs = raw.text.split('\n\n');
  assert.equal(paragraphs.at(-3), BODY);
  assert.match(paragraphs.at(-1)!, /^He said special forces/);
  assert.doesNotMatch(raw.text, /Photo: Getty|Another story|Home/);
});

test('JSON-LD datePublished is used when there is no article:published_time', () => {
  const raw = article(readHtml('p.html', PAGE.replace(/<meta property="article:published_time"[^>]*>/, '')));
  assert.equal(raw.publishedAt, '2016-02-14');
});

test('HTML with no article text is a failure, not an empty article', () => {
  assert.deepEqual(readHtml('bad.html', '<html><body><div><p'), { kind: 'failure', origin: 'bad.html', reason: 'malformed or empty HTML: no article text found' });
});

test('a .json array gives one article per object, numbered from 1', () => {
  const items = readJson('a.json', JSON.stringify([{ title: 'A', text: BODY, publishedAt: '2014-10-07', source: 'Stuff' }, { title: 'B' }]));
  assert.deepEqual(items.map((i) => i.kind), ['article', 'failure']);
  assert.deepEqual([article(items[0]).origin, article(items[0]).title, article(items[0]).publishedAt, article(items[0]).source], ['a.json#1', 'A', '2014-10-07', 'Stuff']);
  assert.deepEqual(items[1], { kind: 'failure', origin: 'a.json#2', reason: 'record has no "text" or "html" field' });
});

test('a JSON record with html goes through the HTML reader; its own fields win', () => {
  const raw = article(readJson('b.json', JSON.stringify({ html: PAGE, title: 'Own title', url: 'https://own' }))[0]);
  assert.deepEqual([raw.title, raw.url, raw.source, raw.format], ['Own title', 'https://own', 'NZ Herald', 'json']);
  assert.match(raw.text, /^Key rules out SAS|^The Prime Minister/);
});

test('truncated JSON is one failure naming the problem', () => {
  const [item] = readJson('t.json', '{"title": "A", "text": "Bo');
  assert.equal(item.kind, 'failure');
  assert.match((item as { reason: string }).reason, /^invalid JSON: /);
});

test('a .jsonl file numbers records by line; a bad line fails alone', () => {
  const items = readJsonLinesFile('a.jsonl', `{"title":"A","text":"${BODY}"}\n\n{"title":"B","text":\n{"title":"C","text":"${BODY}"}\n`);
  assert.deepEqual(items.map((i) => [i.kind, i.kind === 'article' ? i.article.origin : i.origin]), [['article', 'a.jsonl#1'], ['failure', 'a.jsonl#3'], ['article', 'a.jsonl#4']]);
});

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>NZ Herald</title><link>https://example.nz</link>
<item><title>Key rules out SAS</title><link>https://example.nz/1</link><pubDate>Mon, 15 Feb 2016 01:00:00 GMT</pubDate><dc:creator>Audrey Young</dc:creator>
<description>Short teaser.</description><content:encoded><![CDATA[<p>${BODY}</p><p>Second &amp; last paragraph.</p>]]></content:encoded></item>
<item><title>Only a link</title><link>https://example.nz/2</link></item></channel></rss>`;

test('an RSS feed gives one article per item with content:encoded as paragraphs', () => {
  const items = readFeed('news.rss', RSS);
  const raw = article(items[0]);
  assert.deepEqual(
    [raw.origin, raw.title, raw.url, raw.publishedAt, raw.source, raw.byline, raw.text],
    ['news.rss#item-1', 'Key rules out SAS', 'https://example.nz/1', '2016-02-15T01:00:00.000Z', 'NZ Herald', 'Audrey Young', `${BODY}\n\nSecond & last paragraph.`],
  );
  assert.deepEqual(items[1], { kind: 'failure', origin: 'news.rss#item-2', reason: 'feed item has no text (no content, description or summary)' });
});

test('an Atom feed reads entries, alternate links and HTML content', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Stuff</title><entry><title>T</title><link rel="alternate" href="https://s.nz/a"/>
<published>2014-10-07T09:00:00+13:00</published><content type="html">&lt;p&gt;${BODY}&lt;/p&gt;</content></entry></feed>`;
  const raw = article(readFeed('a.atom', atom)[0]);
  assert.deepEqual([raw.url, raw.publishedAt, raw.source, raw.text], ['https://s.nz/a', '2014-10-07T09:00:00+13:00', 'Stuff', BODY]);
});

test('broken feed XML is one failure with the line', () => {
  assert.deepEqual(readFeed('bad.rss', '<rss>\n<channel>\n<item><title>A</item></channel></rss>'), [
    { kind: 'failure', origin: 'bad.rss', reason: 'broken XML: line 3: </item> closes <title>' },
  ]);
});

test('HTML text: <br> breaks a line, <br><br> a paragraph, table cells stay on one line', () => {
  const { document } = parseHTML('<html><body><div>One  two<br>three<br><br>Four</div><table><tr><td>1</td><td>Kyle Busch</td></tr></table><script>x()</script></body></html>');
  assert.equal(htmlText(document.body as never), 'One two\nthree\n\nFour\n\n1 Kyle Busch');
});
