import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../core/article.js';
import type { Doc, Quote } from '../../core/doc.js';
import type { StoryBundle } from '../../core/story.js';
import { storyPositions } from './story-positions.js';

/** One article: `sentences` joined by spaces, each quote given as [speaker entity name, quoted words]. */
function article(id: string, date: string, sentences: string[], quotes: [string, string][]): { article: Article; doc: Doc } {
  const text = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s) => { const span = { start: at, end: at + s.length }; at += s.length + 1; return span; });
  const names = [...new Set(quotes.map(([n]) => n))];
  const entities = names.map((name, i) => ({ id: `e${i}`, type: 'PER' as const, name, mentions: [], roles: [] }));
  const layerQuotes: Quote[] = quotes.map(([name, words]) => {
    const start = text.indexOf(words);
    return { content: [{ start, end: start + words.length }], cue: null, source: null, speaker: `e${names.indexOf(name)}`, kind: 'direct', confidence: 1 };
  });
  const doc: Doc = { articleId: id, text, messages: [], layers: { blocks: [{ start: 0, end: text.length, type: 'body' }], sentences: spans, quotes: layerQuotes, entities } };
  return { article: { id, title: null, source: null, url: null, byline: null, publishedAt: date, dateSource: 'metadata', approximate: false, notBefore: null, notAfter: null, origin: id, raw: text, format: 'text' }, doc };
}

const bundle: StoryBundle = {
  id: 'story', title: 'Troops', duplicates: [],
  articles: [
    article('a', '2015-03-01', ['Sending troops abroad is "an option we are considering", Jane Smith said.', 'Bob Jones said he would "back sending troops now".'], [['Jane Smith', 'an option we are considering'], ['Bob Jones', 'back sending troops now']]),
    article('b', '2015-03-20', ['Jane Smith said soldiers would "never be sent, I rule it out".', 'The army has soldiers ready.'], [['Jane Smith', 'never be sent, I rule it out']]),
  ],
};

test('an actor who moves from open to rules out on troops/soldiers gets one position and one shift', () => {
  const result = storyPositions(bundle);
  const smith = result.positions.filter((p) => p.actor.name === 'Jane Smith');
  assert.equal(smith.length, 1);
  assert.deepEqual(smith[0].statements.map((s) => [s.date, s.stance]), [['2015-03-01', 'open'], ['2015-03-20', 'rules_out']]);
  assert.deepEqual(result.shifts.map((s) => [s.actor.name, s.from.stance, s.from.date, s.to.stance, s.to.date, s.from.evidence.articleId, s.to.evidence.articleId]), [
    ['Jane Smith', 'open', '2015-03-01', 'rules_out', '2015-03-20', 'a', 'b'],
  ]);
});

test('two actors on opposite sides of the same target within a month disagree', () => {
  const result = storyPositions(bundle);
  assert.deepEqual(result.disagreements.map((d) => [d.a.actor.name, d.a.stance, d.b.actor.name, d.b.stance]), [['Bob Jones', 'supports', 'Jane Smith', 'rules_out']]);
});

test('--actor keeps only matching actors, their shifts, and disagreements they take part in', () => {
  const jones = storyPositions(bundle, { actor: 'jones' });
  assert.deepEqual([...new Set(jones.positions.map((p) => p.actor.name))], ['Bob Jones']);
  assert.deepEqual(jones.shifts, []);
  assert.deepEqual(jones.disagreements.map((d) => [d.a.actor.name, d.b.actor.name]), [['Bob Jones', 'Jane Smith']]);
});

test('a modal alone ("need to") is not a stance word: no disagreement from it', () => {
  const modal: StoryBundle = { ...bundle, articles: [article('c', '2015-03-05', ['Tom Lee said "we need to train troops".', 'Jane Smith said troops would "never be sent, I rule it out".'], [['Tom Lee', 'we need to train troops'], ['Jane Smith', 'never be sent, I rule it out']])] };
  assert.deepEqual(storyPositions(modal).disagreements, []);
});
