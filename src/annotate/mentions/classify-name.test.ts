import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { nameMentions } from './name-mentions.fixture.js';

const names = nameMentions;

test('compass words around a known place keep it a place, not a team: "East Jerusalem"', () => {
  assert.deepEqual(names('Clashes broke out in East Jerusalem on Friday.'), ['East Jerusalem/LOC']);
});

test('an initial before a common word makes a person: "S. Law scored"', () => {
  assert.deepEqual(names('S. Law scored 40 before lunch.'), ['S. Law/PER']);
});

test('"Party" or "City" after a name word ends the name, though neither is a name alone', () => {
  assert.deepEqual(names('The Reform Party met in Atlantic City on Monday.'), ['Reform Party/ORG', 'Atlantic City/LOC']);
});

test('a people adjective not in any list, before a noun, is no organisation: "Zairean rebels"', () => {
  assert.deepEqual(names('Troops drove out Zairean rebels on Friday.'), []);
});

test('a legal form ends a firm\'s name: "Kia Motor Corp of South Korea", "Arlen Controls Inc and Lear Corp"', () => {
  assert.deepEqual(names('Cars made by Kia Motor Corp of South Korea arrived.'), ['Kia Motor Corp/ORG', 'South Korea/LOC']);
  assert.deepEqual(names('It competes with Arlen Controls Inc and Lear Corp in Europe.'), ['Arlen Controls Inc/ORG', 'Lear Corp/ORG', 'Europe/LOC']);
});

test('a plural common noun opening a sentence before "said" is no person: "Analysts said"', () => {
  assert.deepEqual(names('Analysts said the bank would cut rates. Peters said so too.'), ['Peters/PER']);
});

test('a code with digits and a label before a colon are no names: "H1 results", "Scorer :"', () => {
  assert.deepEqual(names('Shares fell on weak H1 results.'), []);
  assert.deepEqual(names('Scorer : Arlen Velmor ( 35th minute )'), ['Arlen Velmor/PER']);
});

test('a religious or ethnic group is MISC like a nationality, singular or plural: "Moslem militants", "Hutus"', () => {
  assert.deepEqual(names('Police held 26 Moslem militants and some Hutus.'), ['Moslem/MISC', 'Hutus/MISC']);
});

test('a group word before an organisation head stays in the name: "Socialist Party of Albania"', () => {
  assert.deepEqual(names('The Socialist Party of Albania won.'), ['Socialist Party of Albania/ORG']);
});

test('regions, state abbreviations and abbreviated compass points are places: "the Midwest", "Tampa , Fla.", "S. Korea"', () => {
  assert.deepEqual(names('Orders rose in the Midwest and in Tampa , Fla. , while S. Korea waited.'), ['Midwest/LOC', 'Tampa/LOC', 'Fla./LOC', 'S. Korea/LOC']);
});

test('"First" inside a sentence opens a firm\'s name; an adjective opening a sentence does not join the name after it', () => {
  assert.deepEqual(names('He spoke to Joel Naroff of First Union bank.'), ['Joel Naroff/PER', 'First Union/ORG']);
  assert.deepEqual(names('Controversial IRA film screened.'), ['IRA/ORG']);
});

test('a place and an acronym side by side are two names: "Chicago NAPM"', () => {
  assert.deepEqual(names('Futures fell after the Chicago NAPM report.'), ['Chicago/LOC', 'NAPM/ORG']);
});

test('hyphenated qualifiers are no names: "German-Israeli relations", "a Turkish-operated restaurant"', () => {
  assert.deepEqual(names('They discussed German-Israeli relations near a Turkish-operated restaurant.'), []);
});

test('a name of common words is a body only with "of" inside: "House of Lords", not " Strike Hard "', () => {
  assert.deepEqual(names('The bill went to the House of Lords during the " Strike Hard " campaign.'), ['House of Lords/ORG']);
});

test('a portfolio word in a title is no organisation, a firm\'s name is: "Privatisation Minister", "Cofinec CEO"', () => {
  assert.deepEqual(names('He told Privatisation Minister Wieslaw Kaczmarek and Cofinec CEO Arlen Velmor.'), ['Wieslaw Kaczmarek/PER', 'Cofinec/ORG', 'Arlen Velmor/PER']);
});
