import type { Migration } from './index.js';

/** Articles with their Doc (cleaned text + layers), and FTS5 over title and text. */
export const articlesMigration: Migration = {
  id: '001-articles',
  sql: `
    CREATE TABLE articles (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      title TEXT,
      source TEXT,
      url TEXT,
      byline TEXT,
      published_at TEXT,
      date_source TEXT NOT NULL,
      approximate INTEGER NOT NULL DEFAULT 0,
      not_before TEXT,
      not_after TEXT,
      origin TEXT NOT NULL,
      format TEXT NOT NULL,
      raw TEXT NOT NULL,
      text TEXT NOT NULL,
      layers BLOB NOT NULL,
      messages TEXT NOT NULL,
      ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published_at);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61');
  `,
};
