import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StorylineError, errorCodes } from '../core/errors.js';
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
 * Serves the API and web UI over HTTP until `close()` is called. `close()` also drops idle
 * keep-alive connections (a browser tab would otherwise hold the process open); it does not
 * close the store. A port in use is a usage error that says what to do.
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
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            (server as Server).closeAllConnections?.();
          }),
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new StorylineError(errorCodes.USAGE, `port ${port} on ${host} is already in use; pass another --port (0 picks a free one)`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') reject(new StorylineError(errorCodes.USAGE, `cannot listen on ${host}:${port} (${error.code}); check --host and --port`));
      else reject(error);
    });
  });
}
