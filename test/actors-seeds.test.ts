import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { docFromText } from '../src/annotate/annotate.js';
import { actorsIndexer } from '../src/store/actors/actors-indexer.js';
import { getActor, listActors } from '../src/store/actors/list-actors.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

const dir = new URL('../fixtures/seeds/', import.meta.url);
const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as Record<string, { publishedAt: string }>;
const files = Object.keys(meta).sort();

function seedStore(): SqliteStore {
  const store = SqliteStore.open(':memory:');
  for (const file of files) {
    const { doc, article } = docFromText({ id: file.slice(0, 3), text: readFileSync(new URL(file, dir), 'utf8'), publishedAt: meta[file].publishedAt });
    store.putArticle(article, doc, [actorsIndexer]);
  }
  return store;
}

// Najib Razak is named only in 000's photo caption: captions are read for actors, credits are not.
const people: [string, RegExp[], string[]][] = [
  ['John Key', [/^Prime Minister of New Zealand$/], ['000', '001', '002']],
  ['Tony Abbott', [/^Prime Minister of Australia$/], ['000']],
  ['Najib Razak', [/^Prime Minister of Malaysia$/], ['000']],
  ['Julie Bishop', [/^Foreign Minister of Australia$/], ['000']],
  ['Barack Obama', [/^President of the United States$/], ['000']],
  ['Russel Norman', [/co-leader/i, /Green/], ['000', '001']],
  ['Andrew Little', [/Labour/, /contender/], ['000']],
  ['Grant Robertson', [/Labour/, /contender/], ['000']],
  ['Phil Goff', [/^Labour MP$/], ['001']],
  ['Bashar al-Assad', [/^President of Syria$/], ['001']],
  ['Chris Finlayson', [/^Attorney General$/], ['001']],
  ['Ash Carter', [/Defence Secretary/, /United States|US/], ['002']],
  ['Haider al-Abadi', [/^Prime Minister of Iraq$/], ['002']],
  ['Malcolm Turnbull', [/^Prime Minister of Australia$/], ['002']],
];

test('every seed person is found with the canonical name, a role of the same substance and the right articles', () => {
  const store = seedStore();
  for (const [name, role, articles] of people) {
    const actor = getActor(store, name);
    assert.equal(actor.name, name);
    assert.equal(actor.type, 'PER');
    assert.ok(actor.roles.some((r) => role.every((re) => re.test(r.title))), `${name}: roles ${JSON.stringify(actor.roles.map((r) => r.title))}`);
    assert.deepEqual([...actor.articles].sort(), articles, name);
  }
  store.close();
});

test('no spurious person: the people are exactly the seed people (no "Tony" alone, nothing from the photo credit)', () => {
  const store = seedStore();
  const names = listActors(store, { type: 'PER' }).map((a) => a.name).sort();
  assert.deepEqual(names, people.map((p) => p[0]).sort());
  store.close();
});

test('a role keeps the date of the article that states it', () => {
  const store = seedStore();
  const key = getActor(store, 'John Key');
  assert.deepEqual(key.roles.find((r) => r.title === 'Prime Minister of New Zealand'), { title: 'Prime Minister of New Zealand', articleId: '000', date: '2014-10-21' });
  assert.deepEqual(getActor(store, 'Malcolm Turnbull').roles[0].date, '2016-02-15');
  store.close();
});

test('aliases show the honorific and title forms the articles use', () => {
  const store = seedStore();
  assert.deepEqual(getActor(store, 'John Key').aliases.sort(), ['Key', 'Mr Key', 'the Prime Minister', 'the prime minister']);
  assert.deepEqual(getActor(store, 'Tony Abbott').aliases.sort(), ['Abbott', 'Mr Abbott']);
  store.close();
});

test('organisations are found with their aliases joined across articles', () => {
  const store = seedStore();
  const isis = getActor(store, 'Islamic State');
  assert.equal(isis.type, 'ORG');
  assert.ok(isis.aliases.includes('ISIS') && isis.aliases.includes('Isis'), JSON.stringify(isis.aliases));
  assert.deepEqual([...isis.articles].sort(), ['000', '001', '002']);
  assert.ok(getActor(store, 'Green Party').aliases.includes('Greens'));
  assert.ok(getActor(store, 'Labour Party').aliases.includes('Labour'));
  const sas = getActor(store, 'Special Air Service');
  assert.ok(sas.aliases.includes('SAS'));
  assert.deepEqual([...sas.articles].sort(), ['000', '001', '002']);
  for (const org of ['Parliament', 'Cabinet', 'Government Communications Security Bureau', 'Security Intelligence Service', '3News']) assert.equal(getActor(store, org).type, 'ORG', org);
  store.close();
});

test('the seed places are found', () => {
  const store = seedStore();
  const places = new Set(listActors(store, { type: 'LOC' }).map((a) => a.name));
  // Putrajaya and Malaysia appear only in the photo caption and its title line.
  for (const place of ['Putrajaya', 'Malaysia', 'New Zealand', 'Australia', 'Iraq', 'Baghdad', 'Afghanistan', 'Syria', 'Camp Taji', 'Ramadi', 'United Kingdom']) assert.ok(places.has(place), place);
  store.close();
});

test('"Mr Key", "the prime minister" and "he" in 000 all point to the John Key entity', () => {
  const file = files.find((f) => f.startsWith('000'))!;
  const { doc } = docFromText({ text: readFileSync(new URL(file, dir), 'utf8') });
  const key = doc.layers.entities!.find((e) => e.name === 'John Key')!;
  const linked = doc.layers.mentions!.filter((m) => m.entity === key.id).map((m) => doc.text.slice(m.start, m.end));
  assert.ok(linked.includes('Key') && linked.includes('prime minister') && linked.includes('He'), JSON.stringify(linked));
  // names come from the headline, body and caption lines, never from the credit "Reuters/Olivia Harris"
  const credit = doc.layers.blocks!.find((b) => b.type === 'credit')!;
  assert.equal(doc.text.slice(credit.start, credit.end), 'Reuters/Olivia Harris');
  for (const m of doc.layers.mentions!) assert.ok(m.end <= credit.start || m.start >= credit.end, doc.text.slice(m.start, m.end));
});
