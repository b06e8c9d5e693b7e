import { Hono } from 'hono';
import { z } from 'zod';
import { StorylineError, errorCodes } from '../../core/errors.js';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { idParam, pageQuery, paginate, parse } from '../validate.js';

const articleQuery = z.object({ tokens: z.enum(['0', '1']).optional() });

/**
 * The stored article without its raw input, with its cleaned text, every layer (tokens only when
 * asked for) and messages. Throws not-found / ambiguous-id; accepts a unique id prefix.
 */
export function articleDetail(store: SqliteStore, prefix: string, { tokens = false }: { tokens?: boolean } = {}) {
  const id = store.resolveArticleId(prefix);
  const article = store.getArticle(id);
  const doc = store.getDoc(id);
  if (!article || !doc) throw new StorylineError(errorCodes.NOT_FOUND, `no article "${prefix}"`);
  const { raw: _raw, ...meta } = article;
  const { tokens: tokenLayer, ...layers } = doc.layers;
  return { ...meta, text: doc.text, layers: tokens ? { ...layers, tokens: tokenLayer } : layers, messages: doc.messages };
}

/** `GET /api/articles?limit&offset` and `GET /api/articles/:id?tokens=1`. */
export function articlesRoutes(store: SqliteStore): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json(paginate(store.listArticles(), parse(pageQuery, c.req.query()))));
  app.get('/:id', (c) => {
    const id = parse(idParam, c.req.param('id'));
    const { tokens } = parse(articleQuery, c.req.query());
    return c.json(articleDetail(store, id, { tokens: tokens === '1' }));
  });
  return app;
}
