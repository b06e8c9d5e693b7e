import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { docFromText } from '../../annotate/annotate.js';
import type { StoryBundle } from '../../core/story.js';
import { storyPositions } from './story-positions.js';

const dir = new URL('../../../fixtures/seeds/', import.meta.url);
const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as Record<string, { publishedAt: string }>;

/** The seed story as the stories stage would hand it over: oldest article first, dates from meta.json. */
function seedBundle(): StoryBundle {
  const files = Object.keys(meta).sort((a, b) => meta[a].publishedAt.localeCompare(meta[b].publishedAt));
  const articles = files.map((f) => docFromText({ id: f.slice(0, 3), text: readFileSync(new URL(f, dir), 'utf8'), publishedAt: meta[f].publishedAt }));
  return { id: 'seed', title: 'SAS to Iraq', articles: articles.map(({ doc, article }) => ({ doc, article })), duplicates: [] };
}

const bundle = seedBundle();
const result = storyPositions(bundle);
const textOf = (e: { articleId: string; start: number; end: number }): string =>
  bundle.articles.find((a) => a.article.id === e.articleId)!.doc.text.slice(e.start, e.end);

test("Key's statements on sending the SAS / special forces land on one target, worded three ways", () => {
  const key = result.positions.find((p) => p.actor.name === 'John Key' && p.statements.some((s) => /outer edge/.test(s.text)));
  assert.ok(key, 'a John Key position holds the "outer edge" statement');
  const read = (pattern: RegExp) => key.statements.find((s) => pattern.test(s.text));
  assert.equal(read(/definitely an option/)?.stance, 'open');
  assert.equal(read(/at outer edge of what I'd like to do/)?.stance, 'reluctant');
  assert.equal(read(/categorically rule out special forces/)?.stance, 'rules_out');
  assert.deepEqual(read(/categorically rule out special forces/)?.triggers, ['categorically', 'rule out']);
});

test('the seed shift runs through the three statements with both dates and evidence', () => {
  const shifts = result.shifts.filter((s) => s.actor.name === 'John Key' && /troops|forces|SAS/i.test(s.target));
  // meta.json dates article 001 (2014-10-07) before 000 (2014-10-21), so the chain reads
  // reluctant -> open -> rules out; expected.json lists the same three statements.
  assert.deepEqual(shifts.map((s) => [s.from.stance, s.from.date, s.to.stance, s.to.date]), [
    ['reluctant', '2014-10-07', 'open', '2014-10-21'],
    ['open', '2014-10-21', 'rules_out', '2016-02-15'],
  ]);
  // The evidence is the quote's content span as the quotes stage finds it (with or without quote marks).
  assert.match(textOf(shifts[0].from.evidence), /^"?at outer edge of what I'd like to do"?$/);
  assert.match(textOf(shifts[0].to.evidence), /definitely an option\."?$/);
  assert.match(textOf(shifts[1].to.evidence), /^"?I think we can pretty much categorically rule out special forces at this time/);
  assert.equal(shifts[1].from.evidence.articleId, '000');
  assert.equal(shifts[1].to.evidence.articleId, '002');
});
