import { Hono } from 'hono';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import type { SqliteStore } from '../store/sqlite-store.js';
import { actorIdOf } from '../api/actor-ids.js';
import { buildDossier } from '../api/dossier.js';
import { storyOfArticle } from '../api/story-of-article.js';
import { listStoryViews, actorViews, markdownOf, storyBundle } from '../api/library.js';
import { quotesCsv } from '../api/quotes-csv.js';
import { actorDetail } from '../api/routes/actors.js';
import { searchAll, searchQuery } from '../api/routes/search.js';
import { idParam, isoDate, pageQuery, paginate, parse } from '../api/validate.js';
import { actorPage, actorsPage } from './pages/actor-page.js';
import { articlePage } from './pages/article-page.js';
import { articlesPage } from './pages/articles-page.js';
import { searchPage } from './pages/search-page.js';
import { storiesPage } from './pages/stories-page.js';
import { storyPage } from './pages/story-page.js';

const asset = (name: string) => readFileSync(new URL(`./static/${name}`, import.meta.url), 'utf8');
const styleCss = asset('style.css');
const appJs = asset('app.js');

const highlightQuery = z.object({ hl: z.string().regex(/^\d+-\d+$/, 'expected START-END').optional() });
const sinceQuery = z.object({ since: z.union([isoDate, z.literal('')]).optional() });

/** The web UI: server-rendered pages over the same library calls as the API, plus the exports. */
export function webRoutes(store: SqliteStore): Hono {
  const app = new Hono();
  app.get('/static/style.css', (c) => c.body(styleCss, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=300' }));
  app.get('/static/app.js', (c) => c.body(appJs, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'max-age=300' }));
  app.get('/', (c) => {
    return c.html(storiesPage(paginate(listStoryViews(store), parse(pageQuery, c.req.query())), store.countArticles()).value);
  });
  app.get('/stories/:id', (c) => {
    const { since } = parse(sinceQuery, c.req.query());
    return c.html(storyPage(buildDossier(store, parse(idParam, c.req.param('id')), { since: since || undefined })).value);
  });
  app.get('/stories/:id/dossier.md', (c) => {
    const id = parse(idParam, c.req.param('id'));
    const markdown = markdownOf(storyBundle(store, id));
    return c.body(markdown, 200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': `attachment; filename="story-${id.replace(/[^\w-]/g, '_')}.md"` });
  });
  app.get('/stories/:id/quotes.csv', (c) => {
    const id = parse(idParam, c.req.param('id'));
    const d = buildDossier(store, id);
    const csv = quotesCsv(d.story, d.quotes.available ? d.quotes.value : []);
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="quotes-${id.replace(/[^\w-]/g, '_')}.csv"` });
  });
  app.get('/actors', (c) => {
    return c.html(actorsPage(paginate(actorViews(store), parse(pageQuery, c.req.query()))).value);
  });
  app.get('/actors/:id', (c) => {
    return c.html(actorPage(actorDetail(store, parse(idParam, c.req.param('id')))).value);
  });
  app.get('/articles', (c) => c.html(articlesPage(paginate(store.listArticles(), parse(pageQuery, c.req.query()))).value));
  app.get('/articles/:id', (c) => {
    const id = store.resolveArticleId(parse(idParam, c.req.param('id')));
    const { hl } = parse(highlightQuery, c.req.query());
    const [start, end] = hl ? hl.split('-').map(Number) : [];
    return c.html(articlePage(store.getArticle(id)!, store.getDoc(id)!, { highlight: hl ? { start, end } : undefined, actorIdOf: actorIdOf(store), story: storyOfArticle(store, id) }).value);
  });
  app.get('/search', (c) => {
    const q = c.req.query('q')?.trim() ?? '';
    if (!q) return c.html(searchPage(null, '').value);
    return c.html(searchPage(searchAll(store, parse(searchQuery, c.req.query())), q).value);
  });
  return app;
}
