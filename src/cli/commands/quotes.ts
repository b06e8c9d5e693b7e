import type { Command } from 'commander';
import { listQuotes } from '../../store/list-quotes.js';
import { printJson, withStore } from '../util.js';

// Article text is untrusted: no terminal control characters reach the screen.
const plain = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');

/** `storyline quotes [--actor NAME] [--story ID] [--article ID] [--json]`: who said what. */
export function quotesCommand(program: Command): void {
  program
    .command('quotes')
    .description('list quotes with speaker, date, article and sentence')
    .option('--actor <name>', 'only quotes whose speaker name contains this')
    .option('--story <id>', 'only quotes from this story')
    .option('--article <id>', 'only quotes from this article (id or unique prefix)')
    .option('--json', 'print JSON')
    .action(async (options: { actor?: string; story?: string; article?: string; json?: boolean }, command: Command) => {
      await withStore(command.optsWithGlobals(), (store) => {
        const articleId = options.article ? store.resolveArticleId(options.article) : undefined;
        const rows = listQuotes(store, { actorName: options.actor, storyId: options.story, articleId });
        if (options.json) return printJson(rows);
        for (const q of rows) {
          const who = q.speaker?.name ?? '(unknown speaker)';
          const how = [q.kind, q.cue].filter(Boolean).join(', ');
          process.stdout.write(`${q.date ?? 'undated'}  ${q.articleId.slice(0, 12)}  ${plain(who)}  [${plain(how)}]\n`);
          // Direct content carries its own quote marks; indirect content is shown as is.
          process.stdout.write(`  ${plain(q.text)}\n  > ${plain(q.sentence)}\n\n`);
        }
        if (rows.length === 0) process.stdout.write('no quotes found\n');
      });
    });
}
