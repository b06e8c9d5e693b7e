import type { Span } from '../core/span.js';
import { findContaining } from '../core/span.js';
import { StorylineError, errorCodes } from '../core/errors.js';
import type { QuoteKind } from '../core/doc.js';
import { speakerNames } from '../annotate/quotes/speaker-name.js';
import type { SqliteStore } from './sqlite-store.js';

/** One stored quote as the CLI and API list it. `text` is the content's surface. */
export interface QuoteRow {
  readonly articleId: string;
  readonly content: readonly Span[];
  readonly text: string;
  readonly cue: string | null;
  readonly kind: QuoteKind;
  /** The stored actor the speaker entity is linked to; `actorId` null when none is. */
  readonly speaker: { readonly actorId: string | null; readonly name: string } | null;
  readonly confidence: number;
  /** The article's publication date (YYYY-MM-DD), or null. */
  readonly date: string | null;
  /** The sentence the quote starts in. */
  readonly sentence: string;
}

export interface ListQuotesOptions {
  /** Keep quotes whose speaker name contains this (case-insensitive). */
  readonly actorName?: string;
  /** Keep quotes from the articles of this story (needs the stories tables). */
  readonly storyId?: string;
  readonly articleId?: string;
}

/**
 * Quotes stored in the `quotes` layer of each article's Doc, oldest article first, with the
 * speaker's actor (when the speaker entity was linked to one at ingest), else the entity name,
 * else the name read from the source phrase. `actorName` matches names and actor aliases.
 * Example: `listQuotes(store, { actorName: 'key' })` gives John Key's quotes, e.g.
 * `{ text: 'definitely an option.', kind: 'mixed', speaker: { actorId: 'e1', name: 'John Key' }, ... }`.
 */
export function listQuotes(store: SqliteStore, { actorName, storyId, articleId }: ListQuotesOptions = {}): QuoteRow[] {
  const ids = articleId ? [articleId] : storyId ? storyArticles(store, storyId) : store.listArticles().map((a) => a.id);
  const needle = actorName?.toLowerCase();
  const actors = hasTable(store, 'actor_articles') ? actorLookup(store) : null;
  const aliasActors = needle && hasTable(store, 'actor_aliases') ? actorsByAlias(store, needle) : new Set<string>();
  const out: QuoteRow[] = [];
  for (const id of ids) {
    const doc = store.getDoc(id);
    const article = store.getArticle(id);
    if (!doc || !article) continue;
    const quotes = doc.layers.quotes ?? [];
    const names = speakerNames(doc, quotes);
    const sentences = doc.layers.sentences ?? [];
    const byEntity = actors ? actors(id) : new Map<string, { id: string; name: string }>();
    quotes.forEach((q, i) => {
      const actor = q.speaker ? byEntity.get(q.speaker) : undefined;
      const name = actor?.name ?? names[i];
      if (needle && !name?.toLowerCase().includes(needle) && !(actor && aliasActors.has(actor.id))) return;
      const at = findContaining(sentences, q.content[0].start);
      out.push({
        articleId: id,
        content: q.content,
        text: q.content.map((s) => doc.text.slice(s.start, s.end)).join(' … '),
        cue: q.cue ? doc.text.slice(q.cue.start, q.cue.end) : null,
        kind: q.kind,
        speaker: name ? { actorId: actor?.id ?? null, name } : null,
        confidence: q.confidence,
        date: article.publishedAt,
        sentence: at >= 0 ? doc.text.slice(sentences[at].start, sentences[at].end) : '',
      });
    });
  }
  return out;
}

function hasTable(store: SqliteStore, name: string): boolean {
  return !!store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

// Per article: entity id -> the actor it was linked to at ingest (actors engineer's tables).
function actorLookup(store: SqliteStore): (articleId: string) => Map<string, { id: string; name: string }> {
  const statement = store.db.prepare('SELECT aa.entity_id AS entity, a.id AS id, a.name AS name FROM actor_articles aa JOIN actors a ON a.id = aa.actor_id WHERE aa.article_id = ?');
  return (articleId) => new Map((statement.all(articleId) as { entity: string; id: string; name: string }[]).map((r) => [r.entity, { id: r.id, name: r.name }]));
}

function actorsByAlias(store: SqliteStore, needle: string): Set<string> {
  const rows = store.db.prepare("SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key LIKE ? ESCAPE '\\'").all(`%${needle.replace(/[\\%_]/g, '\\$&')}%`) as { actor_id: string }[];
  return new Set(rows.map((r) => r.actor_id));
}

function storyArticles(store: SqliteStore, storyId: string): string[] {
  if (!hasTable(store, 'story_articles')) throw new StorylineError(errorCodes.STORE, 'this store has no stories yet (table story_articles is missing); ingest articles with a build that groups stories');
  // Duplicates (syndicated copies) would repeat every quote: their originals stand for them.
  const rows = store.db.prepare('SELECT article_id FROM story_articles WHERE story_id = ? AND duplicate_of IS NULL ORDER BY position').all(storyId) as { article_id: string }[];
  if (rows.length === 0) throw new StorylineError(errorCodes.NOT_FOUND, `no story has the id "${storyId}"; list them with \`storyline stories\``);
  return rows.map((r) => r.article_id);
}
