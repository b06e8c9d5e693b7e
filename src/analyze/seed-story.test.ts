import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { docFromText } from '../annotate/annotate.js';
import type { Evidence } from '../core/span.js';
import type { StoryBundle } from '../core/story.js';
import { dossierMarkdown } from './dossier-markdown.js';
import { storySummary } from './story-summary.js';
import { storyTimeline } from './story-timeline.js';

const dir = new URL('../../fixtures/seeds/', import.meta.url);
const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as Record<string, { publishedAt: string }>;

/** The seed story, oldest article first, dated by meta.json; article ids are the file prefixes. */
function seedBundle(): StoryBundle {
  const files = Object.keys(meta).sort((a, b) => meta[a].publishedAt.localeCompare(meta[b].publishedAt));
  const articles = files.map((f) => docFromText({ id: f.slice(0, 3), text: readFileSync(new URL(f, dir), 'utf8'), publishedAt: meta[f].publishedAt }));
  return { id: 'seed', title: 'SAS to Iraq', articles: articles.map(({ doc, article }) => ({ doc, article })), duplicates: [] };
}

const bundle = seedBundle();
const textOf = (e: Evidence): string => bundle.articles.find((a) => a.article.id === e.articleId)!.doc.text.slice(e.start, e.end);
const timeline = storyTimeline(bundle);
const entryFor = (pattern: RegExp) => timeline.find((e) => e.evidence.some((ev) => pattern.test(textOf(ev))));

test('the Key-Abbott phone call is on the timeline on 2014-10-17, cited to article 000', () => {
  const entry = entryFor(/Tony Abbott over the phone last Oct\. 17/);
  assert.ok(entry, 'an entry cites the phone-call sentence');
  assert.deepEqual([entry.date, entry.granularity, entry.evidence[0].articleId], ['2014-10-17', 'day', '000']);
});

test("Australia's first airstrike is dated October 2014 (month), cited to article 000", () => {
  const entry = entryFor(/first airstrike against ISIS targets earlier in the month/);
  assert.ok(entry);
  assert.deepEqual([entry.date, entry.granularity, entry.evidence[0].articleId], ['2014-10', 'month', '000']);
});

test('the Ash Carter letter is dated December 2015, not December 2016', () => {
  const entry = entryFor(/generic letter from US Defence Secretary Ash Carter in December/);
  assert.ok(entry);
  assert.deepEqual([entry.date, entry.granularity, entry.evidence[0].articleId], ['2015-12', 'month', '002']);
});

test('the rule-out is on the timeline in early 2016, cited to article 002', () => {
  const entry = entryFor(/categorically rule/);
  assert.ok(entry);
  assert.equal(entry.date.slice(0, 4), '2016');
  assert.equal(entry.evidence[0].articleId, '002');
});

test('the September 2014 photo caption is not an event of the story', () => {
  assert.equal(timeline.some((e) => e.date.startsWith('2014-09')), false);
  assert.equal(timeline.some((e) => e.evidence.some((ev) => /Putrajaya/.test(textOf(ev)))), false);
});

test('timeline entries are in date order and their text is their first evidence sentence', () => {
  const dates = timeline.map((e) => e.date.slice(0, 7));
  assert.deepEqual(dates, [...dates].sort());
  for (const e of timeline) assert.equal(e.text, textOf(e.evidence[0]));
});

test('every summary sentence cites one of the three seed articles by an exact span', () => {
  const summary = storySummary(bundle, { words: 100 });
  assert.ok(summary.length >= 2, `got ${summary.length} sentences`);
  for (const s of summary) {
    assert.equal(s.evidence.length, 1);
    assert.ok(['000', '001', '002'].includes(s.evidence[0].articleId));
    assert.equal(textOf(s.evidence[0]), s.text);
  }
  const words = summary.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  assert.ok(words <= 100, `${words} words`);
});

test('an update summary since 2015 draws only on the February 2016 article', () => {
  const update = storySummary(bundle, { words: 60, since: '2015-01-01' });
  assert.ok(update.length > 0);
  assert.deepEqual([...new Set(update.map((s) => s.evidence[0].articleId))], ['002']);
  assert.deepEqual(storySummary(bundle, { since: '2016-03-01' }), []);
});

test('a query pulls the summary towards its words', () => {
  const summary = storySummary(bundle, { words: 40, query: 'Labour SIS legislation' });
  assert.ok(summary.some((s) => /SIS legislation|Labour/.test(s.text)), summary.map((s) => s.text).join(' | '));
});

test('the seed dossier lists John Key first among the actors, cited to all three articles', () => {
  const markdown = dossierMarkdown(bundle);
  const actors = markdown.split('## Actors\n\n')[1].split('\n\n')[0].split('\n');
  assert.match(actors[0], /^- \*\*John Key\*\* \(PER\).* \[1\]\[2\]\[3\]$/);
  assert.equal(actors.some((line) => /\(MISC\)/.test(line)), false);
});
