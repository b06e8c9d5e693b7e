import type { Command } from 'commander';
import { dossierMarkdown } from '../analyze/dossier-markdown.js';
import { storySummary, type SummarySentence } from '../analyze/story-summary.js';
import { storyTimeline, type TimelineEntry } from '../analyze/story-timeline.js';
import { StorylineError, errorCodes } from '../core/errors.js';
import type { StoryBundle } from '../core/story.js';

/** The `storyline story <id>` flags this module reads (commander's camelCase names). */
export interface StoryAnalysisFlags {
  readonly timeline?: boolean;
  readonly summary?: boolean;
  readonly words?: string;
  readonly since?: string;
  readonly query?: string;
  readonly md?: boolean;
}

/** Adds `--timeline`, `--summary`, `--words N`, `--since DATE`, `--query TEXT`, `--md` to a command. */
export function storyAnalysisOptions(command: Command): Command {
  return command
    .option('--timeline', 'print the story timeline (dated events with their sources)')
    .option('--summary', 'print a cited extractive summary')
    .option('--words <n>', 'summary word limit (default 100)')
    .option('--since <date>', "summary of what is new since DATE (YYYY-MM-DD)")
    .option('--query <text>', 'focus the summary on these words')
    .option('--md', 'print the story dossier as Markdown');
}

/** Checks the flags; throws a usage error (exit 2) that says what was expected. */
function parseFlags(flags: StoryAnalysisFlags): { words: number; since?: string; query?: string } {
  const words = flags.words === undefined ? 100 : Number(flags.words);
  if (!Number.isInteger(words) || words <= 0) throw new StorylineError(errorCodes.USAGE, `--words expects a positive whole number, got "${flags.words}"`);
  if (flags.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.since)) {
    throw new StorylineError(errorCodes.USAGE, `--since expects a date as YYYY-MM-DD, got "${flags.since}"`);
  }
  return { words, since: flags.since, query: flags.query };
}

/**
 * The `timeline` and `summary` fields of the story JSON (always both; the summary honours
 * --words/--since/--query). Example: `{...storyJson, ...storyAnalysis(bundle, flags)}`.
 */
export function storyAnalysis(bundle: StoryBundle, flags: StoryAnalysisFlags = {}): { timeline: TimelineEntry[]; summary: SummarySentence[] } {
  const { words, since, query } = parseFlags(flags);
  return { timeline: storyTimeline(bundle), summary: storySummary(bundle, { words, since, query }) };
}

const flat = (s: string) => s.replace(/\s+/g, ' ');
const where = (e: { articleId: string; start: number; end: number }) => `${e.articleId}:${e.start}-${e.end}`;

/**
 * Prints what --md, --timeline or --summary ask for, as plain text on stdout; returns false when
 * none of them is set (the caller prints the story as usual).
 */
export function printStoryAnalysis(bundle: StoryBundle, flags: StoryAnalysisFlags): boolean {
  const { words, since, query } = parseFlags(flags);
  const out = (s: string) => process.stdout.write(s + '\n');
  if (flags.md) {
    out(dossierMarkdown(bundle, { words, since, query }));
    return true;
  }
  if (!flags.timeline && !flags.summary) return false;
  if (flags.timeline) {
    out(`TIMELINE (${bundle.title})`);
    for (const e of storyTimeline(bundle)) out(`  ${e.date.padEnd(10)}  ${flat(e.text)}  [${e.evidence.map(where).join(', ')}]`);
  }
  if (flags.summary) {
    out(since ? `NEW SINCE ${since}` : 'SUMMARY');
    const summary = storySummary(bundle, { words, since, query });
    if (!summary.length) out('  (nothing to summarise)');
    for (const s of summary) out(`  ${flat(s.text)}  [${s.evidence.map(where).join(', ')}]`);
  }
  return true;
}
