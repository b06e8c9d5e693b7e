import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { splitLines } from '../annotate/split-blocks.js';
import { classifyBlocks } from './classify-blocks.js';
import { normalizeText } from './normalize-text.js';

/** [type, text] for every block of a text typed as plain-text input. */
function typed(raw: string, firstLineIsTitle = true): [string, string][] {
  const text = normalizeText(raw).text;
  return classifyBlocks(text, splitLines(text), { firstLineIsTitle }).map((b) => [b.type, text.slice(b.start, b.end)]);
}

const expected = JSON.parse(readFileSync('fixtures/seeds/expected.json', 'utf8')) as { notBody: { article: string; text: string }[] };
const seeds = ['000_2543fdb4d7e51d8b.txt', '001_c4fb729f2c631270.txt', '002_9271d96e8b614928.txt'];
const blocksOf = (name: string) => typed(readFileSync(`fixtures/seeds/${name}`, 'utf8'));

test('every notBody line of the seeds is typed caption, credit, link or duplicate, never body', () => {
  for (const { article, text: line } of expected.notBody) {
    const text = normalizeText(readFileSync(`fixtures/seeds/${article}`, 'utf8')).text;
    const blocks = classifyBlocks(text, splitLines(text), { firstLineIsTitle: true });
    let found = 0;
    for (let at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
      found++;
      const covering = blocks.filter((b) => b.start < at + line.length && b.end > at);
      assert.ok(covering.length > 0);
      for (const b of covering) assert.ok(['caption', 'credit', 'link', 'duplicate'].includes(b.type), `${article}: "${line}" is ${b.type}`);
    }
    assert.ok(found > 0, `${article}: "${line}" not found`);
  }
});

test('seed 000: photo title and caption are captions, the agency credit is its own block', () => {
  assert.deepEqual(blocksOf(seeds[0]).slice(0, 3).map(([type, text]) => [type, text.slice(0, 30)]), [
    ['caption', 'Australian Prime Minister Tony'],
    ['caption', 'Australian Prime Minister Tony'],
    ['credit', 'Reuters/Olivia Harris'],
  ]);
});

test('seed 001: both copies of the teaser line and the "Read more:" cue are links', () => {
  const links = blocksOf(seeds[1]).filter(([type]) => type === 'link').map(([, text]) => text);
  assert.deepEqual(links, ['Key: SAS could join Isis fight on ground', 'Read more:', 'Key: SAS could join Isis fight on ground']);
});

test('seed 002: the headline stays, the repeated "(Supplied)" caption is split into caption and credit twice', () => {
  const types = blocksOf(seeds[2]).slice(0, 5).map(([type]) => type);
  assert.deepEqual(types, ['headline', 'caption', 'credit', 'caption', 'credit']);
});

test('no real body paragraph of the seeds is typed anything but body', () => {
  for (const name of seeds) {
    const text = readFileSync(`fixtures/seeds/${name}`, 'utf8');
    const bodyLike = typed(text).filter(([, t]) => t.split(' ').length > 12 && !expected.notBody.some((n) => n.text === t || t.includes(n.text)));
    // Long lines are paragraphs; seed 000's caption line is the one long non-body line.
    for (const [type, t] of bodyLike) if (!t.includes('Reuters/Olivia Harris') && !t.startsWith('Australian Prime Minister Tony Abbott speaks')) assert.ok(type === 'body' || type === 'headline', `${name}: ${type}: ${t.slice(0, 60)}`);
  }
});

test('a long first line ending like a sentence is the lede, not a headline', () => {
  assert.equal(blocksOf(seeds[1])[0][0], 'body');
});

test('share, subscribe, cookie and site-control lines are boilerplate; short list items are not', () => {
  const types = typed('Title here\nHome\nWe use cookies to improve your experience.\nSign up for our free newsletter\nA real paragraph of the article, with a verb and an ending.\nShare this article\nSweating\nShortness of breath\nPounding heart').map(([t]) => t);
  assert.deepEqual(types, ['headline', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'boilerplate', 'body', 'body', 'body']);
});

test('bylines and agency credits are credits; a sentence starting with "By" is body', () => {
  const blocks = typed('Headline\nBy Jane Doe\nBy Friday, the company had cut 100 jobs.\nNatalie Naccache | Bloomberg | Getty Images', true);
  assert.deepEqual(blocks.map(([t]) => t), ['headline', 'credit', 'body', 'credit']);
});

test('a repeated ordinary paragraph is a duplicate after its first occurrence', () => {
  const p = 'It takes 1,237 delegates to win the nomination.';
  assert.deepEqual(typed(`Headline\n${p}\nOther text here.\n${p}`).map(([t]) => t), ['headline', 'body', 'body', 'duplicate']);
});

test('"More than 100 people died" is body, "More:" opens a link box', () => {
  assert.deepEqual(typed('More than 100 people died in the floods on Monday\nMore:\nFloods hit the coast again', false).map(([t]) => t), ['body', 'link', 'link']);
});

test('body lines that merely start like boilerplate stay body', () => {
  const lines = ['Headline', 'Copyright holders will get new rights under the bill', 'Get Dashlane Password Manager for Free', 'Copyright 2019 The Herald. All rights reserved.'];
  assert.deepEqual(typed(lines.join('\n')).map(([t]) => t), ['headline', 'body', 'body', 'boilerplate']);
});

test('a short repeated label stays body (tables and lists repeat them)', () => {
  assert.deepEqual(typed('Headline\nMeal 1\nEat every 2-3 hours\nMeal 2\nEat every 2-3 hours').map(([t]) => t), ['headline', 'body', 'body', 'body', 'body']);
});

test('separator lines without words are boilerplate', () => {
  assert.deepEqual(typed('Headline\n___\nText of the story goes here.\n* * *').map(([t]) => t), ['headline', 'boilerplate', 'body', 'boilerplate']);
});

test('a title in capitals is the headline; a bare date-time line is boilerplate', () => {
  assert.deepEqual(typed('COLTS BEAT CHIEFS 20 - 13 TO CLINCH PLAYOFF BERTH\nTHURSDAY, APRIL 11, 2013, 9:53 PM\nThe Colts won on Sunday.').map(([t]) => t), ['headline', 'boilerplate', 'body']);
});
