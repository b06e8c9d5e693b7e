import type { Command } from 'commander';
import { StorylineError, errorCodes } from '../../core/errors.js';
import { evalTasks } from '../../eval/tasks.js';
import { printJson } from '../util.js';

/** Prints a report's numbers as indented `key: value` lines, nested objects indented further. */
function printReport(value: unknown, indent = ''): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      process.stdout.write(`${indent}${key}:\n`);
      printReport(v, indent + '  ');
    } else if (Array.isArray(v)) {
      process.stdout.write(`${indent}${key}: [${v.length} items]\n`);
    } else {
      process.stdout.write(`${indent}${key}: ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : v}\n`);
    }
  }
}

/** `storyline eval <task> <file> [--json] [--out PATH] [--limit N]`. */
export function evalCommand(program: Command): void {
  program
    .command('eval')
    .description(`score a stage on a gold JSONL file; tasks: ${evalTasks.map((t) => t.name).join(', ') || '(none yet)'}`)
    .argument('<task>', 'which stage to score')
    .argument('<file>', 'gold file in the shared eval format')
    .option('--json', 'print the report as JSON')
    .option('--out <path>', 'write our predictions in the gold file format')
    .option('--limit <n>', 'read only the first N records')
    .action(async (name: string, file: string, options: { json?: boolean; out?: string; limit?: string }) => {
      const task = evalTasks.find((t) => t.name === name);
      if (!task) throw new StorylineError(errorCodes.USAGE, `unknown eval task "${name}"; expected one of: ${evalTasks.map((t) => t.name).join(', ')}`);
      const report = await task.run(file, { out: options.out, limit: options.limit ? Number(options.limit) : undefined });
      if (options.json) printJson(report);
      else printReport(report);
    });
}
