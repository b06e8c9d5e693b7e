// The seed check at scale: the three seed articles (fixtures/seeds) ingested together with the
// 1,250 DUC 2006 articles (read from ../shared/eval at run time, never copied) must form one
// story that no DUC article joins. Real pipeline, real stories indexer, in publication order.
// Usage: node --import tsx scripts/seed-vs-duc.ts [path/to/duc2006.jsonl]
import { join } from 'node:path';
import type { Article } from '../src/core/article.js';
import type { Doc } from '../src/core/doc.js';
import { readStoryRecords, recordDoc } from '../src/eval/story-records.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import { storiesIndexer } from '../src/stories/stories-indexer.js';
import { listStories } from '../src/stories/story-record.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

const file = process.argv[2] ?? join(import.meta.dirname, '../../shared/eval/stories/duc2006.jsonl');
const items: { article: Article; doc: Doc; seed: boolean }[] = [];
for await (const item of readInputs(['fixtures/seeds'], { meta: 'fixtures/seeds/meta.json' })) {
  if (item.kind === 'article') items.push({ ...buildArticle(item.article), seed: true });
}
readStoryRecords(file).forEach((record, i) => {
  const { article, doc } = recordDoc(record);
  const id = `duc${i}`;
  items.push({ article: { ...article, id }, doc: { ...doc, articleId: id }, seed: false });
});
items.sort((a, b) => String(a.article.publishedAt ?? '9999').localeCompare(String(b.article.publishedAt ?? '9999')));
const store = SqliteStore.open(':memory:');
for (const { article, doc } of items) store.putArticle(article, doc, [storiesIndexer]);
const seeds = new Set(items.filter((i) => i.seed).map((i) => i.article.id));
const stories = listStories(store).filter((s) => s.articles.some((id) => seeds.has(id)));
for (const s of stories) console.log(`story ${s.id} "${s.title}": ${s.articles.filter((id) => seeds.has(id)).length} seeds, ${s.articles.filter((id) => !seeds.has(id)).length} DUC articles`);
const ok = stories.length === 1 && stories[0].articles.length === seeds.size;
console.log(ok ? `PASS: the ${seeds.size} seeds form one story and none of ${items.length - seeds.size} DUC articles joins it` : 'FAIL');
process.exit(ok ? 0 : 1);
