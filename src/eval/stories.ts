import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { articleFeatures, type ArticleFeatures } from '../stories/article-features.js';
import { storiesIndexer } from '../stories/stories-indexer.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { bcubed } from './bcubed.js';
import { singlePassBaseline } from './single-pass-baseline.js';
import { readStoryRecords, recordDoc } from './story-records.js';
import type { EvalTask } from './task.js';

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * `storyline eval stories <file>`: runs the real pipeline and the real stories indexer (an
 * in-memory store) over a stories JSONL file in publication order, and scores B-cubed against
 * `label` (and `topic` when coarser), beside a single-threshold tf-idf cosine baseline.
 */
export const storiesTask: EvalTask = {
  name: 'stories',
  describe: 'online story clustering: B-cubed P/R/F1 against gold story labels',
  async run(file, { out, limit }) {
    const records = readStoryRecords(file, limit);
    const store = SqliteStore.open(':memory:');
    const features: ArticleFeatures[] = [];
    let clusterMs = 0;
    const ids: string[] = [];
    for (const record of records) {
      const { article, doc } = recordDoc(record);
      const stored = { ...article, id: `r${ids.length}` };
      const storedDoc = { ...doc, articleId: stored.id };
      ids.push(stored.id);
      features.push(articleFeatures(stored, storedDoc));
      const t0 = performance.now();
      store.putArticle(stored, storedDoc, [storiesIndexer]);
      clusterMs += performance.now() - t0;
    }
    const storyOf = new Map((store.db.prepare('SELECT article_id, story_id FROM story_articles').all() as { article_id: string; story_id: string }[]).map((r) => [r.article_id, r.story_id]));
    const duplicates = (store.db.prepare('SELECT count(*) AS n FROM story_articles WHERE duplicate_of IS NOT NULL').get() as { n: number }).n;
    store.close();
    const predicted = ids.map((id) => storyOf.get(id) ?? id);
    const labels = records.map((r) => r.label);
    const topics = records.map((r) => r.topic);
    const scores = (p: string[]) => {
      const label = bcubed(p, labels);
      const topic = bcubed(p, topics);
      return {
        precision: round(label.precision), recall: round(label.recall), f1: round(label.f1), stories: new Set(p).size,
        ...(new Set(topics).size < new Set(labels).size ? { topic: { precision: round(topic.precision), recall: round(topic.recall), f1: round(topic.f1) } } : {}),
      };
    };
    const baseline = singlePassBaseline(features);
    if (out) writeFileSync(out, records.map((r, i) => JSON.stringify({ id: r.id, label: predicted[i] })).join('\n') + '\n');
    return {
      task: 'stories',
      n: records.length,
      goldStories: new Set(labels).size,
      ...(new Set(topics).size < new Set(labels).size ? { goldTopics: new Set(topics).size } : {}),
      ours: { ...scores(predicted), duplicates, msPerArticle: round(clusterMs / Math.max(1, records.length)) },
      baseline: { name: `tf-idf cosine single-pass, threshold ${baseline.threshold}`, ...scores(baseline.labels) },
    };
  },
};
