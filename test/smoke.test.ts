import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = (args: string[]) => spawnSync(process.execPath, ['bin/storyline.js', ...args], { encoding: 'utf8' });

test('ingesting the seeds twice adds three articles, then reports all three unchanged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  const db = join(dir, 's.db');
  try {
    const first = cli(['--db', db, 'ingest', 'fixtures/seeds', '--meta', 'fixtures/seeds/meta.json', '--json']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).added.length, 3);
    const second = cli(['--db', db, 'ingest', 'fixtures/seeds', '--meta', 'fixtures/seeds/meta.json', '--json']);
    const result = JSON.parse(second.stdout);
    assert.deepEqual([result.added.length, result.unchanged.length], [0, 3]);
    const listed = JSON.parse(cli(['--db', db, 'articles', '--json']).stdout);
    assert.deepEqual(listed.map((a: { publishedAt: string }) => a.publishedAt), ['2014-10-07', '2014-10-21', '2016-02-15']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unknown article id is a usage error with exit code 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  try {
    const run = cli(['--db', join(dir, 's.db'), 'article', 'nosuchid']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no article has an id starting with "nosuchid"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
