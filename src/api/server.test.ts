import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite-store.js';
import { startServer } from './server.js';

test('startServer binds loopback by default, and close() returns even while a client keeps its connection alive', async () => {
  const store = SqliteStore.open(':memory:');
  const { url, close } = await startServer({ store, port: 0 });
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(url + 'api/articles', { headers: { connection: 'keep-alive' } });
    assert.equal(res.status, 200);
    await res.json();
    const closed = await Promise.race([close().then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open after 2 s'), 2000))]);
    assert.equal(closed, 'closed');
  } finally {
    store.close();
  }
});
