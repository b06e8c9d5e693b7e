import type { Command } from 'commander';
import { actorIdOf } from '../../api/actor-ids.js';
import { storyPositions, type StoryPositions } from '../../analyze/positions/story-positions.js';
import { StorylineError, errorCodes } from '../../core/errors.js';
import type { StoryBundle } from '../../core/story.js';
import { loadStoryBundle } from '../../stories/story-record.js';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { printJson, withStore } from '../util.js';

/** A story made of the given articles (ids or unique prefixes), oldest first. */
function bundleOfArticles(store: SqliteStore, prefixes: readonly string[]): StoryBundle {
  const articles = prefixes.map((p) => {
    const id = store.resolveArticleId(p);
    return { article: store.getArticle(id)!, doc: store.getDoc(id)! };
  });
  articles.sort((a, b) => (a.article.publishedAt ?? '').localeCompare(b.article.publishedAt ?? ''));
  return { id: 'articles', title: articles[0]?.article.title ?? 'articles', articles, duplicates: [] };
}

/** Plain-text report: shifts first, then each actor's statements per target. */
function printPositions(result: StoryPositions): void {
  const line = (s: string) => process.stdout.write(s + '\n');
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  line(`SHIFTS (${result.shifts.length})`);
  for (const s of result.shifts) {
    line(`  ${s.actor.name} on ${s.target}: ${s.from.stance} (${s.from.date ?? 'undated'}) -> ${s.to.stance} (${s.to.date ?? 'undated'})`);
    line(`    from ${s.from.evidence.articleId}:${s.from.evidence.start}-${s.from.evidence.end} "${flat(s.from.text)}"`);
    line(`    to   ${s.to.evidence.articleId}:${s.to.evidence.start}-${s.to.evidence.end} "${flat(s.to.text)}"`);
  }
  line(`DISAGREEMENTS (${result.disagreements.length})`);
  for (const d of result.disagreements) line(`  ${d.target}: ${d.a.actor.name} ${d.a.stance} (${d.a.date ?? 'undated'}) vs ${d.b.actor.name} ${d.b.stance} (${d.b.date ?? 'undated'})`);
  line(`POSITIONS (${result.positions.length})`);
  for (const p of result.positions) {
    line(`  ${p.actor.name} on ${p.target}`);
    for (const s of p.statements) {
      line(`    ${s.date ?? 'undated'}  ${s.stance.padEnd(9)} "${flat(s.text)}"${s.triggers.length ? `  [${s.triggers.join(', ')}]` : ''}  ${s.evidence.articleId}:${s.evidence.start}-${s.evidence.end}`);
    }
  }
}

/** `storyline positions <story-id> [--actor NAME] [--articles ID,ID] [--json]`. */
export function positionsCommand(program: Command): void {
  program
    .command('positions')
    .description("what each actor in a story stands for, by target, with shifts (stance changes) first")
    .argument('[story-id]', 'story id')
    .option('--actor <name>', 'only actors whose name contains this')
    .option('--articles <ids>', 'comma-separated article ids (or prefixes) to treat as one story')
    .option('--json', 'print JSON {positions, shifts, disagreements}')
    .action(async (storyId: string | undefined, options: { actor?: string; articles?: string; json?: boolean }, command: Command) => {
      await withStore(command.optsWithGlobals(), async (store) => {
        if (!storyId && !options.articles) throw new StorylineError(errorCodes.USAGE, 'expected a story id or --articles ID,ID');
        const bundle = options.articles ? bundleOfArticles(store, options.articles.split(',').filter(Boolean)) : loadStoryBundle(store, storyId!);
        const result = storyPositions(bundle, { actor: options.actor, actorIdOf: actorIdOf(store) });
        if (options.json) return printJson(result);
        printPositions(result);
      });
    });
}
