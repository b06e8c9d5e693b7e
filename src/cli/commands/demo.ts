import type { Command } from 'commander';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../ingest/ingest.js';
import { SqliteStore } from '../../store/sqlite-store.js';

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/seeds');

/** `storyline demo [--db PATH] [--no-serve]`: ingests the seed story into a fresh store and shows it. */
export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('ingest the seed story (NZ weighs, then rules out, SAS troops for Iraq) into a fresh store and show it')
    .option('--no-serve', 'print the dossier and exit instead of serving the web UI')
    .option('--port <n>', 'port for the web UI', '4477')
    .action(async (options: { serve: boolean; port: string }, command: Command) => {
      const path = (command.optsWithGlobals() as { db?: string }).db ?? 'storyline-demo.db';
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
      const store = SqliteStore.open(path);
      const result = await ingestPaths(store, [seedDir], { meta: join(seedDir, 'meta.json') });
      process.stdout.write(`Ingested ${result.added.length} seed articles into ${path}\n\n`);
      for (const summary of store.listArticles()) {
        const doc = store.getDoc(summary.id)!;
        process.stdout.write(`${summary.publishedAt ?? 'undated'}  ${summary.id}  ${summary.title}\n`);
        for (const block of doc.layers.blocks ?? []) {
          if (block.type !== 'body' && block.type !== 'headline') process.stdout.write(`    not body (${block.type}): ${doc.text.slice(block.start, block.end).slice(0, 90)}\n`);
        }
      }
      for (const f of result.failures) process.stderr.write(`${f.origin}: ${f.reason}\n`);
      store.close();
    });
}
