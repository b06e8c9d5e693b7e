import type { Command } from 'commander';
import { formatMessage } from '../../core/message.js';
import { printJson, printTable, withStore } from '../util.js';

/** `storyline articles [--json]`. */
export function articlesCommand(program: Command): void {
  program
    .command('articles')
    .description('list stored articles, oldest first')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withStore(command.optsWithGlobals(), (store) => {
        const rows = store.listArticles();
        if (options.json) return printJson(rows);
        printTable([['ID', 'DATE', 'SOURCE', 'TITLE'], ...rows.map((a) => [a.id, (a.publishedAt ?? 'undated') + (a.approximate ? '~' : ''), a.source ?? '', a.title ?? ''])], { maxWidth: 70 });
      });
    });
}

/** `storyline article <id> [--json]`: the article with its typed blocks. */
export function articleCommand(program: Command): void {
  program
    .command('article')
    .description('show one article with its blocks and their types (id or unique prefix)')
    .argument('<id>', 'article id or unique prefix')
    .option('--json', 'print JSON with text and every layer')
    .option('--tokens', 'with --json, include the tokens layer too')
    .action(async (prefix: string, options: { json?: boolean; tokens?: boolean }, command: Command) => {
      await withStore(command.optsWithGlobals(), (store) => {
        const id = store.resolveArticleId(prefix);
        const article = store.getArticle(id)!;
        const doc = store.getDoc(id)!;
        if (options.json) {
          const { raw: _raw, ...meta } = article;
          const { tokens, ...layers } = doc.layers;
          return printJson({ ...meta, text: doc.text, layers: options.tokens ? { ...layers, tokens } : layers, messages: doc.messages });
        }
        process.stdout.write(`${article.title ?? '(untitled)'}\n${article.id}  ${article.publishedAt ?? 'undated'} (${article.dateSource}${article.approximate ? ', approximate' : ''})  ${article.source ?? ''}  ${article.origin}\n\n`);
        for (const block of doc.layers.blocks ?? []) {
          process.stdout.write(`[${block.type.padEnd(11)}] ${doc.text.slice(block.start, block.end)}\n`);
        }
        for (const m of doc.messages) process.stdout.write(formatMessage(article.id, m) + '\n');
      });
    });
}

/** `storyline search <query> [--json]`. */
export function searchCommand(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'most hits', '20')
    .option('--json', 'print JSON')
    .action(async (words: string[], options: { json?: boolean; limit: string }, command: Command) => {
      await withStore(command.optsWithGlobals(), (store) => {
        const hits = store.search(words.join(' '), { limit: Number(options.limit) });
        if (options.json) return printJson(hits);
        printTable([['ID', 'DATE', 'TITLE', 'SNIPPET'], ...hits.map((h) => [h.id, h.publishedAt ?? '', h.title ?? '', h.snippet])], { maxWidth: 60 });
      });
    });
}
