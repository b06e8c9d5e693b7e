import { Hono } from 'hono';
import { z } from 'zod';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { actorView, actorViews, listStoryViews } from '../library.js';
import { quotesFromDocs } from '../quotes-from-docs.js';
import { idParam, pageQuery, paginate, parse } from '../validate.js';

const actorsQuery = pageQuery.extend({ type: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional() });

/** `GET /api/actors?type&limit&offset` and `GET /api/actors/:id` (the actor with its statements by date). */
export function actorsRoutes(store: SqliteStore): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const { type, ...page } = parse(actorsQuery, c.req.query());
    return c.json(paginate(actorViews(store).filter((a) => !type || a.type === type), page));
  });
  app.get('/:id', (c) => {
    const id = parse(idParam, c.req.param('id'));
    return c.json(actorDetail(store, id));
  });
  return app;
}

/**
 * An actor with every quote whose speaker bears the actor's name or an alias, oldest first, the
 * articles it appears in (id, title, date) and the stories those belong to.
 * Throws not-found / ambiguous-id for an unknown id.
 */
export function actorDetail(store: SqliteStore, id: string) {
  const found = actorView(store, id);
  const names = new Set([found.name, ...found.aliases]);
  const items = found.articles.map((articleId) => ({ article: store.getArticle(articleId)!, doc: store.getDoc(articleId)! })).filter((x) => x.article && x.doc);
  const statements = (quotesFromDocs(items) ?? [])
    .filter((q) => q.speaker && names.has(q.speaker.name))
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
  const articles = items.map(({ article }) => ({ id: article.id, title: article.title, publishedAt: article.publishedAt }));
  const mine = new Set(found.articles);
  const inStories = listStoryViews(store).filter((s) => s.articles.some((a) => mine.has(a.id))).map(({ id, title, start, end }) => ({ id, title, start, end }));
  return { actor: found, statements, articles, stories: inStories };
}
