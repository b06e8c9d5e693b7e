import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { SqliteStore } from '../store/sqlite-store.js';
import { createApp, type AppOptions } from './app.js';

export interface ServerOptions extends AppOptions {
  readonly store: SqliteStore;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Loopback unless told otherwise. */
  readonly host?: string;
}

/**
 * Serves the API and web UI over HTTP until `close()` is called (which does not close the store).
 * Example: `const { url, close } = await startServer({ store, port: 4477 })` then open `url`.
 */
export async function startServer({ store, port = 4477, host = '127.0.0.1', ...options }: ServerOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const app = createApp(store, { loopbackOnly: loopback, ...options });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.once('error', reject);
  });
}
