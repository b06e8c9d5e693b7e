import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestPaths } from '../ingest/ingest.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { listStories, loadStoryBundle, storyRecord } from './story-record.js';

const seeds = 'fixtures/seeds';
const seedFiles = ['001_c4fb729f2c631270.txt', '000_2543fdb4d7e51d8b.txt', '002_9271d96e8b614928.txt'];
const distractors = 'fixtures/stories/distractors';

async function ingest(store: SqliteStore, paths: string[], meta: string) {
  const result = await ingestPaths(store, paths, { meta });
  assert.equal(result.failures.length, 0, JSON.stringify(result.failures));
  return result.added.map((a) => a.id);
}

test('the three seed articles form one story, and made-up distractors from the same weeks stay apart', async () => {
  const store = SqliteStore.open(':memory:');
  const distractorIds = await ingest(store, [distractors], `${distractors}/meta.json`);
  const seedIds = await ingest(store, [seeds], `${seeds}/meta.json`);
  assert.equal(distractorIds.length, 4);
  assert.equal(seedIds.length, 3);
  const stories = listStories(store);
  assert.equal(stories.length, 5);
  const seedStory = stories.find((s) => s.articles.includes(seedIds[0]))!;
  assert.deepEqual([...seedStory.articles].sort(), [...seedIds].sort());
  assert.equal(seedStory.start, '2014-10-07');
  assert.equal(seedStory.end, '2016-02-15');
  for (const id of distractorIds) assert.equal(stories.find((s) => s.articles.includes(id))!.articles.length, 1);
  store.close();
});

test('the story record counts articles per month and lists its actors', async () => {
  const store = SqliteStore.open(':memory:');
  const seedIds = await ingest(store, [seeds], `${seeds}/meta.json`);
  const id = listStories(store)[0].id;
  const record = storyRecord(store, id.slice(0, 6));
  assert.equal(record.id, id);
  assert.deepEqual(record.counts.month, [{ period: '2014-10', count: 2 }, { period: '2016-02', count: 1 }]);
  assert.deepEqual(record.articles.map((a) => a.publishedAt), ['2014-10-07', '2014-10-21', '2016-02-15']);
  assert.ok(record.actors.some((a) => a.name === 'John Key'), JSON.stringify(record.actors));
  assert.deepEqual(record.history.map((h) => h.kind), ['create', 'join', 'join']);
  const bundle = loadStoryBundle(store, id);
  assert.deepEqual(bundle.articles.map(({ article }) => article.id).sort(), [...seedIds].sort());
  store.close();
});

test('clustering continues across runs: a reopened store puts the third seed into the first two seeds\' story', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stories-test-'));
  try {
    const db = join(dir, 'store.db');
    let store = SqliteStore.open(db);
    const first = await ingest(store, seedFiles.slice(0, 2).map((f) => join(seeds, f)), `${seeds}/meta.json`);
    await ingest(store, [distractors], `${distractors}/meta.json`);
    store.close();
    store = SqliteStore.open(db);
    const [third] = await ingest(store, [join(seeds, seedFiles[2])], `${seeds}/meta.json`);
    const story = listStories(store).find((s) => s.articles.includes(third))!;
    assert.deepEqual([...story.articles].sort(), [...first, third].sort());
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a re-posted copy joins its original\'s story as a duplicate and is not counted as independent', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stories-test-'));
  try {
    copyFileSync(join(seeds, seedFiles[1]), join(dir, 'original.txt'));
    const text = readFileSync(join(seeds, seedFiles[1]), 'utf8');
    writeFileSync(join(dir, 'repost.txt'), text.replace(/\n*$/, '\n\nThis story first appeared on another site.\n'));
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ 'original.txt': { publishedAt: '2014-10-21', source: 'one' }, 'repost.txt': { publishedAt: '2014-10-22', source: 'two' } }));
    const store = SqliteStore.open(':memory:');
    const [original, repost] = await ingest(store, [join(dir, 'original.txt'), join(dir, 'repost.txt')], join(dir, 'meta.json'));
    const [story] = listStories(store);
    assert.deepEqual(story.articles, [original, repost]);
    assert.deepEqual(story.duplicates, [repost]);
    const record = storyRecord(store, story.id);
    assert.equal(record.independentArticles, 1);
    assert.equal(record.articles[1].duplicateOf, original);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
