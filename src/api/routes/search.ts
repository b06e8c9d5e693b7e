import { Hono } from 'hono';
import { z } from 'zod';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { actorViews, listStoryViews } from '../library.js';
import { parse } from '../validate.js';

const searchQuery = z.object({
  q: z.string().trim().min(1, 'give some words to search for').max(500),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * Full-text search over articles (FTS5), plus stories whose title contains every word of the
 * query, and actors whose name or alias contains every word or is itself named in the query.
 * Example: `searchAll(store, {q: 'Key SAS'})` finds John Key and the Special Air Service.
 */
export function searchAll(store: SqliteStore, { q, limit = 20, offset = 0 }: { q: string; limit?: number; offset?: number }) {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (name: string) => words.every((w) => name.toLowerCase().includes(w));
  // An actor also matches when one of its names (3+ characters) is a whole word run in the query: "Key SAS".
  const padded = ` ${q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const named = (name: string) => name.length >= 3 && padded.includes(` ${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
  const stories = listStoryViews(store);
  const actors = actorViews(store);
  return {
    query: q,
    limit,
    offset,
    articles: store.search(q, { limit: limit + offset }).slice(offset),
    stories: stories.filter((s) => matches(s.title)).slice(0, limit).map(({ id, title, start, end }) => ({ id, title, start, end })),
    actors: actors.filter((a) => [a.name, ...a.aliases].some((n) => matches(n) || named(n))).slice(0, limit).map(({ id, name, type }) => ({ id, name, type })),
  };
}

/** `GET /api/search?q=&limit&offset`. */
export function searchRoutes(store: SqliteStore): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json(searchAll(store, parse(searchQuery, c.req.query()))));
  return app;
}

export { searchQuery };
