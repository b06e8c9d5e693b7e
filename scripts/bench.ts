// `npm run bench`: ingest ~2,800 real articles (stories + quotes/train from ../shared/eval, read at run
// time) and print, per stage and for the whole run, articles/s, words/s and peak RSS.
// Stage-major: each stage runs over every article before the next, so its timing and memory are its own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from '../src/annotate/pipeline.js';
import { normalizeText } from '../src/clean/normalize-text.js';
import type { Article } from '../src/core/article.js';
import type { Doc } from '../src/core/doc.js';
import { articleId } from '../src/ingest/build-article.js';
import { indexers } from '../src/store/indexers.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

const evalDir = process.env.STORYLINE_EVAL ?? join(import.meta.dirname, '../../shared/eval');
const files = ['stories/duc2006.jsonl', 'stories/ecbplus.jsonl', 'stories/wikiref220.jsonl', 'quotes/train.jsonl'].map((f) => join(evalDir, f));
if (!files.every(existsSync)) {
  console.error(`bench: needs the eval corpora under ${evalDir} (set STORYLINE_EVAL)`);
  process.exit(2);
}

interface Record { id: string; title?: string | null; text: string; publishedAt?: string | null; publisher?: string; collection?: string }
const records: Record[] = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record));
records.sort((a, b) => String(a.publishedAt ?? '9999').localeCompare(String(b.publishedAt ?? '9999')));
const words = records.reduce((n, r) => n + (r.text.match(/\S+/g)?.length ?? 0), 0);

interface Row { stage: string; seconds: number; peakRssMb: number }
const rows: Row[] = [];
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
function timed(stage: string, fn: (i: number) => void): void {
  peak = process.memoryUsage().rss;
  const t0 = performance.now();
  for (let i = 0; i < records.length; i++) {
    fn(i);
    if (i % 50 === 0) sample();
  }
  sample();
  rows.push({ stage, seconds: (performance.now() - t0) / 1000, peakRssMb: peak / 2 ** 20 });
}

const runStart = performance.now();
const docs: Doc[] = [];
const articles: Article[] = [];
timed('clean', (i) => {
  const r = records[i];
  const text = (r.title && !r.text.startsWith(r.title) ? r.title + '\n\n' : '') + r.text;
  const normalized = normalizeText(text);
  const id = articleId(normalized.text, r.publisher ?? r.collection ?? null);
  articles.push({ id, title: r.title ?? null, source: r.publisher ?? r.collection ?? null, url: null, byline: null, publishedAt: r.publishedAt ?? null, dateSource: r.publishedAt ? 'metadata' : 'unknown', approximate: false, notBefore: null, notAfter: null, origin: r.id, raw: text, format: 'json' });
  docs.push({ articleId: id, text: normalized.text, layers: {}, messages: [] });
});
for (const stage of pipeline) timed(stage.name, (i) => stage.run(docs[i], { article: articles[i] }));
const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
const store = SqliteStore.open(join(dir, 'bench.db'));
timed(`store + indexers (${indexers.map((x) => x.name).join(', ') || 'none'})`, (i) => store.putArticle(articles[i], docs[i], indexers));
store.close();
rmSync(dir, { recursive: true, force: true });
const total = (performance.now() - runStart) / 1000;

const n = records.length;
console.log(`bench: ${n} articles, ${words} words (${files.map((f) => f.split('/eval/')[1]).join(', ')})`);
console.log('stage'.padEnd(44) + 'seconds'.padStart(9) + 'articles/s'.padStart(12) + 'words/s'.padStart(12) + 'peak RSS MB'.padStart(13));
for (const r of [...rows, { stage: 'whole run', seconds: total, peakRssMb: process.resourceUsage().maxRSS / 1024 }]) {
  console.log(r.stage.padEnd(44) + r.seconds.toFixed(2).padStart(9) + (n / r.seconds).toFixed(0).padStart(12) + (words / r.seconds).toFixed(0).padStart(12) + r.peakRssMb.toFixed(0).padStart(13));
}

// Story clustering cost per article as the store grows (issue 6: the 10k/1k ratio stays <= 1.5),
// in a fresh process: in this one, the heap of ~2,800 annotated Docs makes every later GC dearer.
execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-stories.ts')], { stdio: 'inherit', env: { ...process.env, STORYLINE_EVAL: evalDir } });
