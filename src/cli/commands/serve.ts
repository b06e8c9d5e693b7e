import type { Command } from 'commander';
import { startServer } from '../../api/server.js';
import { StorylineError, errorCodes } from '../../core/errors.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { storePath } from '../util.js';

/** `storyline serve [--port N] [--host H] [--db PATH]`: the web UI and JSON API, on loopback by default. */
export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and the JSON API (binds 127.0.0.1 unless --host says otherwise)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4477')
    .option('--host <host>', 'address to bind; 0.0.0.0 exposes the store to your network', '127.0.0.1')
    .action(async (options: { port: string; host: string }, command: Command) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StorylineError(errorCodes.USAGE, `--port must be a whole number from 0 to 65535, got "${options.port}"`);
      const store = SqliteStore.open(storePath(command.optsWithGlobals()));
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({ store, port, host: options.host });
      } catch (error) {
        store.close();
        throw error;
      }
      const { url, close } = server;
      process.stdout.write(`Storyline is serving ${store.countArticles()} articles at ${url}  (Ctrl-C to stop)\n`);
      const stop = () => void close().finally(() => store.close());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
