import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseTargets, targetVocabulary } from './group-targets.js';
import { absorbSingletons } from './absorb-singletons.js';
import { mergeTargets } from './merge-targets.js';
import { nounWords, storyLinks, targetTerms } from './target-terms.js';

test('class words share a key: troops, forces and soldiers are one target', () => {
  assert.deepEqual(targetTerms('troops, special forces and soldiers').map((t) => t.key), ['armed forces', 'special', 'armed forces', 'armed forces']);
});

test('a capitalised run is one name keyed by its last word', () => {
  assert.deepEqual(targetTerms('New Zealand and Donald Trump said so').map((t) => [t.key, t.surface]), [['zealand', 'New Zealand'], ['trump', 'Donald Trump']]);
});

test('an acronym used before a class noun, or spelled out before one, joins that class', () => {
  const links = storyLinks(['Special Air Service troops may go.', 'The SAS was there.']);
  assert.equal(links.get('sas'), 'armed forces');
  assert.deepEqual(targetTerms('rule out the SAS', links).map((t) => t.key), ['rule', 'armed forces']);
});

test('statements worded differently get one target when they share a class', () => {
  const texts = ['Sending troops to Iraq was at the outer edge. Special forces are ruled out. Soldiers train.'];
  const links = storyLinks(texts);
  const vocabulary = targetVocabulary(texts, links);
  const keys = chooseTargets([
    { actor: 'key', content: targetTerms('at outer edge', links), context: targetTerms('Sending troops to Iraq was', links) },
    { actor: 'key', content: targetTerms('rule out special forces at this time', links), context: [] },
  ], vocabulary);
  assert.deepEqual(keys, ['armed forces', 'armed forces']);
});

test("the speaker's own words are never their target", () => {
  const texts = ['Trump attacked the debate. The debate is rigged, Trump said.'];
  const vocabulary = targetVocabulary(texts, new Map());
  const keys = chooseTargets([{ actor: 'trump', content: targetTerms('Trump says the debate is rigged'), context: [], exclude: new Set(['trump']) }], vocabulary);
  assert.deepEqual(keys, ['debat']);
});

test('a target nearly always named together with a bigger one joins it; people never merge', () => {
  const sentences = ['SAS troops would train Iraqis.', 'Troops are training now.', 'Training troops is an option.', 'Trump and Clinton debated.', 'Clinton and Trump met.'];
  const merged = mergeTargets(['train', 'armed forces', 'armed forces', 'trump', 'trump', 'clinton'], sentences, storyLinks(sentences));
  assert.equal(merged.get('train'), 'armed forces');
  assert.equal(merged.get('clinton'), 'clinton');
});

test('with the nouns of the article, verbs and adjectives never name a target', () => {
  const nouns = nounWords('Sending troops to Iraq was a bad idea.');
  assert.deepEqual(targetTerms('Sending troops to Iraq was a bad idea', new Map(), { nouns }).map((t) => t.surface), ['troops', 'Iraq']);
});

test('every statement alone on its target joins the speaker\'s main target in the article', () => {
  const t = (key: string) => ({ key, surface: key });
  const items = [
    { actor: 'cruz', content: [t('trump')], context: [] },
    { actor: 'cruz', content: [t('trump')], context: [] },
    { actor: 'cruz', content: [t('wife')], context: [t('trump')] },
    { actor: 'cruz', content: [t('tax')], context: [] },
    { actor: 'cruz', content: [], context: [] },
  ];
  assert.deepEqual(absorbSingletons(items, ['trump', 'trump', 'wife', 'tax', ''], () => 'a1'), ['trump', 'trump', 'trump', 'trump', 'trump']);
});

test('with no repeated key, a speaker joins the key other speakers share; a key used twice stays', () => {
  const none = { content: [], context: [] };
  const items = [
    { actor: 'lynch', ...none }, { actor: 'lynch', ...none },
    { actor: 'mica', ...none }, { actor: 'mica', ...none }, { actor: 'mica', ...none },
    { actor: 'solo', ...none }, { actor: 'solo', ...none },
  ];
  assert.deepEqual(
    absorbSingletons(items, ['contempt', 'comfort', 'contempt', 'door', 'door', 'rain', 'snow'], () => 'a1'),
    ['contempt', 'contempt', 'door', 'door', 'door', 'rain', 'snow'],
  );
});
