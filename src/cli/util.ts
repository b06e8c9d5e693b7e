import { SqliteStore } from '../store/sqlite-store.js';

/** Options every store-backed command takes. */
export interface StoreOptions {
  readonly db?: string;
}

/** The store path: `--db`, else STORYLINE_DB, else ./storyline.db. */
export function storePath(options: StoreOptions): string {
  return options.db ?? process.env.STORYLINE_DB ?? 'storyline.db';
}

/** Opens the store, runs `fn`, and always closes it. */
export async function withStore<T>(options: StoreOptions, fn: (store: SqliteStore) => T | Promise<T>): Promise<T> {
  const store = SqliteStore.open(storePath(options));
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Prints a value as indented JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Resolves an article id or unique prefix (throws not-found / ambiguous-id). */
export function resolveArticleId(store: SqliteStore, prefix: string): string {
  return store.resolveArticleId(prefix);
}

/** Prints rows as a plain aligned table; cells are cut to `maxWidth` characters. */
export function printTable(rows: readonly (readonly (string | number | null | undefined)[])[], { maxWidth = 60 }: { maxWidth?: number } = {}): void {
  const cells = rows.map((r) => r.map((c) => {
    const s = c === null || c === undefined ? '' : String(c).replace(/\s+/g, ' ');
    return s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s;
  }));
  const widths: number[] = [];
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  for (const row of cells) process.stdout.write(row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  ') + '\n');
}

/**
 * A progress bar on stderr when it is a TTY; silent otherwise (pipes, CI).
 * Returns the update function to pass as `onProgress`.
 */
export function progressBar(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : 0;
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  };
}
