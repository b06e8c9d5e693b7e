import type { Command } from 'commander';
import { actorCommand, actorsCommand } from './actors.js';
import { articleCommand, articlesCommand, searchCommand } from './articles.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { ingestCommand } from './ingest.js';
import { positionsCommand } from './positions.js';
import { quotesCommand } from './quotes.js';
import { serveCommand } from './serve.js';
import { storiesCommand, storyCommand } from './stories.js';

/** A CLI command module: adds its command (with options and action) to the program. */
export type CommandModule = (program: Command) => void;

/** Every command, in the order `storyline --help` lists them. One line per command file. */
export const commands: CommandModule[] = [
  demoCommand,
  ingestCommand,
  articlesCommand,
  articleCommand,
  searchCommand,
  evalCommand,
  serveCommand,
  positionsCommand,
  quotesCommand,
  actorsCommand,
  actorCommand,
  storiesCommand,
  storyCommand,
];
