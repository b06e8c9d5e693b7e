import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startServer } from '../../src/api/server.js';
import { seedStore } from '../support/seed-store.js';
import { launchChromium, noChromium } from './browser.js';

test('a hostile article runs no script on any page, even with the Content-Security-Policy turned off', async (t) => {
  if (noChromium) return t.skip(noChromium);
  const { store, cleanup } = await seedStore({ hostile: true });
  // CSP off: escaping alone must hold.
  const server = await startServer({ store, port: 0, csp: false });
  const { context, close } = await launchChromium();
  try {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const id = store.listArticles().find((a) => a.publishedAt === '2014-10-22')!.id;
    const pages = ['', 'articles', `articles/${id}`, `articles/${id}?hl=117-244#s-117-244`, 'search?q=script', 'search?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E', 'actors'];
    const story = (await (await fetch(server.url + 'api/stories')).json()) as { items: { id: string; title: string }[] };
    for (const s of story.items ?? []) pages.push(`stories/${s.id}`, `stories/${s.id}?since=2014-10-21`);
    for (const path of pages) {
      await page.goto(server.url + path);
      const found = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: string }).__xss ?? null,
        scripts: Array.from(document.querySelectorAll('script')).map((s) => s.getAttribute('src')),
        handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        scriptLinks: Array.from(document.querySelectorAll('a[href]')).filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      }));
      assert.deepEqual(found, { xss: null, scripts: ['/static/app.js'], handlers: [], scriptLinks: 0 }, `page /${path}`);
    }
    // The article's hostile title is shown as text.
    await page.goto(server.url + `articles/${id}`);
    assert.equal(await page.textContent('h1'), `Minister <script>window.__xss = 'title'</script> says <img src=x onerror="window.__xss='title-img'"> SAS plan is on`);
    assert.deepEqual(dialogs, []);
  } finally {
    await close();
    await server.close();
    cleanup();
  }
});
