import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { docFromText } from '../annotate.js';
import { normalizeRole } from './normalize-role.js';

function entities(body: string) {
  const { doc } = docFromText({ text: `a headline\n\n${body}` });
  return { doc, entities: doc.layers.entities! };
}

test('a short form joins the full name seen in the article: "Bishop" = "Julie Bishop"', () => {
  const { entities: es } = entities('Foreign Minister Julie Bishop arrived. Bishop said the talks went well.');
  const bishop = es.filter((e) => e.type === 'PER');
  assert.equal(bishop.length, 1);
  assert.equal(bishop[0].name, 'Julie Bishop');
  assert.equal(bishop[0].mentions.length, 2);
});

test('organisation aliases and acronyms are one entity: ISIS = Isis = Islamic State, SAS = Special Air Service', () => {
  const { entities: es } = entities('Islamic State (Isis) fighters attacked. ISIS lost ground. The Special Air Service went in and the SAS stayed.');
  const orgs = es.filter((e) => e.type === 'ORG').map((e) => [e.name, e.mentions.length]);
  assert.deepEqual(orgs, [['Islamic State', 3], ['Special Air Service', 2]]);
});

test('roles come from titles before the name and from a comma appositive', () => {
  const { entities: es } = entities("Greens co-leader Russel Norman spoke. Two of the Labour party's leadership contenders, Andrew Little and Grant Robertson, objected.");
  const roles = Object.fromEntries(es.filter((e) => e.type === 'PER').map((e) => [e.name, e.roles.map((r) => r.title)]));
  assert.deepEqual(roles, {
    'Russel Norman': ['Greens co-leader'],
    'Andrew Little': ['Labour party leadership contender'],
    'Grant Robertson': ['Labour party leadership contender'],
  });
});

test('"his Malaysian counterpart" becomes Prime Minister of Malaysia beside the Australian Prime Minister', () => {
  const { entities: es } = entities('Australian Prime Minister Tony Abbott met his Malaysian counterpart Najib Razak in Putrajaya.');
  assert.deepEqual(es.find((e) => e.name === 'Najib Razak')!.roles.map((r) => r.title), ['Prime Minister of Malaysia']);
});

test('"he says" after a named speaker links the pronoun to that person', () => {
  const { doc, entities: es } = entities('Labour MP Phil Goff spoke on Monday. He says the law is wrong.');
  const goff = es.find((e) => e.name === 'Phil Goff')!;
  const he = doc.layers.mentions!.find((m) => m.kind === 'pronoun')!;
  assert.equal(doc.text.slice(he.start, he.end), 'He');
  assert.equal(he.entity, goff.id);
});

test('normalizeRole turns a nationality into "of <country>" and a plural head singular', () => {
  assert.equal(normalizeRole('Australian Prime Minister'), 'Prime Minister of Australia');
  assert.equal(normalizeRole('U.S. President'), 'President of the United States');
  assert.equal(normalizeRole("the Labour party's leadership contenders"), 'Labour party leadership contender');
  assert.equal(normalizeRole('Republican Indiana Gov.'), 'Republican Indiana Governor');
});

test('a two-word surname form joins the full name: "De Blasio" = "Bill de Blasio"', () => {
  const { entities: es } = entities('De Blasio spoke first. Later Mayor Bill de Blasio said the city was safe.');
  const people = es.filter((e) => e.type === 'PER').map((e) => [e.name, e.mentions.length, e.roles.map((r) => r.title)]);
  assert.deepEqual(people, [['Bill de Blasio', 2, ['Mayor']]]);
});

test('"she" skips a man named just before and finds the woman', () => {
  const { doc, entities: es } = entities('Tony Abbott met Foreign Minister Julie Bishop. She said the talks went well.');
  const she = doc.layers.mentions!.find((m) => m.kind === 'pronoun')!;
  assert.equal(es.find((e) => e.id === she.entity)?.name, 'Julie Bishop');
});
