import type { Command } from 'commander';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dossierMarkdown } from '../../analyze/dossier-markdown.js';
import { startServer } from '../../api/server.js';
import { StorylineError, errorCodes } from '../../core/errors.js';
import { ingestPaths } from '../../ingest/ingest.js';
import { listStories, loadStoryBundle } from '../../stories/story-record.js';
import { SqliteStore } from '../../store/sqlite-store.js';

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/seeds');

/**
 * `storyline demo [--db PATH] [--no-serve] [--port N]`: ingests the seed story into a fresh store,
 * prints what it knows (articles, the lines that are not the story, the dossier), then serves the
 * web UI on the story page unless `--no-serve`.
 */
export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('ingest the seed story (NZ weighs, then rules out, SAS troops for Iraq) into a fresh store, print its dossier and serve it')
    .option('--no-serve', 'print the dossier and exit instead of serving the web UI')
    .option('--port <n>', 'port for the web UI (0 picks a free one)', '4477')
    .action(async (options: { serve: boolean; port: string }, command: Command) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StorylineError(errorCodes.USAGE, `--port must be a whole number from 0 to 65535, got "${options.port}"`);
      const path = (command.optsWithGlobals() as { db?: string }).db ?? 'storyline-demo.db';
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
      const store = SqliteStore.open(path);
      const result = await ingestPaths(store, [seedDir], { meta: join(seedDir, 'meta.json') });
      for (const f of result.failures) process.stderr.write(`${f.origin}: ${f.reason}\n`);
      const out = (line = '') => process.stdout.write(line + '\n');
      out(`Ingested ${result.added.length} seed articles into ${path}`);
      out();
      for (const summary of store.listArticles()) {
        const doc = store.getDoc(summary.id)!;
        out(`${summary.publishedAt ?? 'undated'}  ${summary.id}  ${summary.title}`);
        for (const block of doc.layers.blocks ?? []) {
          if (block.type !== 'body' && block.type !== 'headline') out(`    not body (${block.type}): ${doc.text.slice(block.start, block.end).slice(0, 90)}`);
        }
      }
      const stories = listStories(store);
      out();
      out(`${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`);
      for (const story of stories) {
        out();
        out(dossierMarkdown(loadStoryBundle(store, story.id)));
      }
      if (!options.serve) return store.close();
      const { url } = await startServer({ store, port });
      out(`Storyline is serving the seed story at ${url}stories/${stories[0]?.id ?? ''}  (Ctrl-C to stop)`);
      process.once('SIGINT', () => process.exit(0));
    });
}
