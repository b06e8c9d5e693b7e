import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { docFromText } from '../annotate.js';
import { nameMentions } from './name-mentions.fixture.js';
import { findMentions } from './find-mentions.js';

const names = nameMentions;

test('a title before a name is trimmed off: "Minister Julie Bishop."', () => {
  assert.deepEqual(names('The deal was signed by Minister Julie Bishop.'), ['Julie Bishop/PER']);
});

test('a possessive is trimmed off: "President Bashar al-Assad\'s"', () => {
  assert.deepEqual(names("They fought the regime of President Bashar al-Assad's army."), ['Bashar al-Assad/PER']);
});

test('a slash splits an agency from a person: "Reuters/Olivia Harris" inside a sentence', () => {
  assert.deepEqual(names('The picture by Reuters/Olivia Harris was shown in Sydney on Monday.'), ['Reuters/ORG', 'Olivia Harris/PER', 'Sydney/LOC']);
});

test('a photo credit at the end of a line gives no mention', () => {
  const { doc } = docFromText({ text: 'a headline\n\nTony Abbott speaks in Putrajaya. Reuters/Olivia Harris' });
  const line = { start: doc.text.indexOf('Tony'), end: doc.text.length };
  const found = findMentions(doc, [line]).map((m) => doc.text.slice(m.start, m.end));
  assert.deepEqual(found, ['Tony Abbott', 'Putrajaya']);
});

test('a place before a title is its own mention: "New Zealand Prime Minister John Key said"', () => {
  assert.deepEqual(names('New Zealand Prime Minister John Key said so.'), ['New Zealand/LOC', 'John Key/PER']);
});

test('sentence-initial function words are not names, an organisation head makes an organisation', () => {
  assert.deepEqual(names('However, the Green Party said the Bank of England was wrong.'), ['Green Party/ORG', 'Bank of England/ORG']);
});

test('ALL CAPS headlines only take names the body spells out, or gazetteer names', () => {
  const { doc } = docFromText({ text: 'SHEARER NAMED AS ENGLAND CAPTAIN .\nThe world \'s costliest footballer Alan Shearer was named as the new England captain .' });
  const found = doc.layers.mentions!.filter((m) => m.kind === 'name').map((m) => `${doc.text.slice(m.start, m.end)}/${m.type}`);
  assert.deepEqual(found, ['SHEARER/PER', 'ENGLAND/LOC', 'Alan Shearer/PER', 'England/LOC']);
});

test('a wire dateline opens with a place: "WELLINGTON (Reuters) - ..." and "BELGRADE 1996-08-30"', () => {
  assert.deepEqual(names('WELLINGTON (Reuters) - The talks went on.'), ['WELLINGTON/LOC', 'Reuters/ORG']);
  assert.deepEqual(names('BELGRADE 1996-08-30'), ['BELGRADE/LOC']);
});

test('a city playing a match is a team, a country stays a place', () => {
  assert.deepEqual(names('Leeds 2 Newcastle 1 , Romania 2 Lithuania 1 .'), ['Leeds/ORG', 'Newcastle/ORG', 'Romania/LOC', 'Lithuania/LOC']);
});

test('a dateline with a state and an agency, or an ALL CAPS place and a dash, opens with a place', () => {
  assert.deepEqual(names('FLINT, Mich. (UPI) -- The water is safe, officials said.').slice(0, 1), ['FLINT/LOC']);
  assert.deepEqual(names('WASHINGTON — The Senate voted on Tuesday.'), ['WASHINGTON/LOC', 'Senate/ORG']);
});

test('a person "of" an organisation stays two mentions: "economist Lynn Reaser of Barnett Banks Inc."', () => {
  assert.deepEqual(names('"It is on track," said economist Lynn Reaser of Barnett Banks Inc. in Florida.'), ['Lynn Reaser/PER', 'Barnett Banks Inc./ORG', 'Florida/LOC']);
});
