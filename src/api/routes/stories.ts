import { Hono } from 'hono';
import { z } from 'zod';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { buildDossier } from '../dossier.js';
import { listStoryViews } from '../library.js';
import { idParam, isoDate, pageQuery, paginate, parse } from '../validate.js';

const dossierQuery = z.object({ since: isoDate.optional() });

/**
 * `GET /api/stories?limit&offset` (a page of stories, latest activity first) and
 * `GET /api/stories/:id?since=YYYY-MM-DD` (the full dossier).
 */
export function storiesRoutes(store: SqliteStore): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const page = parse(pageQuery, c.req.query());
    return c.json(paginate(listStoryViews(store), page));
  });
  app.get('/:id', (c) => {
    const id = parse(idParam, c.req.param('id'));
    const { since } = parse(dossierQuery, c.req.query());
    return c.json(buildDossier(store, id, { since }));
  });
  return app;
}
