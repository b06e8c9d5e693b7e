import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeSentence } from './complete-sentence.js';
import { trimSentence } from './trim-sentence.js';

const trimmed = (text: string) => {
  const s = trimSentence(text, { start: 0, end: text.length });
  return text.slice(s.start, s.end);
};

test('a wire dateline is trimmed off the span, a leading connective is kept', () => {
  assert.equal(trimmed('PHOENIX _ Victoria Molina wants the tribe to run its own program.'), 'Victoria Molina wants the tribe to run its own program.');
  assert.equal(trimmed('WASHINGTON (AP) -- The Senate passed the bill on Tuesday night.'), 'The Senate passed the bill on Tuesday night.');
  assert.equal(trimmed('But the government refused to pay for the new school.'), 'But the government refused to pay for the new school.');
});

test('a closing attribution is trimmed, but not from a short sentence', () => {
  assert.equal(trimmed('The tribe will build a casino on the land near the river, said John Smith, a tribal spokesman.'),
    'The tribe will build a casino on the land near the river');
  assert.equal(trimmed('The government refused to pay for the new school buildings, officials said Tuesday.'),
    'The government refused to pay for the new school buildings');
  assert.equal(trimmed('It will rain, he said.'), 'It will rain, he said.');
});

test('completeSentence rejects splitting debris and label lines', () => {
  assert.equal(completeSentence('The tribe voted on Monday.'), true);
  assert.equal(completeSentence('com) that while he was impressed, the movie may not satisfy fans.'), false);
  assert.equal(completeSentence('"I think "Star Wars\' is going to be the biggest'), false);
  assert.equal(completeSentence('STAR WARS: EPISODE I _ THE PHANTOM MENACE: Science fiction.'), false);
});

test('a direct quotation keeps its attribution, so its quote marks stay balanced', () => {
  assert.equal(trimmed('"Tribes are trying to come into the modern world," said Ben Nighthorse Campbell.'),
    '"Tribes are trying to come into the modern world," said Ben Nighthorse Campbell.');
});

test('a dateline naming city and country is trimmed; a sentence opening with an acronym is not', () => {
  assert.equal(trimmed('YANGON, Myanmar (AP) _ The military arrested 300 members of the party.'), 'The military arrested 300 members of the party.');
  assert.equal(trimmed('BEIJING, March 3 (Xinhua) -- China opened the new airport on Friday.'), 'China opened the new airport on Friday.');
  assert.equal(trimmed('US-led forces - the coalition - advanced on the town.'), 'US-led forces - the coalition - advanced on the town.');
});
