import { Command, CommanderError } from 'commander';
import { StorylineError, errorCodes } from '../core/errors.js';
import { commands } from './commands/index.js';

/** Exit codes: 0 success, 1 some input failed, 2 usage error (unknown command, bad id, bad option). */
const program = new Command('storyline')
  .description('Story tracker for the news: stories, actors, quotes, dates, timelines, positions and cited summaries')
  .option('--db <path>', 'SQLite store (default: $STORYLINE_DB or ./storyline.db)')
  .exitOverride()
  .showHelpAfterError();

for (const add of commands) add(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof StorylineError) {
    process.stderr.write(`storyline: ${error.message}\n`);
    const usage: string[] = [errorCodes.USAGE, errorCodes.NOT_FOUND, errorCodes.AMBIGUOUS_ID];
    process.exitCode = usage.includes(error.code) ? 2 : 1;
  } else {
    throw error;
  }
}
