import type Database from 'better-sqlite3';
import { dayNumber } from './article-features.js';
import { isoDay } from './day-dates.js';
import type { ArticleFeatures } from './article-features.js';
import type { ClusterOptions } from './cluster-options.js';
import { StoryClusterer, storyIdFor, type StoryDecision, type StoryState, type Vectors } from './story-clusterer.js';
import type { SparseVector } from './weighted-cosine.js';

interface StoryRow { id: string; merged_into: string | null; size: number; touched: number; start_date: string | null; end_date: string | null; centroid: string }
interface MemberRow { article_id: string; story_id: string; duplicate_of: string | null; signature: string | null; keys: string }

// Centroid entries are sums of unit-length members (often below 0.01): keep 4 significant digits.
const toPairs = (v: SparseVector) => [...v].map(([t, x]) => [t, Number(x.toPrecision(4))]);

// A member's vectors are kept for splits: its top terms are what a centroid keeps of it anyway.
const MEMBER_TERMS = 200;
const topPairs = (v: SparseVector) => toPairs(v.size <= MEMBER_TERMS ? v : new Map([...v].sort((a, b) => b[1] - a[1]).slice(0, MEMBER_TERMS)));

/** A member's stored vectors, as `saveDecision` writes them. Example: `readVectors('{"title":[],"body":[["flood",0.5]],"names":[]}').body.get('flood') === 0.5`. */
export function readVectors(json: string): Vectors {
  const v = JSON.parse(json) as Record<'title' | 'body' | 'names', [string, number][]>;
  return { title: new Map(v.title), body: new Map(v.body), names: new Map(v.names) };
}

/**
 * Rebuilds the clusterer from the story tables (document frequencies, live stories, merges,
 * duplicate signatures, posting lists replayed in arrival order, and the recent stories still
 * due for second looks), so clustering continues where the last run stopped.
 * Example: `const clusterer = loadClusterer(store.db)`.
 */
export function loadClusterer(db: Database.Database, options?: ClusterOptions): StoryClusterer {
  const clusterer = new StoryClusterer(options);
  for (const { key, df } of db.prepare('SELECT key, df FROM story_df').iterate() as Iterable<{ key: string; df: number }>) {
    if (key === '') clusterer.df.documents = df;
    else if (key.startsWith('n:')) clusterer.df.names.set(key.slice(2), df);
    else clusterer.df.terms.set(key, df);
  }
  for (const row of db.prepare('SELECT id, merged_into, size, touched, start_date, end_date, centroid FROM stories').iterate() as Iterable<StoryRow>) {
    if (row.merged_into) {
      clusterer.mergedInto.set(row.id, row.merged_into);
      continue;
    }
    const c = JSON.parse(row.centroid) as Record<'title' | 'body' | 'names', [string, number][]>;
    const story: StoryState = {
      id: row.id, title: new Map(c.title), body: new Map(c.body), names: new Map(c.names),
      start: dayNumber(row.start_date), end: dayNumber(row.end_date), size: row.size, touched: row.touched,
    };
    clusterer.stories.set(story.id, story);
  }
  const total = (db.prepare('SELECT count(*) AS n FROM story_articles').get() as { n: number }).n;
  for (const row of db.prepare('SELECT article_id, story_id, duplicate_of, signature, keys FROM story_articles ORDER BY position').iterate() as Iterable<MemberRow>) {
    clusterer.clock++;
    const keys = JSON.parse(row.keys) as string[];
    clusterer.postings.post(keys, row.story_id);
    if (row.signature) clusterer.duplicates.add(row.article_id, JSON.parse(row.signature) as number[], row.story_id, row.duplicate_of);
    // A live story this article started, recent enough to have second looks ahead of it.
    const started = storyIdFor(row.article_id);
    if (total - clusterer.clock < clusterer.secondLooks.horizon && clusterer.stories.has(started)) clusterer.secondLooks.add(clusterer.clock, { storyId: started, keys });
  }
  return clusterer;
}

/** A story's centroids as the `stories.centroid` column holds them. */
function centroidJson(story: Vectors): string {
  return JSON.stringify({ title: toPairs(story.title), body: toPairs(story.body), names: toPairs(story.names) });
}

/** Inserts or updates a story row from the clusterer's state; a null title keeps the stored one. */
export function writeStory(db: Database.Database, story: StoryState, title: { text: string; articleId: string } | null): void {
  const centroid = centroidJson(story);
  db.prepare(
    `INSERT INTO stories (id, title, title_article_id, start_date, end_date, size, merged_into, touched, centroid)
     VALUES (@id, coalesce(@title, ''), @titleArticleId, @start, @end, @size, NULL, @touched, @centroid)
     ON CONFLICT(id) DO UPDATE SET title = coalesce(@title, title), title_article_id = coalesce(@titleArticleId, title_article_id),
       start_date = @start, end_date = @end, size = @size, touched = @touched, centroid = @centroid`,
  ).run({ id: story.id, title: title?.text ?? null, titleArticleId: title?.articleId ?? null, start: isoDay(story.start), end: isoDay(story.end), size: story.size, touched: story.touched, centroid });
}

/** Marks `folded` as merged into `into` and moves its articles there. */
function fold(db: Database.Database, into: string, folded: string): void {
  db.prepare("UPDATE stories SET merged_into = ?, centroid = '{}' WHERE id = ?").run(into, folded);
  db.prepare('UPDATE story_articles SET story_id = ? WHERE story_id = ?').run(into, folded);
}

/**
 * Writes one decision: document frequencies, second-look folds, the story row (and folded
 * stories), the membership row and the history events. Runs inside the article's write
 * transaction. A second-look fold is a `merge` event with no article: no article caused it.
 */
export function saveDecision(db: Database.Database, clusterer: StoryClusterer, decision: StoryDecision, features: ArticleFeatures, publishedAt: string | null, title: { text: string; articleId: string } | null): void {
  const now = new Date().toISOString();
  const event = db.prepare('INSERT INTO story_events (story_id, kind, article_id, other_story_id, score, at) VALUES (?, ?, ?, ?, ?, ?)');
  if (decision.kind !== 'duplicate') {
    const bump = db.prepare('INSERT INTO story_df (key, df) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET df = df + 1');
    bump.run('');
    for (const term of features.body.keys()) bump.run(term);
    for (const name of features.names.keys()) bump.run('n:' + name);
  }
  for (const { storyId, into, score } of decision.attached) {
    // `into` may since have been folded itself (by this article's merges): write it as it stood.
    const target = clusterer.stories.get(into);
    if (target) writeStory(db, target, null);
    fold(db, into, storyId);
    event.run(into, 'merge', null, storyId, score, now);
  }
  const story = clusterer.stories.get(decision.storyId)!;
  writeStory(db, story, title);
  if (decision.kind === 'create') event.run(story.id, 'create', decision.articleId, null, null, now);
  for (const folded of decision.merged) {
    fold(db, story.id, folded);
    event.run(story.id, 'merge', decision.articleId, folded, null, now);
  }
  db.prepare(
    'INSERT INTO story_articles (article_id, story_id, duplicate_of, score, published_at, position, signature, keys, vectors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(decision.articleId, story.id, decision.duplicateOf, decision.score, publishedAt, clusterer.clock, features.signature ? JSON.stringify(features.signature) : null, JSON.stringify(decision.keys), memberVectors(decision.vectors));
  if (decision.kind !== 'create') event.run(story.id, decision.kind, decision.articleId, null, decision.score, now);
}

function memberVectors(v: Vectors | null): string | null {
  return v && JSON.stringify({ title: topPairs(v.title), body: topPairs(v.body), names: topPairs(v.names) });
}
