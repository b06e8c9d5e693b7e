import type Database from 'better-sqlite3';
import { dayNumber } from './article-features.js';
import { storyIdFor, type StoryClusterer, type StoryState, type Vectors } from './story-clusterer.js';
import { bisect, sumVectors, type Member } from './story-bisect.js';
import { readVectors, writeStory } from './story-tables.js';
import { pruneTo } from './weighted-cosine.js';

/** A story is first checked at this many independent members, then each time it grows by half. */
const FIRST_CHECK = 8;
/** The smaller part must have at least this many members and this share of the story. */
const MIN_PART = 3;
const MIN_SHARE = 0.2;

interface MemberRow { article_id: string; duplicate_of: string | null; published_at: string | null; keys: string; vectors: string | null }

/** Whether a story that grew from `before` to `after` members passed a check size (8, 12, 18, 27, ...). Example: `crossesCheckpoint(7, 8) === true`. */
export function crossesCheckpoint(before: number, after: number): boolean {
  for (let size = FIRST_CHECK; size <= after; size = Math.ceil(size * 1.5)) if (size > before) return true;
  return false;
}

/**
 * Splits a story that proves to hold two stories, inside the article's write transaction.
 * Checked when the story passes a check size (so the cost per article stays flat): its members
 * are split in two by 2-means (story-bisect.ts), and the split is made only when both parts
 * are sizeable and their centroids score below the join threshold against each other, that
 * is, when neither part would even take the other as a new article. This typically undoes a
 * merge or join made through one article that bridged two events. The larger part keeps the
 * id; the other becomes a new story with its members' duplicates, and both histories record
 * the split. Returns the new story's id, or null.
 * Example: `splitIfMixed(db, clusterer, 'ab12…', 7)` → 'cd34…' when the story is two stories.
 */
export function splitIfMixed(db: Database.Database, clusterer: StoryClusterer, storyId: string, sizeBefore: number): string | null {
  const story = clusterer.stories.get(storyId);
  if (!story || !crossesCheckpoint(sizeBefore, story.size)) return null;
  const rows = db.prepare('SELECT article_id, duplicate_of, published_at, keys, vectors FROM story_articles WHERE story_id = ? ORDER BY position').all(storyId) as MemberRow[];
  const members: Member[] = rows.filter((r) => !r.duplicate_of && r.vectors).map((r) => ({ articleId: r.article_id, vectors: readVectors(r.vectors!) }));
  // Members stored before vectors were kept cannot be re-summed: leave such a story whole.
  if (members.length < story.size) return null;
  const parts = bisect(members, (a, b) => clusterer.similarity(a, b));
  if (!parts || parts.move.length < Math.max(MIN_PART, MIN_SHARE * members.length) || parts.similarity >= clusterer.options.joinThreshold) return null;

  const moved = new Set(parts.move.map((m) => m.articleId));
  for (const r of rows) if (r.duplicate_of && moved.has(r.duplicate_of)) moved.add(r.article_id);
  const newId = storyIdFor(`split\u0000${storyId}\u0000${parts.move[0].articleId}`);
  const keep = partState(clusterer, storyId, parts.keep, rows.filter((r) => !moved.has(r.article_id)));
  const move = partState(clusterer, newId, parts.move, rows.filter((r) => moved.has(r.article_id)));
  clusterer.stories.set(storyId, keep);
  clusterer.stories.set(newId, move);
  for (const r of rows.filter((r) => moved.has(r.article_id))) {
    clusterer.postings.post(JSON.parse(r.keys) as string[], newId);
    const signed = clusterer.duplicates.articles.get(r.article_id);
    if (signed) clusterer.duplicates.articles.set(r.article_id, { ...signed, storyId: newId });
  }

  const now = new Date().toISOString();
  const moveArticle = db.prepare('UPDATE story_articles SET story_id = ? WHERE article_id = ?');
  for (const id of moved) moveArticle.run(newId, id);
  const current = db.prepare('SELECT title, title_article_id FROM stories WHERE id = ?').get(storyId) as { title: string; title_article_id: string | null };
  const keepTitle = current.title_article_id && !moved.has(current.title_article_id) ? { text: current.title, articleId: current.title_article_id } : centralTitle(db, clusterer, keep, parts.keep);
  const moveTitle = centralTitle(db, clusterer, move, parts.move);
  writeStory(db, keep, keepTitle);
  writeStory(db, move, moveTitle);
  const event = db.prepare('INSERT INTO story_events (story_id, kind, article_id, other_story_id, score, at) VALUES (?, ?, NULL, ?, ?, ?)');
  event.run(storyId, 'split-off', newId, parts.similarity, now);
  event.run(newId, 'split-from', storyId, parts.similarity, now);
  return newId;
}

/** A part as a live story: re-summed centroids, its members' day span, its size. */
function partState(clusterer: StoryClusterer, id: string, part: readonly Member[], rows: readonly MemberRow[]): StoryState {
  const sum = sumVectors(part);
  for (const v of [sum.title, sum.body, sum.names]) pruneTo(v, clusterer.options.centroidTerms);
  const days = rows.map((r) => dayNumber(r.published_at)).filter((d): d is number => d !== null);
  return { id, ...sum, start: days.length ? Math.min(...days) : null, end: days.length ? Math.max(...days) : null, size: part.length, touched: clusterer.clock };
}

/** The headline of the part's most central member (closest to the part's centroid). */
function centralTitle(db: Database.Database, clusterer: StoryClusterer, centroid: Vectors, part: readonly Member[]): { text: string; articleId: string } {
  const ranked = part.map((m) => ({ m, score: clusterer.similarity(m.vectors, centroid) })).sort((a, b) => b.score - a.score);
  const title = db.prepare('SELECT title FROM articles WHERE id = ?');
  for (const { m } of ranked) {
    const row = title.get(m.articleId) as { title: string | null } | undefined;
    if (row?.title?.trim()) return { text: row.title.trim(), articleId: m.articleId };
  }
  return { text: '', articleId: ranked[0].m.articleId };
}
