import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../annotate/annotate.js';
import type { StoryBundle } from '../core/story.js';
import { dossierMarkdown } from './dossier-markdown.js';
import { escapeMarkdown } from './escape-markdown.js';

test('escapeMarkdown neutralises links, HTML, emphasis and block starts', () => {
  assert.equal(escapeMarkdown('[click](javascript:x) <b>'), '\\[click\\]\\(javascript:x\\) &lt;b&gt;');
  assert.equal(escapeMarkdown('# Big\n- item *bold*'), '\\# Big - item \\*bold\\*');
  assert.equal(escapeMarkdown('1. first'), '\\1. first');
});

function bundleOf(texts: { text: string; publishedAt: string; id: string }[]): StoryBundle {
  const articles = texts.map((t) => docFromText({ ...t, title: `Title ${t.id}` })).map(({ doc, article }) => ({ doc, article }));
  return { id: 'st', title: 'Dam <script>alert(1)</script> vote', articles, duplicates: [] };
}

const bundle = bundleOf([
  { id: 'a1', publishedAt: '2020-03-02', text: 'Council backs dam\n\nThe city council voted on Monday to build the new river dam near Greenfield. The river dam will cost the city council 40 million dollars, the mayor said. Residents of Greenfield [protested](http://evil.example) outside the hall on 1 March 2020.' },
  { id: 'b2', publishedAt: '2020-03-05', text: 'Dam plan draws fire\n\nThe city council vote to build the new river dam near Greenfield angered farmers. Farmers said the river dam would flood 300 hectares of farmland near Greenfield.' },
]);
const markdown = dossierMarkdown(bundle, { words: 60 });

test('the dossier has its sections in order, with the span and numbered sources', () => {
  const headings = markdown.split('\n').filter((l) => l.startsWith('#'));
  assert.deepEqual(headings, ['# Dam &lt;script&gt;alert\\(1\\)&lt;/script&gt; vote', '## Sources', '## Summary', '## Timeline', '## Actors', '## Key quotes', '## Positions']);
  assert.match(markdown, /^2020-03-02 – 2020-03-05 · 2 articles$/m);
  assert.match(markdown, /^1\. Title a1 · 2020-03-02$/m);
  assert.match(markdown, /^2\. Title b2 · 2020-03-05$/m);
});

test('summary sentences carry [n] citations to the source list, and article text cannot inject a link', () => {
  const summary = markdown.split('## Summary\n\n')[1].split('\n')[0];
  assert.match(summary, /\[1\]|\[2\]/);
  assert.doesNotMatch(markdown, /\]\(http/);
  assert.doesNotMatch(markdown, /<script>/);
});

test('the timeline dates the protest to 2020-03-01 from its own timex', () => {
  assert.match(markdown, /^- \*\*2020-03-01\*\* Residents of Greenfield \\\[protested\\\]\\\(http:\/\/evil\.example\\\) outside the hall on 1 March 2020\. \[1\]$/m);
});
