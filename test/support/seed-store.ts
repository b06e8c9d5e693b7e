import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

/** Repo-relative fixtures: the three seed articles, their dates, and the hostile article. */
export const seedDir = 'fixtures/seeds';
export const seedMeta = 'fixtures/seeds/meta.json';
export const hostileArticle = 'fixtures/hostile/hostile-article.json';

/**
 * A temporary store file with the seed articles ingested (and the hostile one when asked).
 * `cleanup()` closes the store and removes the directory.
 */
export async function seedStore({ hostile = false }: { hostile?: boolean } = {}): Promise<{ store: SqliteStore; path: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-web-'));
  const path = join(dir, 'store.db');
  const store = SqliteStore.open(path);
  const result = await ingestPaths(store, hostile ? [seedDir, hostileArticle] : [seedDir], { meta: seedMeta });
  if (result.failures.length) throw new Error(`seed ingest failed: ${result.failures.map((f) => `${f.origin}: ${f.reason}`).join('; ')}`);
  return {
    store,
    path,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
