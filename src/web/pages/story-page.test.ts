import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seedStore } from '../../../test/support/seed-store.js';
import { dossierOfBundle } from '../../api/dossier.js';
import type { StoryBundle } from '../../core/story.js';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { storyPage } from './story-page.js';

let store: SqliteStore;
let cleanup: () => void;
let bundle: StoryBundle;

before(async () => {
  ({ store, cleanup } = await seedStore());
  // The three seeds as one story, built by hand so this test does not depend on clustering.
  bundle = { id: 'seed', title: 'NZ weighs, then rules out, SAS for Iraq', duplicates: [], articles: store.listArticles().map((a) => ({ article: store.getArticle(a.id)!, doc: store.getDoc(a.id)! })) };
});
after(() => cleanup());

test('the story page lists the three seed articles oldest first with their dates and the export links', () => {
  const page = storyPage(dossierOfBundle(store, bundle)).value;
  const dates = [...page.matchAll(/<ol class="articles">([\s\S]*?)<\/ol>/g)][0][1].match(/\d{4}-\d{2}-\d{2}/g);
  assert.deepEqual(dates, ['2014-10-07', '2014-10-21', '2016-02-15']);
  assert.ok(page.includes('<h1>NZ weighs, then rules out, SAS for Iraq</h1>'));
  assert.ok(page.includes('href="/stories/seed/dossier.md"') && page.includes('href="/stories/seed/quotes.csv"') && page.includes('href="/api/stories/seed"'));
});

test('every citation on the story page links to a span of its article that exists in the text', () => {
  const page = storyPage(dossierOfBundle(store, bundle)).value;
  const links = [...page.matchAll(/href="\/articles\/([0-9a-f]+)\?hl=(\d+)-(\d+)#s-(\d+)-(\d+)"/g)];
  assert.ok(links.length >= 10, `found ${links.length} citations`);
  for (const [, id, s, e, s2, e2] of links) {
    assert.deepEqual([s, e], [s2, e2]);
    const text = store.getDoc(id)!.text;
    assert.ok(+s < +e && +e <= text.length, `span ${s}-${e} inside article ${id}`);
  }
  const option = links.find(([, id, s, e]) => store.getDoc(id)!.text.slice(+s, +e).includes('definitely an option'));
  assert.ok(option, 'the "definitely an option" quote is cited');
});

test('what is new since 2015-01-01 is the 2016 article only', () => {
  const dossier = dossierOfBundle(store, bundle, { since: '2015-01-01' });
  assert.deepEqual(dossier.update?.articles.map((a) => a.publishedAt), ['2016-02-15']);
  const page = storyPage(dossier).value;
  assert.match(page, /<h2>New since 2015-01-01<\/h2>\s*<p>1 article published after 2015-01-01/);
});

test('the story page lists merges and splits, escaping the other stories\' titles, and only when there are any', () => {
  const dossier = dossierOfBundle(store, bundle);
  assert.ok(!storyPage(dossier).value.includes('id="history"'));
  const changes = [
    { kind: 'merge' as const, otherStoryId: 'aa11', otherTitle: 'Key <b>weighs</b> SAS', at: '2026-01-02T10:00:00.000Z' },
    { kind: 'split-off' as const, otherStoryId: 'bb22', otherTitle: 'Flood & rain', at: '2026-01-03T10:00:00.000Z' },
  ];
  const page = storyPage({ ...dossier, changes }).value;
  const history = page.slice(page.indexOf('id="history"'));
  assert.match(history, /Took in the story “Key &lt;b&gt;weighs&lt;\/b&gt; SAS”, which proved to be this one <span class="meta">\(recorded 2026-01-02\)/);
  assert.match(history, /Split off <a href="\/stories\/bb22">Flood &amp; rain<\/a>/);
});
