import type { Command } from 'commander';

/** A CLI command module: adds its command (with options and action) to the program. */
export type CommandModule = (program: Command) => void;

/** Every command, in the order `storyline --help` lists them. One line per command file. */
export const commands: CommandModule[] = [];
