import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteRows } from './quote-rows.fixture.js';

// Invented sentences; each row: body, then the quotes as [source, cue, content].
const predicateQuotes = quoteRows;

const cases: [string, string, string[][]][] = [
  ['a noun of saying with a "that" clause is a cue, its possessor the source',
    'The mayor gave her warning that the dam could fail.',
    [['The mayor', 'warning', 'that the dam could fail']]],
  ['a "that" relative clause after a noun is not content when no clause follows',
    'The claim that day drew laughs.',
    []],
  ['a stance noun takes the object of its preposition, up to the comma',
    'The union stepped up its criticism of the merger, which closes next week.',
    [['The union', 'criticism', 'the merger']]],
  ['a stance noun with no people-like owner or subject is not an attribution',
    'The bridge drew support for the river crossing.',
    []],
  ['an adjective of certainty after "be" takes a bare clause',
    'She was sure the council would agree.',
    [['She', 'sure', 'the council would agree']]],
  ['an adjective of stance takes its preposition\'s object',
    'Farmers are skeptical of the new subsidy, which starts in May.',
    [['Farmers', 'skeptical', 'the new subsidy']]],
  ['an adjective after a thing is not an attribution',
    'The road is critical of nothing and open to traffic.',
    []],
  ['a noun of intention needs an owner: "the city\'s plan to"',
    'The city\'s plan to widen the road stalled.',
    [['The city', 'plan', 'to widen the road stalled']]],
  ['"is expected to" is an attribution with no source: subject and complement',
    'The ferry is expected to resume service in June.',
    [['-', 'is expected', 'The ferry', 'to resume service in June']]],
  ['"seemed to" is an attribution with no source',
    'The crowd seemed to enjoy the debate.',
    [['-', 'seemed', 'The crowd', 'to enjoy the debate']]],
  ['"seemed" without "to" is not',
    'The crowd seemed happy.',
    []],
  ['a question put by an unnamed asker ends at the comma before the answer',
    'Asked whether she would run again, Ms Tan said she was tired.',
    [['-', 'Asked', 'whether she would run again'], ['Ms Tan', 'said', 'she was tired']]],
  ['an opening "In" phrase headed by a poll is the source of the clause after it',
    'In the latest state poll, the mayor leads by six points.',
    [['the latest state poll', 'In', 'the mayor leads by six points']]],
  ['an opening "In" phrase with no poll or study is not a source',
    'In the old town hall, the mayor spoke for an hour.',
    []],
  ['a poll share with a base-form stance verb is an attribution',
    'Two-thirds oppose the new tax.',
    [['Two-thirds', 'oppose', 'the new tax']]],
  ['a hearsay adverb makes the clause around it an attribution with no source',
    'The agency is reportedly planning a second audit.',
    [['-', 'reportedly', 'The agency is', 'planning a second audit'], ['The agency', 'planning', 'a second audit']]],
  ['a closing "in the latest poll" is the source of the clause before it',
    'The mayor holds a six-point lead in the latest state poll.',
    [['the latest state poll', 'in', 'The mayor holds a six-point lead']]],
  ['a trailing base-form cue after a plural subject is a verb ("records show")',
    'The fund paid twice, bank records show.',
    [['bank records', 'show', 'The fund paid twice']]],
];

for (const [name, body, expected] of cases) {
  test(name, () => assert.deepEqual(predicateQuotes(body), expected));
}
