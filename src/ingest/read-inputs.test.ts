import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeBadInputBatch } from '../../test/bad-input-batch.js';
import type { InputItem } from './raw-article.js';
import { readInputs } from './read-inputs.js';

const collect = async (paths: string[], meta?: string) => {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, { meta })) items.push(item);
  return items;
};

test('a folder is read with its meta file; JSON files without articles in it are skipped', async () => {
  const items = await collect(['fixtures/seeds'], 'fixtures/seeds/meta.json');
  const got = items.map((i) => (i.kind === 'article' ? [i.article.origin, i.article.publishedAt, i.article.approximate] : [i.origin, i.reason]));
  assert.deepEqual(got, [
    ['fixtures/seeds/000_2543fdb4d7e51d8b.txt', '2014-10-21', true],
    ['fixtures/seeds/001_c4fb729f2c631270.txt', '2014-10-07', true],
    ['fixtures/seeds/002_9271d96e8b614928.txt', '2016-02-15', true],
  ]);
});

test('a glob expands to the matching files, and a glob matching nothing is a failure', async () => {
  const items = await collect(['fixtures/seeds/00[12]_*.txt', 'fixtures/nothing/*.txt']);
  const got = items.map((i) => (i.kind === 'article' ? i.article.origin : `${i.origin}: ${i.reason}`));
  assert.deepEqual(got, ['fixtures/seeds/001_c4fb729f2c631270.txt', 'fixtures/seeds/002_9271d96e8b614928.txt', 'fixtures/nothing/*.txt: no files match this pattern']);
});

test('a folder holding only non-article JSON is a failure, not silence', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-json-'));
  try {
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ 'a.txt': { publishedAt: '2014-10-07' } }));
    assert.deepEqual(await collect([dir]), [{ kind: 'failure', origin: dir, reason: 'no articles in this folder (1 file of other types skipped)' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing path and a bad meta file are failures, not crashes', async () => {
  const items = await collect(['no/such/file.txt'], 'no/such/meta.json');
  assert.deepEqual(items, [
    { kind: 'failure', origin: 'no/such/meta.json', reason: 'meta file not found' },
    { kind: 'failure', origin: 'no/such/file.txt', reason: 'no such file or directory' },
  ]);
});

const batch = writeBadInputBatch();
after(() => rmSync(batch.dir, { recursive: true, force: true }));

test('the bad-input batch yields one failure per bad input and every good article', async () => {
  const items = await collect([...batch.good, ...batch.bad]);
  const failures = items.filter((i) => i.kind === 'failure') as { origin: string; reason: string }[];
  assert.deepEqual(failures.map((f) => f.origin), batch.bad);
  for (const f of failures) assert.match(f.reason, batch.expected[f.origin], f.origin);
  assert.equal(items.filter((i) => i.kind === 'article').length, batch.goodArticles);
});
