// Tuning helper for the story clusterer: computes each DEV file's article features once (real
// pipeline, cached under $TMPDIR, never in the repository) and then scores the clusterer alone
// with option overrides, for all three stories files in one go. Decisions are the ones the
// stories indexer makes (it only adds titles and SQLite writes around clusterer.add).
// Usage: node --import tsx scripts/tune-stories.ts '{"joinThreshold":0.25}' ['{"...":...}' ...]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bcubed } from '../src/eval/bcubed.js';
import { singlePassBaseline } from '../src/eval/single-pass-baseline.js';
import { readStoryRecords, recordDoc } from '../src/eval/story-records.js';
import { articleFeatures, type ArticleFeatures } from '../src/stories/article-features.js';
import { defaultClusterOptions, type ClusterOptions } from '../src/stories/cluster-options.js';
import { StoryClusterer } from '../src/stories/story-clusterer.js';

const evalDir = process.env.STORYLINE_EVAL ?? join(import.meta.dirname, '../../shared/eval');
const cacheDir = join(tmpdir(), 'storyline-stories-features');
mkdirSync(cacheDir, { recursive: true });

type Cached = { label: string; topic: string; f: ArticleFeatures };

function load(name: string): Cached[] {
  const cache = join(cacheDir, name + '.json');
  if (existsSync(cache)) {
    return (JSON.parse(readFileSync(cache, 'utf8')) as any[]).map((c) => ({ ...c, f: { ...c.f, title: new Map(c.f.title), body: new Map(c.f.body), names: new Map(c.f.names) } }));
  }
  const out = readStoryRecords(join(evalDir, 'stories', name + '.jsonl')).map((r, i) => {
    const { article, doc } = recordDoc(r);
    return { label: r.label, topic: r.topic, f: articleFeatures({ ...article, id: `r${i}` }, { ...doc, articleId: `r${i}` }) };
  });
  writeFileSync(cache, JSON.stringify(out.map((c) => ({ ...c, f: { ...c.f, title: [...c.f.title], body: [...c.f.body], names: [...c.f.names] } }))));
  return out;
}

const r = (x: number) => x.toFixed(3);
const files = (process.env.FILES ?? 'duc2006,wikiref220,ecbplus').split(',');
const data = Object.fromEntries(files.map((f) => [f, load(f)]));
const variants = process.argv.slice(2).length ? process.argv.slice(2) : ['{}'];
for (const v of variants) {
  const options: ClusterOptions = { ...defaultClusterOptions, ...JSON.parse(v) };
  const parts: string[] = [];
  for (const name of files) {
    const c = new StoryClusterer(options);
    const pred = data[name].map((x) => c.add(x.f).storyId).map((id) => c.resolve(id));
    const s = bcubed(pred, data[name].map((x) => x.label));
    let extra = '';
    if (name === 'ecbplus') extra = ` T${r(bcubed(pred, data[name].map((x) => x.topic)).f1)}`;
    if (process.env.BASELINE) {
      const b = bcubed(singlePassBaseline(data[name].map((x) => x.f)).labels, data[name].map((x) => x.label));
      extra += ` [base ${r(b.precision)}/${r(b.recall)}/${r(b.f1)}]`;
    }
    parts.push(`${name} ${r(s.precision)}/${r(s.recall)}/${r(s.f1)} n${new Set(pred).size}${extra}`);
  }
  console.log(v, '|', parts.join(' | '));
}
