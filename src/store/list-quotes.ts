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
  /** `actorId` is the Doc's entity id until actors are stored; null when unknown. */
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
 * speaker's name (entity name, else the name read from the source phrase).
 * Example: `listQuotes(store, { actorName: 'key' })` gives John Key's quotes, e.g.
 * `{ text: 'definitely an option.', kind: 'mixed', speaker: { actorId: 'e1', name: 'John Key' }, ... }`.
 */
export function listQuotes(store: SqliteStore, { actorName, storyId, articleId }: ListQuotesOptions = {}): QuoteRow[] {
  const ids = articleId ? [articleId] : storyId ? storyArticles(store, storyId) : store.listArticles().map((a) => a.id);
  const needle = actorName?.toLowerCase();
  const out: QuoteRow[] = [];
  for (const id of ids) {
    const doc = store.getDoc(id);
    const article = store.getArticle(id);
    if (!doc || !article) continue;
    const quotes = doc.layers.quotes ?? [];
    const names = speakerNames(doc, quotes);
    const sentences = doc.layers.sentences ?? [];
    quotes.forEach((q, i) => {
      const name = names[i];
      if (needle && !name?.toLowerCase().includes(needle)) return;
      const at = findContaining(sentences, q.content[0].start);
      out.push({
        articleId: id,
        content: q.content,
        text: q.content.map((s) => doc.text.slice(s.start, s.end)).join(' … '),
        cue: q.cue ? doc.text.slice(q.cue.start, q.cue.end) : null,
        kind: q.kind,
        speaker: name ? { actorId: q.speaker, name } : null,
        confidence: q.confidence,
        date: article.publishedAt,
        sentence: at >= 0 ? doc.text.slice(sentences[at].start, sentences[at].end) : '',
      });
    });
  }
  return out;
}

function storyArticles(store: SqliteStore, storyId: string): string[] {
  const table = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'story_articles'").get();
  if (!table) throw new StorylineError(errorCodes.STORE, 'this store has no stories yet (table story_articles is missing); ingest articles with a build that groups stories');
  const rows = store.db.prepare('SELECT article_id FROM story_articles WHERE story_id = ?').all(storyId) as { article_id: string }[];
  if (rows.length === 0) throw new StorylineError(errorCodes.NOT_FOUND, `no story has the id "${storyId}"; list them with \`storyline stories\``);
  return rows.map((r) => r.article_id);
}
