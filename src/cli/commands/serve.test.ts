import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('storyline serve --port 0 listens on 127.0.0.1, prints its URL and serves the API', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-serve-'));
  const child = spawn(process.execPath, ['bin/storyline.js', '--db', join(dir, 's.db'), 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const url = /at (http:\/\/\S+\/)/.exec(line)?.[1];
    assert.match(url ?? '', /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(url + 'api/articles');
    assert.deepEqual(await res.json(), { items: [], total: 0, limit: 50, offset: 0 });
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storyline serve with a port that is not a number is a usage error (exit 2)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-serve-'));
  const child = spawn(process.execPath, ['bin/storyline.js', '--db', join(dir, 's.db'), 'serve', '--port', 'http'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
  assert.equal(code, 2);
  assert.match(err, /--port must be a whole number from 0 to 65535, got "http"/);
});

test('storyline serve on a port already in use says so and exits 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-serve-'));
  const blocker = createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  const port = (blocker.address() as AddressInfo).port;
  const child = spawn(process.execPath, ['bin/storyline.js', '--db', join(dir, 's.db'), 'serve', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const [code] = await once(child, 'exit');
  blocker.close();
  rmSync(dir, { recursive: true, force: true });
  assert.equal(code, 2);
  assert.equal(err, `storyline: port ${port} on 127.0.0.1 is already in use; pass another --port (0 picks a free one)\n`);
});
