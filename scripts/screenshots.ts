// `node --import tsx scripts/screenshots.ts`: ingests the seed story into a throwaway store, serves
// it, and saves docs/img/story.png (the story page) and docs/img/article.png (an annotated article)
// with Debian's Chromium. Run it after UI changes and look at the images before committing them.
import { mkdirSync } from 'node:fs';
import { startServer } from '../src/api/server.js';
import { launchChromium, noChromium } from '../test/e2e/browser.js';
import { seedStore } from '../test/support/seed-store.js';

if (noChromium) {
  process.stderr.write(`screenshots: ${noChromium}\n`);
  process.exit(1);
}
const { store, cleanup } = await seedStore();
const server = await startServer({ store, port: 0 });
const { context, close } = await launchChromium();
try {
  mkdirSync('docs/img', { recursive: true });
  const stories = (await (await fetch(server.url + 'api/stories')).json()) as { items?: { id: string }[] };
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  if (stories.items?.length) {
    await page.goto(`${server.url}stories/${stories.items[0].id}`);
    await page.screenshot({ path: 'docs/img/story.png', fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1800 } });
    process.stdout.write('wrote docs/img/story.png\n');
  } else {
    process.stderr.write('screenshots: the store has no stories (is story grouping wired in?); skipped story.png\n');
  }
  // The 2014-10-21 seed: a photo caption and credit (greyed), quotes from several speakers, dates.
  const article = store.listArticles().find((a) => a.publishedAt === '2014-10-21')!;
  await page.goto(`${server.url}articles/${article.id}`);
  await page.screenshot({ path: 'docs/img/article.png', fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1400 } });
  process.stdout.write('wrote docs/img/article.png\n');
} finally {
  await close();
  await server.close();
  cleanup();
}
