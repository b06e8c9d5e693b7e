import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { docFromText } from '../../annotate/annotate.js';
import { SqliteStore } from '../sqlite-store.js';
import { actorsIndexer } from './actors-indexer.js';
import { getActor, listActors } from './list-actors.js';

function storeWith(articles: [id: string, date: string, text: string][]): SqliteStore {
  const store = SqliteStore.open(':memory:');
  for (const [id, publishedAt, text] of articles) {
    const { doc, article } = docFromText({ id, text: `a headline\n\n${text}`, publishedAt });
    store.putArticle(article, doc, [actorsIndexer]);
  }
  return store;
}

test('the same full name in two articles is one actor, with each role dated by its article', () => {
  const store = storeWith([
    ['a1', '2015-09-01', 'Australian Prime Minister Tony Abbott spoke in Canberra.'],
    ['a2', '2016-02-15', 'Former Prime Minister Tony Abbott said little.'],
  ]);
  const abbott = getActor(store, 'Tony Abbott');
  assert.deepEqual(abbott.articles, ['a1', 'a2']);
  assert.deepEqual(abbott.roles.map((r) => [r.title, r.articleId, r.date]), [
    ['Prime Minister of Australia', 'a1', '2015-09-01'],
    ['Former Prime Minister', 'a2', '2016-02-15'],
  ]);
  store.close();
});

test('a surname alone in another article is not merged into a full name (a wrong merge is worse than a missed one)', () => {
  const store = storeWith([
    ['a1', '2014-10-07', 'Prime Minister John Key said so.'],
    ['a2', '2014-10-08', 'Mr Key, a farmer from Otago, said so.'],
  ]);
  const people = listActors(store, { type: 'PER' }).map((a) => [a.name, a.articles]);
  assert.deepEqual(people, [['John Key', ['a1']], ['Key', ['a2']]]);
  store.close();
});

test('organisation aliases merge across articles: ISIS in one, Islamic State in another', () => {
  const store = storeWith([
    ['a1', '2014-10-07', 'ISIS fighters attacked the town.'],
    ['a2', '2014-10-08', 'Islamic State lost ground near Mosul.'],
  ]);
  const isis = getActor(store, 'Islamic State');
  assert.deepEqual([isis.type, isis.articles], ['ORG', ['a1', 'a2']]);
  assert.deepEqual(isis.aliases, ['ISIS']);
  store.close();
});

test('getActor takes an id, a unique id prefix or an exact name, and listActors filters by article', () => {
  const store = storeWith([
    ['a1', '2014-10-07', 'Labour MP Phil Goff spoke in Wellington.'],
    ['a2', '2014-10-08', 'Greens co-leader Russel Norman spoke.'],
  ]);
  const goff = getActor(store, 'phil goff');
  assert.equal(getActor(store, goff.id).name, 'Phil Goff');
  assert.equal(getActor(store, goff.id.slice(0, 8)).name, 'Phil Goff');
  assert.throws(() => getActor(store, 'Nobody Here'), { code: 'not-found' });
  assert.throws(() => getActor(store, 'a-'), { code: 'ambiguous-id' });
  assert.deepEqual(listActors(store, { articleIds: ['a2'] }).map((a) => a.name), ['Green Party', 'Russel Norman']);
  store.close();
});
