import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { nameMentions } from './name-mentions.fixture.js';

const names = nameMentions;

test('a place name that is the surname of a person in the article is that person: "Neil Jordan ... Jordan said"', () => {
  const found = names('The film was made by Neil Jordan last year. Jordan said it was his best.');
  assert.deepEqual(found.filter((n) => n.includes('Jordan')), ['Neil Jordan/PER', 'Jordan/PER']);
});

test('the same surname after "in" stays a place: "Neil Jordan ... in Jordan"', () => {
  const found = names('The film was made by Neil Jordan last year. It was shot in Jordan.');
  assert.deepEqual(found.filter((n) => n.includes('Jordan')), ['Neil Jordan/PER', 'Jordan/LOC']);
});

test('a quoted nickname joins the person\'s name, and the surname alone is then the person', () => {
  assert.deepEqual(names('Boxing legend Roberto "Hands of Stone" Duran fights on Saturday. Duran is 45.'), ['Roberto "Hands of Stone" Duran/PER', 'Duran/PER']);
});

test('a lone unknown word listed with places is a place: "Kenya , Ruvuma and Uganda"', () => {
  assert.deepEqual(names('Rain fell on Kenya , Ruvuma and Uganda.'), ['Kenya/LOC', 'Ruvuma/LOC', 'Uganda/LOC']);
});

test('a comma after a place cue is no list: "In Tarvela , Marc Newfield homered"', () => {
  assert.deepEqual(names('In Tarvela , Marc Newfield homered.'), ['Tarvela/LOC', 'Marc Newfield/PER']);
});
