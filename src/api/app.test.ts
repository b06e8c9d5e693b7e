import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seedStore } from '../../test/support/seed-store.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { createApp } from './app.js';

let store: SqliteStore;
let cleanup: () => void;
let app: ReturnType<typeof createApp>;

before(async () => {
  ({ store, cleanup } = await seedStore({ hostile: true }));
  app = createApp(store, { maxBodyBytes: 1024 });
});
after(() => cleanup());

const getJson = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
};

test('GET /api/articles pages through the four stored articles, oldest first', async () => {
  const first = await getJson('/api/articles?limit=2');
  assert.equal(first.status, 200);
  assert.equal(first.body.total, 4);
  assert.deepEqual(first.body.items.map((a: { publishedAt: string }) => a.publishedAt), ['2014-10-07', '2014-10-21']);
  const second = await getJson('/api/articles?limit=2&offset=2');
  assert.deepEqual(second.body.items.map((a: { publishedAt: string }) => a.publishedAt), ['2014-10-22', '2016-02-15']);
});

test('GET /api/articles/:id returns the cleaned text with its layers, by unique prefix, without the raw input', async () => {
  const id = store.listArticles().find((a) => a.publishedAt === '2016-02-15')!.id;
  const { status, body } = await getJson(`/api/articles/${id.slice(0, 6)}`);
  assert.equal(status, 200);
  assert.equal(body.id, id);
  assert.equal(body.title, "Key 'pretty much' rules out SAS in Iraq");
  assert.equal(body.raw, undefined);
  assert.equal(body.layers.tokens, undefined);
  const first = body.layers.sentences[0];
  assert.equal(body.text.slice(first.start, first.end), "Key 'pretty much' rules out SAS in Iraq");
  const withTokens = await getJson(`/api/articles/${id}?tokens=1`);
  assert.ok(withTokens.body.layers.tokens.length > 100);
});

test('an unknown article is a JSON 404 with status and message', async () => {
  const { status, body } = await getJson('/api/articles/nosuchid');
  assert.equal(status, 404);
  assert.deepEqual(body, { status: 404, message: 'no article has an id starting with "nosuchid"; list them with `storyline articles`' });
});

test('invalid query parameters are a 400 naming the field', async () => {
  const { status, body } = await getJson('/api/articles?limit=0');
  assert.equal(status, 400);
  assert.equal(body.status, 400);
  assert.match(body.message, /^invalid request: limit: /);
  const since = await getJson('/api/stories/x?since=yesterday');
  assert.equal(since.status, 400);
  assert.match(since.body.message, /since: expected a date like 2015-01-31/);
});

test('search finds the seed articles that mention Ash Carter, with marked snippets', async () => {
  const { status, body } = await getJson('/api/search?q=Ash%20Carter');
  assert.equal(status, 200);
  assert.equal(body.articles.length, 1);
  assert.equal(body.articles[0].title, "Key 'pretty much' rules out SAS in Iraq");
  assert.match(body.articles[0].snippet, /\[Ash\] \[Carter\]/);
  const empty = await getJson('/api/search?q=');
  assert.equal(empty.status, 400);
});

test('a request body over the limit is refused with 413', async () => {
  const res = await app.request('/api/search?q=SAS', { method: 'POST', body: 'x'.repeat(2048), headers: { 'Content-Length': '2048' } });
  assert.equal(res.status, 413);
  assert.deepEqual(await res.json(), { status: 413, message: 'request body over 1024 bytes' });
});

test('unknown API routes are JSON 404s; unknown pages are HTML 404s', async () => {
  const api = await getJson('/api/nothing');
  assert.deepEqual(api, { status: 404, body: { status: 404, message: 'no route GET /api/nothing' } });
  const page = await app.request('/nothing');
  assert.equal(page.status, 404);
  assert.match(await page.text(), /<h1>Error 404<\/h1>/);
});

test('every response carries a Content-Security-Policy that allows only same-origin scripts', async () => {
  const res = await app.request('/');
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self';/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('the article page escapes hostile title, byline, source and body, and drops a javascript: URL', async () => {
  const id = store.listArticles().find((a) => a.publishedAt === '2014-10-22')!.id;
  const res = await app.request(`/articles/${id}`);
  assert.equal(res.status, 200);
  const page = await res.text();
  assert.equal((page.match(/<script/g) ?? []).length, 1, 'only the app.js script tag');
  assert.ok(!/<(img|svg)|<[^>]*\son[a-z]+=|href="javascript:/i.test(page), 'no live tag, event handler or script link');
  assert.ok(page.includes('Minister &lt;script&gt;window.__xss = &#39;title&#39;&lt;/script&gt;'));
  assert.ok(!page.includes('>original</a>'), 'the javascript: URL is not linked');
});

test('with loopbackOnly, a request addressed to another host name is refused with 403', async () => {
  const guarded = createApp(store, { loopbackOnly: true });
  assert.equal((await guarded.request('http://127.0.0.1:4477/api/articles')).status, 200);
  const res = await guarded.request('http://evil.example:4477/api/articles');
  assert.equal(res.status, 403);
  assert.deepEqual(await res.json(), { status: 403, message: 'this server answers only requests to localhost, not "evil.example"' });
});
