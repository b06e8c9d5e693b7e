import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docFromText } from '../annotate.js';
import { speakerNames } from './speaker-name.js';

// The seed story's hand-made quotes (fixtures/seeds/expected.json): content, speaker, kind.
const dir = join(import.meta.dirname, '../../../fixtures/seeds');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).quotes as { article: string; content: string; speaker: string; kind: string }[];

const found = new Map<string, { spans: { start: number; end: number; name: string | null }[]; text: string }>();
for (const file of new Set(expected.map((q) => q.article))) {
  const { doc } = docFromText({ text: readFileSync(join(dir, file), 'utf8') });
  const quotes = doc.layers.quotes ?? [];
  const names = speakerNames(doc, quotes);
  found.set(file, { text: doc.text, spans: quotes.flatMap((q, i) => q.content.map((c) => ({ ...c, name: names[i] }))) });
}

// A seed quote is found when one content span covers at least half of it.
function match(q: (typeof expected)[number]): { name: string | null } | null {
  const article = found.get(q.article)!;
  const at = article.text.indexOf(q.content);
  assert.ok(at >= 0, `seed content not in the cleaned text: ${q.content}`);
  const end = at + q.content.length;
  let best: { name: string | null; covered: number; extra: number } | null = null;
  for (const s of article.spans) {
    const covered = Math.min(end, s.end) - Math.max(at, s.start);
    // The tightest of the spans that cover the most (a nested quote beats the one around it).
    const extra = s.end - s.start - covered;
    if (covered > 0 && (!best || covered > best.covered || (covered === best.covered && extra < best.extra))) best = { name: s.name, covered, extra };
  }
  return best && best.covered >= q.content.length / 2 ? best : null;
}

test('every direct and mixed seed quote is found with the right speaker', () => {
  const marked = expected.filter((q) => q.kind !== 'indirect');
  assert.equal(marked.length, 22);
  const wrong = marked.filter((q) => match(q)?.name !== q.speaker).map((q) => `${q.speaker}: ${q.content} -> ${match(q)?.name ?? 'not found'}`);
  assert.deepEqual(wrong, []);
});

test('at least 90% of all 37 seed quotes are found', () => {
  assert.equal(expected.length, 37);
  const hits = expected.filter((q) => match(q) !== null).length;
  assert.ok(hits >= 34, `found ${hits} of 37`);
});

test('found seed quotes name the expected speaker', () => {
  const hits = expected.filter((q) => match(q) !== null);
  const right = hits.filter((q) => match(q)!.name === q.speaker).length;
  assert.ok(right >= hits.length - 1, `right speaker for ${right} of ${hits.length}`);
});
