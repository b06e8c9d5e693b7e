import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seedStore } from '../../test/support/seed-store.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { createApp } from './app.js';

let store: SqliteStore;
let cleanup: () => void;
let app: ReturnType<typeof createApp>;
let storyId: string;

before(async () => {
  ({ store, cleanup } = await seedStore());
  app = createApp(store);
  const res = await app.request('/api/stories');
  storyId = (await res.json()).items[0].id;
});
after(() => cleanup());

const getJson = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
};

test('the three seed articles form one listed story spanning 2014-10-07 to 2016-02-15', async () => {
  const { body } = await getJson('/api/stories');
  assert.equal(body.total, 1);
  const story = body.items[0];
  assert.deepEqual([story.start, story.end, story.articles.length], ['2014-10-07', '2016-02-15', 3]);
  assert.deepEqual(story.coverage, [{ period: '2014-10', count: 2 }, { period: '2016-02', count: 1 }]);
});

test('the dossier has every section, Key\'s shift to ruling out, and evidence inside the articles', async () => {
  const { status, body } = await getJson(`/api/stories/${storyId}`);
  assert.equal(status, 200);
  for (const part of ['actors', 'quotes', 'timeline', 'summary', 'positions']) assert.equal(body[part].available, true, part);
  const keyShifts = body.positions.value.shifts.filter((s: { actor: string }) => s.actor === 'John Key');
  assert.ok(keyShifts.some((s: { to: { stance: string } }) => s.to.stance === 'rules_out'), 'John Key shifts to rules_out');
  const texts = new Map(body.story.articles.map((a: { id: string }) => [a.id, store.getDoc(a.id)!.text]));
  for (const claim of [...body.summary.value, ...body.timeline.value]) {
    for (const e of claim.evidence) assert.ok(e.end <= (texts.get(e.articleId) as string).length && e.start < e.end, 'evidence span inside its article');
  }
  assert.ok(body.actors.value.some((a: { name: string }) => a.name === 'John Key'));
});

test('"since" adds the update view with only the 2016 article and its quotes', async () => {
  const { body } = await getJson(`/api/stories/${storyId}?since=2015-01-01`);
  assert.deepEqual(body.update.articles.map((a: { publishedAt: string }) => a.publishedAt), ['2016-02-15']);
  assert.ok(body.update.quotes.value.length > 0);
  assert.ok(body.update.quotes.value.every((q: { date: string }) => q.date === '2016-02-15'));
  assert.deepEqual(body.update.shifts.value.shifts.map((s: { actor: string; to: { stance: string } }) => [s.actor, s.to.stance]), [['John Key', 'rules_out']]);
});

test('an unknown story is a JSON 404', async () => {
  const { status, body } = await getJson('/api/stories/ffffffffffff');
  assert.equal(status, 404);
  assert.equal(body.status, 404);
  assert.match(body.message, /no story has an id starting with "ffffffffffff"/);
});

test('actors list pages by type, and an actor comes with its statements oldest first', async () => {
  const people = await getJson('/api/actors?type=PER&limit=5');
  assert.equal(people.body.items.length, 5);
  assert.ok(people.body.items.every((a: { type: string }) => a.type === 'PER'));
  const key = people.body.items.find((a: { name: string }) => a.name === 'John Key');
  const { body } = await getJson(`/api/actors/${key.id}`);
  assert.equal(body.actor.name, 'John Key');
  const dates = body.statements.map((q: { date: string }) => q.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(body.statements.some((q: { text: string }) => q.text.includes('definitely an option')));
  assert.deepEqual(body.stories.map((s: { id: string }) => s.id), [storyId]);
});

test('exports: the Markdown dossier and a quotes CSV with one row per quote', async () => {
  const md = await app.request(`/stories/${storyId}/dossier.md`);
  assert.equal(md.headers.get('content-type'), 'text/markdown; charset=utf-8');
  assert.match(await md.text(), /^# /);
  const csv = await app.request(`/stories/${storyId}/quotes.csv`);
  const rows = (await csv.text()).trim().split('\r\n');
  assert.equal(rows[0], '"date","speaker","kind","cue","quote","article_id","article_title","start","end"');
  const { body } = await getJson(`/api/stories/${storyId}`);
  assert.equal(rows.length - 1, body.quotes.value.length);
});

test('an article page links back to its story and links its actors to their pages', async () => {
  const article = store.listArticles().find((a) => a.publishedAt === '2014-10-21')!;
  const page = await (await app.request(`/articles/${article.id}`)).text();
  assert.ok(page.includes(`Story: <a href="/stories/${storyId}">`));
  const people = await getJson('/api/actors?type=PER&limit=50');
  const key = people.body.items.find((a: { name: string }) => a.name === 'John Key');
  assert.ok(page.includes(`<a class="plain" href="/actors/${key.id}"><span class="m m-PER">John Key</span></a>`));
});

test('searching "Key SAS" finds the story, John Key (by his alias) and the Special Air Service', async () => {
  const { body } = await getJson('/api/search?q=Key%20SAS');
  assert.deepEqual(body.stories.map((s: { id: string }) => s.id), [storyId]);
  const names = body.actors.map((a: { name: string }) => a.name);
  assert.ok(names.includes('John Key') && names.includes('Special Air Service'), names.join(', '));
  assert.equal(body.articles.length, 3);
});
