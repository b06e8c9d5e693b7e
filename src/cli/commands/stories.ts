import type { Command } from 'commander';
import { listStories, loadStoryBundle, storyRecord } from '../../stories/story-record.js';
import { printStoryAnalysis, storyAnalysis, storyAnalysisOptions, type StoryAnalysisFlags } from '../story-analysis.js';
import { printJson, printTable, withStore } from '../util.js';

/** `storyline stories [--json]`: every story, latest activity first. */
export function storiesCommand(program: Command): void {
  program
    .command('stories')
    .description('list stories (groups of articles about one unfolding event), latest first')
    .option('--json', 'print JSON: [{id, title, start, end, articles, duplicates}]')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withStore(command.optsWithGlobals(), (store) => {
        const stories = listStories(store);
        if (options.json) return printJson(stories);
        printTable([['ID', 'FROM', 'TO', 'ARTICLES', 'TITLE'], ...stories.map((s) => [s.id, s.start ?? 'undated', s.end ?? '', `${s.articles.length - s.duplicates.length}${s.duplicates.length ? ` +${s.duplicates.length} dup` : ''}`, s.title])], { maxWidth: 70 });
      });
    });
}

/**
 * `storyline story <id> [--json] [--timeline] [--summary [--words N] [--since DATE] [--query TEXT]] [--md]`:
 * the full story record (id or unique prefix); the JSON also carries `timeline` and `summary`.
 */
export function storyCommand(program: Command): void {
  storyAnalysisOptions(program
    .command('story'))
    .description('show one story: articles, actors, places, counts over time, history (id or unique prefix)')
    .argument('<id>', 'story id or unique prefix')
    .option('--json', 'print the full story record as JSON, with timeline and summary')
    .action(async (prefix: string, options: { json?: boolean } & StoryAnalysisFlags, command: Command) => {
      await withStore(command.optsWithGlobals(), (store) => {
        const record = storyRecord(store, prefix);
        if (options.json) return printJson({ ...record, ...storyAnalysis(loadStoryBundle(store, record.id), options) });
        if (printStoryAnalysis(loadStoryBundle(store, record.id), options)) return;
        process.stdout.write(`${record.title || '(untitled)'}\n${record.id}  ${record.start ?? 'undated'} – ${record.end ?? ''}  ${record.independentArticles} articles, ${record.duplicates.length} duplicates\n`);
        if (record.actors.length) process.stdout.write(`actors: ${record.actors.map((a) => `${a.name} (${a.articles})`).join(', ')}\n`);
        if (record.places.length) process.stdout.write(`places: ${record.places.map((a) => `${a.name} (${a.articles})`).join(', ')}\n`);
        process.stdout.write('\n');
        printTable(record.articles.map((a) => [a.id, a.publishedAt ?? 'undated', a.source ?? '', (a.duplicateOf ? '[duplicate] ' : '') + (a.title ?? '')]), { maxWidth: 70 });
        const said: Record<string, string> = { merge: 'merged story', 'split-off': 'split off story', 'split-from': 'split from story' };
        for (const h of record.history) if (said[h.kind]) process.stdout.write(`${said[h.kind]} ${h.otherStoryId} (${h.at})\n`);
      });
    });
}
