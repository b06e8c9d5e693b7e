import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import { StorylineError, errorCodes } from '../core/errors.js';
import type { StoryBundle } from '../core/story.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { articleCounts, type PeriodCount } from './article-counts.js';
import { storyActors, type NameCount } from './story-actors.js';

/** One line of `storyline stories --json`. */
export interface StoryListing {
  readonly id: string;
  readonly title: string;
  /** ISO dates of the first and last dated article; null when none is dated. */
  readonly start: string | null;
  readonly end: string | null;
  /** Every article, oldest first (duplicates included). */
  readonly articles: string[];
  /** The articles that are near-duplicates of another one in the story. */
  readonly duplicates: string[];
}

/** `storyline story <id> --json`: the full story record. */
export interface StoryRecordView extends Omit<StoryListing, 'articles'> {
  readonly articles: { id: string; title: string | null; source: string | null; publishedAt: string | null; duplicateOf: string | null }[];
  readonly independentArticles: number;
  readonly actors: NameCount[];
  readonly places: NameCount[];
  readonly counts: { day: PeriodCount[]; week: PeriodCount[]; month: PeriodCount[] };
  /** Events of this story and of the stories merged into it (`storyId` says whose), oldest first. */
  readonly history: StoryEvent[];
}

/** One event of a story's history: create, join, duplicate, merge, split-off or split-from. */
export interface StoryEvent { storyId: string; kind: string; articleId: string | null; otherStoryId: string | null; at: string }

/**
 * The events of a live story and of the stories folded into it (so a merged story's past stays
 * visible), oldest first. Example: `storyHistory(store, id).filter((e) => e.kind === 'merge')`.
 */
export function storyHistory(store: SqliteStore, storyId: string): StoryEvent[] {
  const rows = store.db.prepare(
    `WITH RECURSIVE folded(id) AS (SELECT ? UNION SELECT s.id FROM stories s JOIN folded f ON s.merged_into = f.id)
     SELECT story_id, kind, article_id, other_story_id, at FROM story_events WHERE story_id IN (SELECT id FROM folded) ORDER BY seq`,
  ).all(storyId) as { story_id: string; kind: string; article_id: string | null; other_story_id: string | null; at: string }[];
  return rows.map((h) => ({ storyId: h.story_id, kind: h.kind, articleId: h.article_id, otherStoryId: h.other_story_id, at: h.at }));
}

interface Member { article_id: string; story_id: string; duplicate_of: string | null; published_at: string | null }
const MEMBERS = `SELECT article_id, story_id, duplicate_of, published_at FROM story_articles`;
const ORDER = ` ORDER BY published_at IS NULL, published_at, position`;

/** Every live story, latest activity first. Example: `listStories(store)[0].articles`. */
export function listStories(store: SqliteStore): StoryListing[] {
  const stories = store.db.prepare('SELECT id, title, start_date, end_date FROM stories WHERE merged_into IS NULL ORDER BY end_date IS NULL, end_date DESC, touched DESC').all() as { id: string; title: string; start_date: string | null; end_date: string | null }[];
  const members = new Map<string, Member[]>();
  for (const m of store.db.prepare(MEMBERS + ORDER).all() as Member[]) {
    const list = members.get(m.story_id);
    if (list) list.push(m);
    else members.set(m.story_id, [m]);
  }
  return stories.map((s) => {
    const list = members.get(s.id) ?? [];
    return { id: s.id, title: s.title, start: s.start_date, end: s.end_date, articles: list.map((m) => m.article_id), duplicates: list.filter((m) => m.duplicate_of).map((m) => m.article_id) };
  });
}

/**
 * Resolves a story id or unique prefix, following merges to the live story; throws not-found
 * or ambiguous-id. Example: `resolveStoryId(store, '3fa9')`.
 */
export function resolveStoryId(store: SqliteStore, prefix: string): string {
  const rows = store.db.prepare("SELECT id, merged_into FROM stories WHERE id LIKE ? ESCAPE '\\' LIMIT 2").all(prefix.replace(/[\\%_]/g, '\\$&') + '%') as { id: string; merged_into: string | null }[];
  if (rows.length === 0) throw new StorylineError(errorCodes.NOT_FOUND, `no story has an id starting with "${prefix}"; list them with \`storyline stories\``);
  if (rows.length > 1 && rows[0].id !== prefix) throw new StorylineError(errorCodes.AMBIGUOUS_ID, `"${prefix}" matches several stories; give more characters of the id`);
  let id = rows[0].id;
  for (let next = rows[0].merged_into; next; ) {
    id = next;
    next = (store.db.prepare('SELECT merged_into FROM stories WHERE id = ?').get(id) as { merged_into: string | null }).merged_into;
  }
  return id;
}

function members(store: SqliteStore, id: string): Member[] {
  return store.db.prepare(MEMBERS + ' WHERE story_id = ?' + ORDER).all(id) as Member[];
}

/** The live story as a listing line, or null. Example: `getStory(store, id)?.title`. */
export function getStory(store: SqliteStore, prefix: string): StoryListing | null {
  try {
    const id = resolveStoryId(store, prefix);
    const row = store.db.prepare('SELECT id, title, start_date, end_date FROM stories WHERE id = ?').get(id) as { id: string; title: string; start_date: string | null; end_date: string | null };
    const list = members(store, id);
    return { id, title: row.title, start: row.start_date, end: row.end_date, articles: list.map((m) => m.article_id), duplicates: list.filter((m) => m.duplicate_of).map((m) => m.article_id) };
  } catch (error) {
    if (error instanceof StorylineError && error.code === errorCodes.NOT_FOUND) return null;
    throw error;
  }
}

/**
 * A story's articles with their Docs, oldest first: what timeline, summary and positions read.
 * Example: `loadStoryBundle(store, id).articles[0].doc.text`.
 */
export function loadStoryBundle(store: SqliteStore, prefix: string): StoryBundle {
  const story = getStory(store, prefix);
  if (!story) throw new StorylineError(errorCodes.NOT_FOUND, `no story has an id starting with "${prefix}"; list them with \`storyline stories\``);
  const articles: { article: Article; doc: Doc }[] = [];
  for (const id of story.articles) {
    const article = store.getArticle(id);
    const doc = store.getDoc(id);
    if (article && doc) articles.push({ article, doc });
  }
  return { id: story.id, title: story.title, articles, duplicates: story.duplicates };
}

/**
 * The full story record for `storyline story <id> --json` and the API: articles with source and
 * date, top actors and places, article counts per day/week/month, and the merge history.
 */
export function storyRecord(store: SqliteStore, prefix: string): StoryRecordView {
  const bundle = loadStoryBundle(store, prefix);
  const story = getStory(store, bundle.id)!;
  const list = members(store, bundle.id);
  const duplicateOf = new Map(list.map((m) => [m.article_id, m.duplicate_of]));
  const independent = bundle.articles.filter(({ article }) => !duplicateOf.get(article.id));
  const { actors, places } = storyActors(store, bundle.id, independent.map(({ doc }) => doc));
  return {
    id: story.id,
    title: story.title,
    start: story.start,
    end: story.end,
    articles: bundle.articles.map(({ article }) => ({ id: article.id, title: article.title, source: article.source, publishedAt: article.publishedAt, duplicateOf: duplicateOf.get(article.id) ?? null })),
    duplicates: story.duplicates,
    independentArticles: independent.length,
    actors,
    places,
    counts: articleCounts(independent.map(({ article }) => article.publishedAt)),
    history: storyHistory(store, bundle.id),
  };
}
