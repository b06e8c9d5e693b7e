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

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
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
