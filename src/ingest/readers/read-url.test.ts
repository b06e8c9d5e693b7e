import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { InputItem } from '../raw-article.js';
import { readInputs } from '../read-inputs.js';
import { readUrl } from './read-url.js';

const BODY = 'The Prime Minister said the decision would be made by Cabinet in the coming weeks, after advice from officials.';
const PAGES: Record<string, [string, string]> = {
  '/story': ['text/html; charset=utf-8', `<html><head><title>Key rules out SAS</title></head><body><article><p>${BODY}</p><p>${BODY} Again.</p></article></body></html>`],
  '/feed': ['application/rss+xml', `<rss><channel><title>Herald</title><item><title>One</title><link>https://x/1</link><description>${BODY}</description></item></channel></rss>`],
};
const TEASER_FEED = (base: string) =>
  `<rss><channel><title>Herald</title><item><title>Teaser</title><link>${base}/story</link><pubDate>Mon, 15 Feb 2016 01:00:00 GMT</pubDate><description>Key speaks.</description></item></channel></rss>`;

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    const page = req.url === '/teasers' ? ['application/rss+xml', TEASER_FEED(base)] : PAGES[req.url ?? ''];
    if (!page) {
      res.writeHead(404, 'Not Found').end();
      return;
    }
    res.writeHead(200, { 'content-type': page[0] }).end(page[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const summary = (items: InputItem[]) => items.map((i) => (i.kind === 'article' ? ['article', i.article.origin, i.article.title, i.article.url] : ['failure', i.origin, i.reason]));

test('an article URL is fetched and read as a page; its URL is kept', async () => {
  assert.deepEqual(summary(await readUrl(`${base}/story`)), [['article', `${base}/story`, 'Key rules out SAS', `${base}/story`]]);
});

test('a feed URL gives its items', async () => {
  assert.deepEqual(summary(await readUrl(`${base}/feed`)), [['article', `${base}/feed#item-1`, 'One', 'https://x/1']]);
});

test('a feed item that is only a teaser gets the text of its page, keeping the feed title and date', async () => {
  const [item] = await readUrl(`${base}/teasers`);
  assert.equal(item.kind, 'article');
  const a = (item as { article: { origin: string; title: string; publishedAt: string; text: string; format: string } }).article;
  assert.deepEqual([a.origin, a.title, a.publishedAt, a.format], [`${base}/teasers#item-1`, 'Teaser', '2016-02-15T01:00:00.000Z', 'feed']);
  assert.equal(a.text, `${BODY}\n\n${BODY} Again.`);
});

test('an HTTP error is a failure naming the status', async () => {
  assert.deepEqual(summary(await readUrl(`${base}/missing`)), [['failure', `${base}/missing`, 'HTTP 404 Not Found']]);
});

test('an unreachable host is a clear failure, not a crash, and the batch goes on', async () => {
  const items: InputItem[] = [];
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  for await (const item of readInputs([`http://127.0.0.1:${port}/nothing`, `${base}/story`])) items.push(item);
  assert.equal(items.length, 2);
  assert.equal(items[0].kind, 'failure');
  assert.match((items[0] as { reason: string }).reason, /^could not fetch: connection refused \(ECONNREFUSED\)$/);
  assert.equal(items[1].kind, 'article');
});
