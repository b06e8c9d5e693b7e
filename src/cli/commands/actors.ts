import type { Command } from 'commander';
import { StorylineError, errorCodes } from '../../core/errors.js';
import { getActor, listActors, type Actor } from '../../store/actors/list-actors.js';
import { printJson, printTable, withStore } from '../util.js';

const TYPES = ['PER', 'ORG', 'LOC'];

/**
 * `storyline actors [--json] [--type PER]`.
 * Example: `storyline actors --type PER --json`.
 */
export function actorsCommand(program: Command): void {
  program
    .command('actors')
    .description('list people, organisations and places across stored articles')
    .option('--type <type>', 'only PER, ORG or LOC')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean; type?: string }, command: Command) => {
      const type = options.type?.toUpperCase();
      if (type && !TYPES.includes(type)) throw new StorylineError(errorCodes.USAGE, `--type must be one of ${TYPES.join(', ')}, got "${options.type}"`);
      await withStore(command.optsWithGlobals(), (store) => {
        const actors = listActors(store, { type: type as Actor['type'] | undefined });
        if (options.json) return printJson(actors);
        printTable([['ID', 'TYPE', 'NAME', 'ARTICLES', 'ROLE'], ...actors.map((a) => [a.id, a.type, a.name, a.articles.length, a.roles.at(-1)?.title ?? ''])]);
      });
    });
}

/**
 * `storyline actor <id>`: one actor by id, unique prefix or exact name.
 * Example: `storyline actor "John Key" --json`.
 */
export function actorCommand(program: Command): void {
  program
    .command('actor')
    .description('show one actor (id, unique id prefix or exact name) with roles, aliases and articles')
    .argument('<id>', 'actor id, unique prefix or exact name')
    .option('--json', 'print JSON')
    .action(async (ref: string, options: { json?: boolean }, command: Command) => {
      await withStore(command.optsWithGlobals(), (store) => {
        const actor = getActor(store, ref);
        if (options.json) return printJson(actor);
        process.stdout.write(`${actor.name}  (${actor.type}, ${actor.id})\n`);
        if (actor.aliases.length) process.stdout.write(`aliases: ${actor.aliases.join('; ')}\n`);
        for (const r of actor.roles) process.stdout.write(`role: ${r.title}  (${r.date ?? 'undated'}, ${r.articleId})\n`);
        process.stdout.write(`articles: ${actor.articles.join(', ')}\n`);
      });
    });
}
