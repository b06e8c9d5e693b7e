import type { Migration } from './index.js';

/**
 * Actors across articles: one row per real-world actor, with its aliases (`alias_key` is the
 * lower-cased canonical form used to merge; `matchable` 0 for titles like "the Prime Minister"),
 * the articles and entities it appears as, and its roles with the date of the article that states them.
 */
export const actorsMigration: Migration = {
  id: '002-actors',
  sql: `
    CREATE TABLE actors (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
      name TEXT NOT NULL,
      seq INTEGER NOT NULL
    );
    CREATE INDEX actors_name ON actors (name COLLATE NOCASE);
    CREATE TABLE actor_aliases (
      actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      alias_key TEXT NOT NULL,
      matchable INTEGER NOT NULL DEFAULT 1,
      PRIMARY KEY (actor_id, alias)
    );
    CREATE INDEX actor_aliases_key ON actor_aliases (alias_key);
    CREATE TABLE actor_articles (
      actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      entity_id TEXT NOT NULL,
      PRIMARY KEY (actor_id, article_id, entity_id)
    );
    CREATE INDEX actor_articles_article ON actor_articles (article_id);
    CREATE TABLE actor_roles (
      actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      date TEXT,
      PRIMARY KEY (actor_id, title, article_id)
    );
  `,
};
