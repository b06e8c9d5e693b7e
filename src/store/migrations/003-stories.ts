import type { Migration } from './index.js';

/**
 * Stories and the online clusterer's state, so clustering continues across runs:
 * `stories` (one row per story, folded ones keep `merged_into`; `centroid` is the clusterer's
 * JSON state), `story_articles` (membership in arrival order, duplicates marked, with the
 * MinHash signature and the index keys the article posted), `story_events` (create / join /
 * duplicate / merge history) and `story_df` (document frequency per term and "n:"+name; the
 * key '' holds the number of independent articles).
 */
export const storiesMigration: Migration = {
  id: '003-stories',
  sql: `
    CREATE TABLE stories (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      title_article_id TEXT,
      start_date TEXT,
      end_date TEXT,
      size INTEGER NOT NULL,
      merged_into TEXT,
      touched INTEGER NOT NULL,
      centroid TEXT NOT NULL
    );
    CREATE TABLE story_articles (
      article_id TEXT PRIMARY KEY,
      story_id TEXT NOT NULL,
      duplicate_of TEXT,
      score REAL NOT NULL,
      published_at TEXT,
      position INTEGER NOT NULL,
      signature TEXT,
      keys TEXT NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles(story_id, position);
    CREATE TABLE story_events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      story_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      article_id TEXT,
      other_story_id TEXT,
      score REAL,
      at TEXT NOT NULL
    );
    CREATE INDEX story_events_story ON story_events(story_id, seq);
    CREATE TABLE story_df (key TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
  `,
};
