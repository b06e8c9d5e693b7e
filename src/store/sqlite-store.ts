import Database from 'better-sqlite3';
import { deflateSync, inflateSync } from 'node:zlib';
import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import { StorylineError, errorCodes } from '../core/errors.js';
import type { Indexer } from './indexers.js';
import { migrations } from './migrations/index.js';

/** One line of `storyline articles`. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly dateSource: Article['dateSource'];
  readonly approximate: boolean;
  readonly source: string | null;
  readonly origin: string;
}

/** One search hit: `snippet` marks matches with [ and ]. */
export interface SearchHit extends ArticleSummary {
  readonly snippet: string;
}

interface ArticleRow {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  published_at: string | null;
  date_source: Article['dateSource'];
  approximate: number;
  not_before: string | null;
  not_after: string | null;
  origin: string;
  format: Article['format'];
  raw: string;
  text: string;
  layers: Buffer;
  messages: string;
}

const SUMMARY_COLUMNS = 'id, title, published_at, date_source, approximate, source, origin';

function toSummary(row: Pick<ArticleRow, 'id' | 'title' | 'published_at' | 'date_source' | 'approximate' | 'source' | 'origin'>): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    publishedAt: row.published_at,
    dateSource: row.date_source,
    approximate: row.approximate === 1,
    source: row.source,
    origin: row.origin,
  };
}

/**
 * The embedded store: one SQLite file (WAL) holding articles with their Docs, plus whatever
 * tables the actors and stories indexers add through migrations.
 * Example: `const store = SqliteStore.open('storyline.db'); store.listArticles()`.
 */
export class SqliteStore {
  private constructor(readonly db: Database.Database, readonly path: string) {}

  /** Opens (creating when missing) and migrates the store at `path` (':memory:' for a throwaway). */
  static open(path: string): SqliteStore {
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (error) {
      throw new StorylineError(errorCodes.STORE, `cannot open store ${path}: ${(error as Error).message}; check the path or pass --db`);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const store = new SqliteStore(db, path);
    store.migrate();
    return store;
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set((this.db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id));
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(migration.id, new Date().toISOString());
      })();
    }
  }

  /** Runs `fn` in one transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  hasArticle(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  /**
   * Stores an article with its Doc and runs the indexers, all in one transaction.
   * Returns 'unchanged' (writing nothing) when an article with the same id is already stored.
   */
  putArticle(article: Article, doc: Doc, indexers: readonly Indexer[] = []): 'added' | 'unchanged' {
    return this.transaction(() => {
      if (this.hasArticle(article.id)) return 'unchanged';
      const layers = deflateSync(Buffer.from(JSON.stringify(doc.layers)));
      const info = this.db
        .prepare(
          `INSERT INTO articles (id, title, source, url, byline, published_at, date_source, approximate, not_before, not_after,
            origin, format, raw, text, layers, messages, ingested_at)
           VALUES (@id, @title, @source, @url, @byline, @publishedAt, @dateSource, @approximate, @notBefore, @notAfter,
            @origin, @format, @raw, @text, @layers, @messages, @ingestedAt)`,
        )
        .run({
          ...article,
          approximate: article.approximate ? 1 : 0,
          text: doc.text,
          layers,
          messages: JSON.stringify(doc.messages),
          ingestedAt: new Date().toISOString(),
        });
      this.db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(info.lastInsertRowid, article.title ?? '', doc.text);
      for (const indexer of indexers) indexer.index(this, article, doc);
      return 'added';
    });
  }

  getArticle(id: string): Article | null {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      source: row.source,
      url: row.url,
      byline: row.byline,
      publishedAt: row.published_at,
      dateSource: row.date_source,
      approximate: row.approximate === 1,
      notBefore: row.not_before,
      notAfter: row.not_after,
      origin: row.origin,
      raw: row.raw,
      format: row.format,
    };
  }

  getDoc(id: string): Doc | null {
    const row = this.db.prepare('SELECT id, text, layers, messages FROM articles WHERE id = ?').get(id) as Pick<ArticleRow, 'id' | 'text' | 'layers' | 'messages'> | undefined;
    if (!row) return null;
    return { articleId: row.id, text: row.text, layers: JSON.parse(inflateSync(row.layers).toString('utf8')), messages: JSON.parse(row.messages) };
  }

  /** All articles, oldest publication first (undated last, in arrival order). */
  listArticles(): ArticleSummary[] {
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles ORDER BY published_at IS NULL, published_at, seq`).all() as ArticleRow[];
    return rows.map(toSummary);
  }

  countArticles(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** Resolves a full id or a unique prefix; throws not-found or ambiguous-id. */
  resolveArticleId(prefix: string): string {
    const rows = this.db.prepare('SELECT id FROM articles WHERE id LIKE ? ESCAPE \'\\\' LIMIT 2').all(prefix.replace(/[\\%_]/g, '\\$&') + '%') as { id: string }[];
    if (rows.length === 0) throw new StorylineError(errorCodes.NOT_FOUND, `no article has an id starting with "${prefix}"; list them with \`storyline articles\``);
    if (rows.length > 1 && rows[0].id !== prefix) throw new StorylineError(errorCodes.AMBIGUOUS_ID, `"${prefix}" matches several articles; give more characters of the id`);
    return rows[0].id;
  }

  /** Full-text search (FTS5, Porter-stemmed); every word of `query` must match. */
  search(query: string, { limit = 20 }: { limit?: number } = {}): SearchHit[] {
    const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (terms.length === 0) return [];
    const match = terms.map((t) => `"${t}"`).join(' ');
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS.split(', ').map((c) => 'a.' + c).join(', ')}, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as (ArticleRow & { snippet: string })[];
    return rows.map((r) => ({ ...toSummary(r), snippet: r.snippet }));
  }

  close(): void {
    this.db.close();
  }
}
