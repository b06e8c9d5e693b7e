import type { Command } from 'commander';
import { ingestPaths } from '../../ingest/ingest.js';
import { printJson, progressBar, withStore } from '../util.js';

/** `storyline ingest <paths…> [--meta F] [--json]`: exit 1 when any input failed. */
export function ingestCommand(program: Command): void {
  program
    .command('ingest')
    .description('ingest articles: files, folders, globs, .txt .md .html .json .jsonl RSS/Atom, URLs')
    .argument('<paths...>', 'files, folders, globs or URLs')
    .option('--meta <file>', 'JSON map from file name to {publishedAt, source, url, title}')
    .option('--json', 'print the result as JSON')
    .action(async (paths: string[], options: { meta?: string; json?: boolean }, command: Command) => {
      const global = command.optsWithGlobals() as { db?: string };
      const result = await withStore(global, (store) => ingestPaths(store, paths, { meta: options.meta, onProgress: progressBar('ingest') }));
      if (options.json) {
        printJson({
          added: result.added.map((a) => ({ id: a.id, title: a.title, origin: a.origin })),
          unchanged: result.unchanged.map((a) => ({ id: a.id, title: a.title, origin: a.origin })),
          failures: result.failures,
        });
      } else {
        for (const a of result.added) process.stdout.write(`added      ${a.id}  ${a.title ?? ''}\n`);
        for (const a of result.unchanged) process.stdout.write(`unchanged  ${a.id}  ${a.title ?? ''}\n`);
        process.stdout.write(`${result.added.length} added, ${result.unchanged.length} unchanged, ${result.failures.length} failed\n`);
      }
      for (const f of result.failures) process.stderr.write(`${f.origin}: ${f.reason}\n`);
      if (result.failures.length > 0) process.exitCode = 1;
    });
}
