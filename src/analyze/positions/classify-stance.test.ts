import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyStance } from './classify-stance.js';

const cases: Array<[string, string, string[]]> = [
  ['sending troops is "definitely an option."', 'open', ['an option']],
  ["it was at outer edge of what I'd like to do", 'reluctant', ['outer edge']],
  ['we can pretty much categorically rule out special forces', 'rules_out', ['categorically', 'rule out']],
  ["New Zealand wouldn't be taking up the request", 'rules_out', ["wouldn't be taking"]],
  ["sending them wouldn't fit with what our mission was", 'opposes', ["wouldn't fit"]],
  ['Australia would "welcome" any kind of action', 'supports', ['welcome']],
  ['this is not an option', 'rules_out', ['an option']],
  ['I am not in the habit of supporting people who attack my wife', 'opposes', ['not in the habit of supporting', 'attack']],
  ['we have not decided yet', 'undecided', ['not decided']],
  ['the weather was mild', 'supports', ['assertion']],
  ['the plan does not add up', 'opposes', ['negated claim: not']],
  ['the minister should step down at once', 'opposes', ['should step down']],
  ['they called for the repeal of the tax', 'opposes', ['called for the repeal']],
  ['fees should not be a condition of entry', 'opposes', ['should not']],
  ["I don't think the idea is absurd", 'supports', ['absurd']],
  ['the demand for a hearing was a ploy', 'opposes', ['ploy']],
];

for (const [text, stance, triggers] of cases) {
  test(`"${text}" reads ${stance}`, () => {
    const reading = classifyStance(text);
    assert.equal(reading.stance, stance);
    assert.deepEqual(reading.triggers, triggers);
  });
}

test('"as opposed to" is a comparison, not opposition', () => {
  assert.deepEqual(classifyStance('New Zealand decides, as opposed to someone asking us').triggers, ['assertion']);
});

test('curly apostrophes read like straight ones', () => {
  assert.equal(classifyStance('we wouldn\u2019t be sending anyone').stance, 'rules_out');
});

test('a capitalised stance word inside a sentence is part of a name', () => {
  assert.deepEqual(classifyStance('the report went to the Justice Department', { tone: false }).triggers, ['assertion']);
});
