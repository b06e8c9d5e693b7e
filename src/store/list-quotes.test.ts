import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { docFromText } from '../annotate/annotate.js';
import { actorsIndexer } from './actors/actors-indexer.js';
import { listQuotes } from './list-quotes.js';
import { SqliteStore } from './sqlite-store.js';

const dir = new URL('../../fixtures/seeds/', import.meta.url);
const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as Record<string, { publishedAt: string }>;

function seedStore(): SqliteStore {
  const store = SqliteStore.open(':memory:');
  for (const file of Object.keys(meta).sort()) {
    const { doc, article } = docFromText({ id: file.slice(0, 3), text: readFileSync(new URL(file, dir), 'utf8'), publishedAt: meta[file].publishedAt });
    store.putArticle(article, doc, [actorsIndexer]);
  }
  return store;
}

test('quotes by actor name come with the actor, date, article and sentence', () => {
  const store = seedStore();
  const norman = listQuotes(store, { actorName: 'norman' });
  assert.ok(norman.length >= 4);
  assert.deepEqual([...new Set(norman.map((q) => q.speaker?.name))], ['Russel Norman']);
  const tragedy = norman.find((q) => q.text.includes("It's a tragedy"))!;
  assert.equal(tragedy.articleId, '001');
  assert.equal(tragedy.date, '2014-10-07');
  assert.equal(tragedy.kind, 'direct');
  assert.equal(tragedy.sentence, `"It's a tragedy that he didn't do it earlier."`);
  assert.match(tragedy.speaker!.actorId ?? '', /\S/);
  store.close();
});

test('a title alias finds the actor: "prime minister" lists John Key\'s quotes', () => {
  const store = seedStore();
  const names = new Set(listQuotes(store, { actorName: 'prime minister' }).map((q) => q.speaker?.name));
  assert.ok(names.has('John Key'));
  store.close();
});

test('quotes of one article only', () => {
  const store = seedStore();
  const rows = listQuotes(store, { articleId: '002' });
  assert.ok(rows.length >= 10);
  assert.deepEqual([...new Set(rows.map((q) => q.articleId))], ['002']);
  store.close();
});
