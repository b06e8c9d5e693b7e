import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { nameMentions } from './name-mentions.fixture.js';

const names = nameMentions;

test('one place cue settles every occurrence of a lone unknown word: "the town of Qaraqosh"', () => {
  assert.deepEqual(names('Qaraqosh was quiet on Monday. Shells fell on the town of Qaraqosh overnight.'), ['Qaraqosh/LOC', 'Qaraqosh/LOC']);
});

test('an age after a lone name makes a person: "Velthoven , 52 , runs"', () => {
  assert.deepEqual(names('Velthoven , 52 , runs a bakery near the harbour.'), ['Velthoven/PER']);
});

test('a family or role noun before a lone name makes a person: "his wife Marijke"', () => {
  assert.deepEqual(names('He visited his wife Marijke on Friday.'), ['Marijke/PER']);
});

test('a press noun before a lone name makes an organisation: "the daily Trouw"', () => {
  assert.deepEqual(names('The report appeared in the daily Trouw on Friday.'), ['Trouw/ORG']);
});

test('a place after a comma settles a lone name: "Lockerbie , Scotland"', () => {
  assert.deepEqual(names('The plane fell on Lockerbie , Scotland .'), ['Lockerbie/LOC', 'Scotland/LOC']);
});

test('a press noun before a name of two words makes an organisation: "the news weekly Der Kurier"', () => {
  assert.deepEqual(names('The news weekly Der Kurier printed the letter.'), ['Der Kurier/ORG']);
});

test('business words owned by a name make an organisation, not a person: "Arlen Velmor \'s profits"', () => {
  assert.deepEqual(names('Analysts said Arlen Velmor \'s profits doubled.'), ['Arlen Velmor/ORG']);
});

test('an ampersand joins partners in a firm: "Douglas & Lomason"', () => {
  assert.deepEqual(names('Shares in Douglas & Lomason rose.'), ['Douglas & Lomason/ORG']);
});

test('a place cue outweighs a speech verb, and types a name of two words too: "the town of Bou Kavela said"', () => {
  assert.deepEqual(names('Police in the town of Bou Kavela said two died.'), ['Bou Kavela/LOC']);
  assert.deepEqual(names('Police in Kavela said two died.'), ['Kavela/LOC']);
});

test('a market index is not the firm behind it: "the Nikkei average", but "the American Stock Exchange index" is', () => {
  assert.deepEqual(names('The Nikkei average fell and the American Stock Exchange index rose.'), ['Nikkei/MISC', 'American Stock Exchange/ORG']);
});
