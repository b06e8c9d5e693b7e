// Stories cost curve: clustering time per article when 1k and when 10k articles are already
// stored. Articles are synthesised by replaying the eval corpora (read from ../shared/eval at run
// time): each replay drops a different one word in seven, so copies are no near-duplicates (which
// would take the cheap path) but still share terms and join stories, which grow as they would.
// Docs get only the blocks stage (names then come from capitalised words): this times the
// stories indexer itself (features, candidates, scoring, SQLite writes), not the NLP stages.
// Run alone: `node --import tsx scripts/bench-stories.ts`; `npm run bench` calls benchStories().
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { blocksStage } from '../src/annotate/base-stages.js';
import { normalizeText } from '../src/clean/normalize-text.js';
import type { Article } from '../src/core/article.js';
import type { Doc } from '../src/core/doc.js';
import { storiesIndexer } from '../src/stories/stories-indexer.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

interface EvalRecord { id: string; title?: string | null; text: string; publishedAt?: string | null }

/**
 * CPU milliseconds per article (user + system, so other processes on the machine do not count)
 * over the window of articles that arrive after `storedBefore` stored ones: the mean, and the
 * median, which a garbage collection or WAL checkpoint landing in one window does not move.
 */
export interface StoriesCost { readonly storedBefore: number; readonly msPerArticle: number; readonly medianMs: number }

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function synthesise(records: EvalRecord[], copy: number): EvalRecord[] {
  if (copy === 0) return records;
  return records.map((r) => {
    const words = r.text.split(' ');
    const text = words.filter((_, i) => i % 7 !== copy - 1).join(' ');
    const year = r.publishedAt ? String(Number(r.publishedAt.slice(0, 4)) + copy * 20) + r.publishedAt.slice(4) : null;
    return { ...r, id: `${r.id}#${copy}`, text, publishedAt: year };
  });
}

/**
 * Replays the eval corpora until `total` articles went through the stories indexer and returns
 * the time per article over a window of `window` articles starting at each of `at`.
 * Example: `benchStories()` → [{storedBefore: 1000, msPerArticle: 5.1, medianMs: 4.8}, ..., {storedBefore: 10000, ...}].
 */
export function benchStories({ evalDir = process.env.STORYLINE_EVAL ?? join(import.meta.dirname, '../../shared/eval'), at = [1000, 2500, 5000, 10000], window = 500 } = {}): StoriesCost[] {
  const files = ['stories/duc2006.jsonl', 'stories/ecbplus.jsonl', 'stories/wikiref220.jsonl', 'quotes/train.jsonl'].map((f) => join(evalDir, f));
  if (!files.every(existsSync)) throw new Error(`bench-stories: needs the eval corpora under ${evalDir} (set STORYLINE_EVAL)`);
  const base = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EvalRecord));
  base.sort((a, b) => String(a.publishedAt ?? '9999').localeCompare(String(b.publishedAt ?? '9999')));
  const total = Math.max(...at) + window;
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-stories-'));
  const store = SqliteStore.open(join(dir, 'bench.db'));
  const times: number[] = [];
  try {
    for (let copy = 0; times.length < total; copy++) {
      for (const r of synthesise(base, copy)) {
        if (times.length >= total) break;
        const text = (r.title && !r.text.startsWith(r.title) ? r.title + '\n\n' : '') + r.text;
        const article: Article = { id: `a${times.length}`, title: r.title ?? null, source: null, url: null, byline: null, publishedAt: r.publishedAt ?? null, dateSource: r.publishedAt ? 'metadata' : 'unknown', approximate: false, notBefore: null, notAfter: null, origin: r.id, raw: '', format: 'text' };
        const doc: Doc = { articleId: article.id, text: normalizeText(text).text, layers: {}, messages: [] };
        blocksStage.run(doc, { article });
        const t0 = process.cpuUsage();
        store.transaction(() => storiesIndexer.index(store, article, doc));
        const used = process.cpuUsage(t0);
        times.push((used.user + used.system) / 1000);
      }
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return at.map((storedBefore) => {
    const slice = times.slice(storedBefore, storedBefore + window);
    return { storedBefore, msPerArticle: slice.reduce((s, x) => s + x, 0) / slice.length, medianMs: median(slice) };
  });
}

/** The lines `npm run bench` prints: the cost at each point, then the last point over the first, by mean and by median. */
export function costLines(costs: readonly StoriesCost[]): string[] {
  const first = costs[0];
  const last = costs[costs.length - 1];
  return [
    ...costs.map((c) => `stories: ${c.msPerArticle.toFixed(2)} CPU ms/article mean, ${c.medianMs.toFixed(2)} median, with ${c.storedBefore} articles stored`),
    `stories: cost ratio ${last.storedBefore}/${first.storedBefore} = ${(last.msPerArticle / first.msPerArticle).toFixed(2)} by mean, ${(last.medianMs / first.medianMs).toFixed(2)} by median (goal <= 1.5)`,
  ];
}

// Run alone (`node --import tsx scripts/bench-stories.ts`), or by `npm run bench` in a process of
// its own, so the heap the other stages left behind does not slow its later windows.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of costLines(benchStories())) console.log(line);
}
