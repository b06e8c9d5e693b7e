import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../core/article.js';
import type { Doc, Quote } from '../../core/doc.js';
import { collectStatements } from './collect-statements.js';

const text = 'Prime Minister John Key said troops were "an option". Greens co-leader Russel Norman said it was "a mistake". He said troops "will get killed". Mr Key said it "is a last resort".';
const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const quote = (content: string, source: string, sourceFrom = 0): Quote => ({ content: [span(content)], cue: null, source: span(source, sourceFrom), speaker: null, kind: 'direct', confidence: 1 });
const article = (id: string, publishedAt: string): Article => ({ id, title: null, source: null, url: null, byline: null, publishedAt, dateSource: 'metadata', approximate: false, notBefore: null, notAfter: null, origin: id, raw: text, format: 'text' });
const doc: Doc = {
  articleId: 'a1', text, messages: [],
  layers: { quotes: [quote('an option', 'Prime Minister John Key'), quote('a mistake', 'Greens co-leader Russel Norman'), quote('will get killed', 'He'), quote('is a last resort', 'Mr Key')] },
};

test('speakers come from source phrases: titles dropped, "Mr Key" joins "John Key", "He" is the speaker named last before it', () => {
  const statements = collectStatements({ id: 's', title: 't', articles: [{ article: article('a1', '2014-10-07'), doc }], duplicates: [] });
  assert.deepEqual(statements.map((s) => [s.actorName, s.text, s.date]), [
    ['John Key', 'an option', '2014-10-07'],
    ['Russel Norman', 'a mistake', '2014-10-07'],
    ['Russel Norman', 'will get killed', '2014-10-07'],
    ['John Key', 'is a last resort', '2014-10-07'],
  ]);
});

test('a linked speaker entity wins over the source phrase, and duplicates are left out', () => {
  const linked: Doc = { ...doc, layers: { ...doc.layers, entities: [{ id: 'e1', type: 'PER', name: 'Russel Norman', mentions: [], roles: [] }], quotes: [{ ...quote('will get killed', 'Mr Key'), speaker: 'e1' }] } };
  const bundle = { id: 's', title: 't', articles: [{ article: article('a1', '2014-10-07'), doc: linked }, { article: article('a2', '2014-10-08'), doc }], duplicates: ['a2'] };
  const statements = collectStatements(bundle);
  assert.deepEqual(statements.map((s) => [s.actorName, s.actorId, s.articleId]), [['Russel Norman', 'russel norman', 'a1']]);
});
