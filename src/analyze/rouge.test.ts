import assert from 'node:assert/strict';
import { test } from 'node:test';
import { porterStem } from './porter-stemmer.js';
import { rougeN, rougeTokens } from './rouge.js';

test('the Porter stemmer gives the stems of Porter (1980)', () => {
  const cases: [string, string][] = [['caresses', 'caress'], ['ponies', 'poni'], ['agreed', 'agre'], ['hopping', 'hop'],
    ['relational', 'relat'], ['generalizations', 'gener'], ['electrical', 'electr'], ['adjustment', 'adjust'], ['controll', 'control']];
  assert.deepEqual(cases.map(([w]) => [w, porterStem(w)]), cases);
});

test('ROUGE tokens: lowercase, punctuation to spaces, stem words over 3 letters, cut at the word limit', () => {
  assert.deepEqual(rougeTokens('U.S. troops were running.', { wordLimit: 3 }), ['u', 's', 'troop', 'were']);
  assert.deepEqual(rougeTokens('Cease-fire talks\nended.'), ['ceas', 'fire', 'talk', 'end']);
});

test('ROUGE-N recall is jackknifed over references: the mean of leave-one-out scores', () => {
  assert.equal(rougeN('the cat sat', ['the cat sat', 'a dog ran'], 1).recall, 0.5);
  // one reference: plain recall 2 of 3 bigrams; precision 2 of 2.
  const one = rougeN('the cat sat', ['the cat sat down'], 2);
  assert.deepEqual([one.recall, one.precision], [2 / 3, 1]);
  assert.equal(one.f1, 0.8);
});

test('hits are clipped: a repeated system bigram counts no more than the reference has it', () => {
  assert.equal(rougeN('the cat the cat the cat', ['the cat sat'], 2).recall, 0.5);
});
