import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFromText } from '../annotate.js';
import { quoteRows } from './quote-rows.fixture.js';
import { findQuotedSpans } from './quote-marks.js';
import { findSingleQuotedSpans } from './single-quotes.js';

// Each case: one article body (after a headline line); quotes as [source, cue, content..., kind].
// Content keeps its quote marks and a complement its "that", as the PolNeAR gold marks them.
const quotesOf = (body: string) => quoteRows(body, { kind: true });

test('a quote mark pair in one paragraph gives the words between the marks', () => {
  const text = 'He said "yes" twice.';
  const [q] = findQuotedSpans(text, [{ start: 0, end: text.length }]);
  assert.equal(text.slice(q.inner.start, q.inner.end), 'yes');
  assert.equal(q.closed, true);
});

test('a quote left open at a paragraph end continues in the next paragraph', () => {
  const text = '"First part.\n\n"Second part."';
  const spans = findQuotedSpans(text, [{ start: 0, end: 12 }, { start: 14, end: text.length }]);
  assert.deepEqual(spans.map((q) => [text.slice(q.inner.start, q.inner.end), q.closed, q.continued]), [['First part.', false, false], ['Second part.', true, true]]);
});

test('a complement keeps its "that"', () => {
  assert.deepEqual(quotesOf('She told reporters that the plan had failed.'), [['She', 'told', 'that the plan had failed', 'indirect']]);
});

test('reported speech without marks is indirect, with the complement clause as content', () => {
  assert.deepEqual(quotesOf("Mr Key said New Zealand's decision would probably pre-empt any request."), [
    ['Mr Key', 'said', "New Zealand's decision would probably pre-empt any request", 'indirect'],
  ]);
});

test('a partial quote inside reported speech is mixed', () => {
  assert.deepEqual(quotesOf('Mr Key said training is "definitely an option."'), [['Mr Key', 'said', 'training is "definitely an option."', 'mixed']]);
});

test('a quote broken by "he said" has two content spans', () => {
  assert.deepEqual(quotesOf('"It is a tragedy," he said, "and a bad one."'), [['he', 'said', '"It is a tragedy,"', '"and a bad one."', 'direct']]);
});

test('the speaker after the cue is found: "said Mr Goff"', () => {
  assert.deepEqual(quotesOf('"We will see," said Mr Goff.'), [['Mr Goff', 'said', '"We will see,"', 'direct']]);
});

test('"according to" reads the source after it', () => {
  assert.deepEqual(quotesOf('The troops will leave in May, according to the defence ministry.'), [
    ['the defence ministry', 'according to', 'The troops will leave in May', 'indirect'],
  ]);
});

test('a title is a speaker: "the Prime Minister says"', () => {
  assert.deepEqual(quotesOf('Sending troops has been "ruled out", the Prime Minister says.'), [
    ['the Prime Minister', 'says', 'Sending troops has been "ruled out"', 'mixed'],
  ]);
});

test('a paragraph that is only a quote carries the speaker of the paragraph before', () => {
  const quotes = quotesOf('Russel Norman said it was "a clear admission".\n\n"It\'s a tragedy that he didn\'t do it earlier."');
  assert.deepEqual(quotes[1], ['Russel Norman', '-', '"It\'s a tragedy that he didn\'t do it earlier."', 'direct']);
});

test('a quote continued into the next paragraph keeps its speaker', () => {
  const quotes = quotesOf('"We have made progress," Mr Key says. "We are training forces.\n\n"They were part of the effort."');
  assert.deepEqual(quotes.map((q) => q[0]), ['Mr Key', 'Mr Key']);
  assert.deepEqual(quotes[1].slice(2), ['"They were part of the effort."', 'direct']);
});

test('an appositive between the speaker and the cue is skipped', () => {
  assert.deepEqual(quotesOf('Hugh Hill, a doctor, said the clinic would close.').map((q) => q[0]), ['Hugh Hill']);
});

test('a cue inside quote marks is the speaker\'s own word, not a new quote', () => {
  assert.deepEqual(quotesOf('"They said no to us," Ms Ardern said.'), [['Ms Ardern', 'said', '"They said no to us,"', 'direct']]);
});

test('editorial brackets stay inside the quote', () => {
  const [q] = quotesOf('"Prime Minister [Haider] al-Abadi was clear," Mr Key said.');
  assert.equal(q[2], '"Prime Minister [Haider] al-Abadi was clear,"');
});

test('a quote mark left open with no continuation is a warning on the Doc', () => {
  const { doc } = docFromText({ text: 'Headline\n\nShe said "we will win.\n\nThe vote is on Friday.' });
  assert.deepEqual(doc.messages.filter((m) => m.stage === 'quotes').map((m) => [m.rule, doc.text.slice(m.place!.start, m.place!.start + 4)]), [['unclosed-quote', '"we ']]);
});

test('single quote marks quote in a paragraph without double marks; apostrophes do not', () => {
  const text = "Key 'pretty much' rules out SAS, but he doesn't say 'never'.";
  const spans = findSingleQuotedSpans(text, [{ start: 0, end: text.length }]);
  assert.deepEqual(spans.map((q) => text.slice(q.inner.start, q.inner.end)), ['pretty much', 'never']);
});

test('a British-style quote in single marks is attributed like a double-quoted one', () => {
  assert.deepEqual(quotesOf("'We will not send troops,' the minister said."), [['the minister', 'said', "'We will not send troops,'", 'direct']]);
});

test('a quote nested in single marks stays inside the outer quote', () => {
  assert.deepEqual(quotesOf(`"He told me 'go home' and I did," she said.`), [['she', 'said', `"He told me 'go home' and I did,"`, 'direct']]);
});

test('a paragraph ending in a colon introduces the quote that opens the next one', () => {
  const quotes = quotesOf('The New York Times reports:\n\n"Only a quarter of donors gave $200 or less."');
  assert.deepEqual(quotes, [['The New York Times', 'reports:', '"Only a quarter of donors gave $200 or less."', 'direct']]);
});

test('a colon after a noun ("made the following comment:") takes the clause subject as speaker', () => {
  const quotes = quotesOf('Ms Vega made the following comment:\n\n"We will appeal the ruling."');
  assert.deepEqual(quotes, [['Ms Vega', ':', '"We will appeal the ruling."', 'direct']]);
});

test('a paragraph opening with a short quoted name that runs on as a sentence has no quote', () => {
  assert.deepEqual(quotesOf('The mayor spoke on Monday.\n\n"Pier Life" star Ana Ruiz left the show.'), []);
});

test('a paragraph that is only a short quote still carries the speaker over', () => {
  assert.deepEqual(quotesOf('"We won," the mayor said.\n\n"Pier Life."').map((r) => r[0]), ['the mayor', 'the mayor']);
});

test('a quote with no source hands no speaker on to the quote-only paragraph after it', () => {
  const rows = quotesOf('"We will rebuild," the mayor said.\n\nThe pier is expected to reopen.\n\n"It will be better than before."');
  assert.deepEqual(rows.map((r) => r[0]), ['the mayor', '-', 'the mayor']);
});
