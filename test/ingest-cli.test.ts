import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { writeBadInputBatch } from './bad-input-batch.js';

const cli = (args: string[]) => spawnSync(process.execPath, ['bin/storyline.js', ...args], { encoding: 'utf8' });

test('ingesting the bad-input batch exits 1, names each bad input once, and stores every good article', () => {
  const batch = writeBadInputBatch();
  const db = join(batch.dir, 'batch.db');
  try {
    const run = cli(['--db', db, 'ingest', ...batch.good, ...batch.bad]);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, batch.bad.length, run.stderr);
    batch.bad.forEach((path, i) => {
      assert.ok(lines[i].startsWith(`${path}: `), lines[i]);
      assert.match(lines[i].slice(path.length + 2), batch.expected[path]);
    });
    const listed = JSON.parse(cli(['--db', db, 'articles', '--json']).stdout) as { title: string }[];
    assert.deepEqual(listed.map((a) => a.title).sort(), ['Cabinet to decide', 'Café owner says "no"', 'Item', 'Key rules out SAS in Iraq', 'One', 'Page', 'Résumé of the week', 'Two']);
  } finally {
    rmSync(batch.dir, { recursive: true, force: true });
  }
});

/** Articles in the store, counted read-only (0 while the store does not exist yet). */
function countArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

test('an ingest killed with SIGKILL leaves only whole articles, and re-running completes the rest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-kill-'));
  const folder = join(dir, 'articles');
  const db = join(dir, 'kill.db');
  const total = 300;
  mkdirSync(folder);
  for (let i = 0; i < total; i++) {
    const body = `Officials in town ${i} said on Monday that the council would vote on plan number ${i} next week. The mayor said the vote was close.`;
    writeFileSync(join(folder, `a${String(i).padStart(3, '0')}.txt`), `Council vote number ${i}\n\n${body}\n\n${body.replace('Monday', 'Tuesday')}\n`);
  }
  try {
    const child = spawn(process.execPath, ['bin/storyline.js', '--db', db, 'ingest', folder], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let seen = 0;
    while (child.exitCode === null && seen < 20) {
      await new Promise((r) => setTimeout(r, 20));
      seen = countArticles(db);
    }
    child.kill('SIGKILL');
    await exited;
    assert.equal(child.signalCode, 'SIGKILL', 'the ingest finished before it could be killed');

    const store = SqliteStore.open(db);
    try {
      assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
      const stored = store.listArticles();
      assert.ok(stored.length >= 20 && stored.length < total, `stored ${stored.length}`);
      const indexed = (store.db.prepare('SELECT count(*) AS n FROM articles_fts_docsize').get() as { n: number }).n;
      assert.equal(indexed, stored.length);
      for (const a of stored) assert.ok((store.getDoc(a.id)?.layers.blocks?.length ?? 0) >= 3, a.id);
    } finally {
      store.db.close();
    }

    const again = cli(['--db', db, 'ingest', folder, '--json']);
    assert.equal(again.status, 0, again.stderr);
    const result = JSON.parse(again.stdout) as { added: unknown[]; unchanged: unknown[] };
    assert.equal(result.added.length + result.unchanged.length, total);
    assert.ok(result.unchanged.length >= 20);
    assert.equal(countArticles(db), total);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
