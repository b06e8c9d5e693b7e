import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { SqliteStore } from '../store/sqlite-store.js';
import { webRoutes } from '../web/routes.js';
import { errorPage } from '../web/pages/error-page.js';
import { describeError, errorJson } from './errors.js';
import { actorsRoutes } from './routes/actors.js';
import { articlesRoutes } from './routes/articles.js';
import { searchRoutes } from './routes/search.js';
import { storiesRoutes } from './routes/stories.js';

export interface AppOptions {
  /** Largest request body accepted, in bytes; larger ones get 413. */
  readonly maxBodyBytes?: number;
  /** Send the Content-Security-Policy header (tests turn it off to prove escaping alone holds). */
  readonly csp?: boolean;
  /**
   * Answer only requests addressed to localhost / 127.0.0.1 / [::1] (403 otherwise), so a web page
   * on another site cannot read the store through DNS rebinding. startServer sets it for loopback binds.
   */
  readonly loopbackOnly?: boolean;
}

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);

const policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The HTTP app: JSON API under /api and the server-rendered web UI, over one store.
 * Thin: validates input, calls library functions, maps StorylineError codes to statuses.
 * Example: `const res = await createApp(store).request('/api/stories')`.
 */
export function createApp(store: SqliteStore, { maxBodyBytes = 64 * 1024, csp = true, loopbackOnly = false }: AppOptions = {}): Hono {
  const app = new Hono();
  if (loopbackOnly) {
    app.use('*', async (c, next) => {
      const host = new URL(c.req.url).hostname;
      if (!loopbackNames.has(host)) return errorJson(c, 403, `this server answers only requests to localhost, not "${host}"`);
      await next();
    });
  }
  app.use('*', bodyLimit({ maxSize: maxBodyBytes, onError: (c) => errorJson(c, 413, `request body over ${maxBodyBytes} bytes`) }));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (csp) c.header('Content-Security-Policy', policy);
  });
  app.route('/api/stories', storiesRoutes(store));
  app.route('/api/actors', actorsRoutes(store));
  app.route('/api/articles', articlesRoutes(store));
  app.route('/api/search', searchRoutes(store));
  app.route('/', webRoutes(store));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? errorJson(c, 404, `no route ${c.req.method} ${c.req.path}`) : c.html(errorPage(404, 'No such page.').value, 404)));
  app.onError((error, c) => {
    const { status, message } = describeError(error);
    if (status >= 500) console.error(error);
    return c.req.path.startsWith('/api/') ? errorJson(c, status, message) : c.html(errorPage(status, message).value, status);
  });
  return app;
}
