import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFromText } from '../annotate.js';

// Invented sentences; each row: body, then the quotes expected as [source, cue, content...].
function quotesOf(body: string): string[][] {
  const { doc } = docFromText({ text: `Headline\n\n${body}` });
  const s = (x: { start: number; end: number } | null) => (x ? doc.text.slice(x.start, x.end) : '-');
  return (doc.layers.quotes ?? []).map((q) => [s(q.source), s(q.cue), ...q.content.map(s)]);
}

const cases: [string, string, string[][]][] = [
  ['an opening phrase before a comma is not a trailing quote\'s content',
    'In July, the council called for a review of the budget.',
    [['the council', 'called', 'a review of the budget']]],
  ['a long appositive after a trailing speaker keeps the quote trailing',
    'The fund ran out of money, said Mara Lind, a senior official with the board that oversees it.',
    [['Mara Lind', 'said', 'The fund ran out of money']]],
  ['a subordinate clause after a trailing cue is not content',
    'The plan is an insult, local leaders said on Friday, as they left the hall.',
    [['local leaders', 'said', 'The plan is an insult']]],
  ['a participle after "he said" is a second attribution by the same speaker',
    'The road is safe, he said, adding that the bridge was not.',
    [['he', 'said', 'The road is safe'], ['he', 'adding', 'that the bridge was not']]],
  ['a weak speech verb with a person as subject takes its object',
    'Ms Ortiz mentioned the rising rents in her speech.',
    [['Ms Ortiz', 'mentioned', 'the rising rents in her speech']]],
  ['"agreed to" with an organisation as subject takes the infinitive',
    'The company agreed to pay for the cleanup.',
    [['The company', 'agreed', 'to pay for the cleanup']]],
  ['a verb that wink tags as a noun ("plans to") is still a cue',
    'Mayor Okafor plans to close the old depot.',
    [['Mayor Okafor', 'plans', 'to close the old depot']]],
  ['a noun "plans" after an article is not a cue',
    'The plans to close the depot are vague.',
    []],
  ['a second verb phrase with its own cue is its own quote',
    'She proposes a new tax, and plans to cut fees.',
    [['She', 'proposes', 'a new tax'], ['She', 'plans', 'to cut fees']]],
  ['a judgment verb (Levin 33) takes its object',
    'The senator chastised the bank for its fees.',
    [['The senator', 'chastised', 'the bank for its fees']]],
  ['a cognition verb with a that-clause is a belief',
    'Investigators discovered that the records were forged.',
    [['Investigators', 'discovered', 'that the records were forged']]],
  ['"laid out" needs its particle',
    'The governor laid out her plan for the schools.',
    [['The governor', 'laid', 'her plan for the schools'], ['The governor', 'plan', 'the schools']]],
  ['"laid" without "out" is not a cue',
    'The workers laid the bricks by noon.',
    []],
  ['a speech word after a possessive is a noun, not a cue',
    "The senator's tweet to his followers went viral.",
    []],
  ['a poll share can be the speaker ("Two in three said")',
    'Two in three said they would vote early.',
    [['Two in three', 'said', 'they would vote early']]],
  ['a surname that looks like an adverb is still the speaker',
    'Jolly said he would be cautious.',
    [['Jolly', 'said', 'he would be cautious']]],
  ['an opening participle phrase is skipped when finding the subject of "and said"',
    'Walking home, Ebeling waved, and said the vote was close.',
    [['Ebeling', 'said', 'the vote was close']]],
  ['a catenative verb with "to" between the subject and the cue is skipped',
    'The council went on to name three new parks.',
    [['The council', 'name', 'three new parks']]],
  ['a stance verb after "did" is a verb even when tagged as a noun',
    'Ms Grant did support the idea of a levy.',
    [['Ms Grant', 'support', 'the idea of a levy']]],
  ['a colon label read as a verb is a speaker when it is the surname of a name in the text',
    'Lynch: No one shaped the inquiry into the emails.\n\nAttorney General Loretta Lynch spoke on Friday.',
    [['Lynch', ':', 'No one shaped the inquiry into the emails.']]],
  ['a first name tagged as a verb stays in the trailing speaker\'s name',
    '"We are ready," press secretary Josh Earnest said on Monday.',
    [['press secretary Josh Earnest', 'said', '"We are ready,"']]],
  ['"says of X," before a quote skips the "of" phrase',
    'The senator says of the mayor, "She will not last the year."',
    [['The senator', 'says', '"She will not last the year."']]],
  ['an opening "After saying" phrase is said by the main clause\'s subject, up to its comma',
    'After saying the fund was empty, the treasurer resigned.',
    [['treasurer', 'saying', 'the fund was empty']]],
  ['a mid-sentence "while saying" phrase is said by the clause subject',
    'She cut the ribbon while saying the bridge was overdue.',
    [['She', 'saying', 'the bridge was overdue']]],
];

for (const [name, body, expected] of cases) {
  test(name, () => assert.deepEqual(quotesOf(body), expected));
}
