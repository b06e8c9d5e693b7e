import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { startServer } from '../../src/api/server.js';
import { seedStore } from '../support/seed-store.js';
import { launchChromium, noChromium } from './browser.js';

let context: BrowserContext;
let url: string;
const closers: (() => unknown)[] = [];

before(async () => {
  if (noChromium) return;
  const { store, cleanup } = await seedStore();
  closers.push(cleanup);
  const server = await startServer({ store, port: 0 });
  closers.unshift(server.close);
  url = server.url;
  const browser = await launchChromium();
  context = browser.context;
  closers.unshift(browser.close);
});
after(async () => {
  for (const close of closers) await close();
});

async function openSeedStory() {
  const page = await context.newPage();
  await page.goto(url);
  const link = page.locator('.story-card h2 a').first();
  await link.click();
  await page.waitForURL(/\/stories\//);
  return page;
}

test('the seed story page shows Key\'s shift to ruling out, cited summary sentences and a drawn timeline', async (t) => {
  if (noChromium) return t.skip(noChromium);
  const page = await openSeedStory();
  const shift = page.locator('#shifts .shift').filter({ hasText: 'John Key' }).first();
  assert.match((await shift.textContent()) ?? '', /rules out/);
  const claims = page.locator('#summary .claim');
  assert.ok((await claims.count()) >= 2, 'at least two summary sentences');
  for (const claim of await claims.all()) assert.ok((await claim.locator('a.cite').count()) >= 1, 'each summary sentence has a citation');
  assert.equal(await page.locator('#timeline svg.timeline-axis').count(), 1);
  assert.equal(await page.locator('#timeline time[datetime="2014-10-17"]').count(), 1, 'the Key-Abbott phone call is on the timeline');
  await page.close();
});

test('a summary citation opens the article scrolled to the highlighted sentence', async (t) => {
  if (noChromium) return t.skip(noChromium);
  const page = await openSeedStory();
  const cite = page.locator('#summary a.cite').first();
  const href = (await cite.getAttribute('href'))!;
  const [, start, end] = /#s-(\d+)-(\d+)$/.exec(href)!;
  await cite.click();
  await page.waitForURL(/\/articles\//);
  const target = page.locator(`[id="s-${start}-${end}"]`);
  assert.equal(await target.evaluate((el) => el.matches(':target')), true);
  assert.equal(await target.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 241, 168)');
  const box = (await target.boundingBox())!;
  const viewport = page.viewportSize()!;
  assert.ok(box.y >= 0 && box.y < viewport.height, `highlighted sentence is in view (y=${box.y})`);
  await page.close();
});

test('searching for "Ash Carter" finds the 2016 article and opens it', async (t) => {
  if (noChromium) return t.skip(noChromium);
  const page = await context.newPage();
  await page.goto(url);
  await page.fill('header input[name="q"]', 'Ash Carter');
  await page.press('header input[name="q"]', 'Enter');
  await page.waitForURL(/\/search\?q=Ash\+Carter/);
  const hit = page.locator('.hits a').first();
  assert.equal(await hit.textContent(), "Key 'pretty much' rules out SAS in Iraq");
  assert.equal(await page.locator('.hits mark').first().textContent(), 'Ash');
  await hit.click();
  assert.equal(await page.locator('h1').textContent(), "Key 'pretty much' rules out SAS in Iraq");
  await page.close();
});

test('on a phone-sized screen the story page does not scroll sideways', async (t) => {
  if (noChromium) return t.skip(noChromium);
  const page = await openSeedStory();
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width}px wide`);
  await page.close();
});
