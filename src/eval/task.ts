/** Options every eval task takes. `out` writes our predictions in the gold file's format. */
export interface EvalOptions {
  readonly out?: string;
  /** Cap on records read, for quick runs while tuning (`--limit N`). */
  readonly limit?: number;
}

/**
 * What every eval task returns: `ours` beside `baseline` from the same run.
 * Extra fields (per-type breakdowns, error samples) may follow.
 */
export interface EvalReport {
  readonly task: string;
  readonly n: number;
  readonly ours: Record<string, unknown>;
  readonly baseline?: { readonly name: string } & Record<string, unknown>;
  readonly [extra: string]: unknown;
}

/** One `storyline eval <task> <file>` task. */
export interface EvalTask {
  readonly name: string;
  readonly describe: string;
  run(file: string, options: EvalOptions): Promise<EvalReport>;
}
