import type { Doc, Quote } from '../../core/doc.js';
import { storyBlocks } from '../../core/doc.js';
import { contains, findContaining, firstStartingAt, type Span } from '../../core/span.js';
import { carryOverQuotes } from './carry-over.js';
import { tokenAt } from './cue-context.js';
import { mainSubject } from './cue-neighbours.js';
import { findCueQuotes, type FoundQuote } from './find-cue-quotes.js';
import { agentLike } from './stance-quote.js';
import { findPredicateQuotes } from './predicate-quotes.js';
import { findSourcelessQuotes } from './sourceless-quotes.js';
import { findPassiveQuotes } from './passive-quotes.js';
import { findInSourceQuotes } from './in-source-quotes.js';
import { findColonQuotes } from './colon-quotes.js';
import { findReadsQuotes } from './text-reads.js';
import { findQuotedSpans } from './quote-marks.js';
import { findSingleQuotedSpans } from './single-quotes.js';
import { quoteKind } from './quote-kind.js';
import { quoteUnits } from './quote-units.js';
import { resolveSpeaker } from './resolve-speaker.js';
import { sourceBefore, word } from './source-phrase.js';
import { speechCues } from './cues.data.js';
import { isCueWord } from './cue-word.js';


/**
 * Every quote in the headline and body of a Doc that has sentences and tokens: cue-anchored
 * direct, indirect and mixed quotes, then quote-mark stretches with no cue of their own, which
 * carry the speaker over from the quote before. Pure: the Doc is not changed.
 * Example: for `Mr Key said training is "definitely an option."` gives one `mixed` quote
 * with cue "said" and source "Mr Key".
 */
export function findQuotes(doc: Doc): Quote[] {
  const text = doc.text;
  const blocks = storyBlocks(doc);
  const tokens = doc.layers.tokens ?? [];
  const quoted = [...findQuotedSpans(text, blocks), ...findSingleQuotedSpans(text, blocks)].sort((a, b) => a.start - b.start);
  const units = quoteUnits(text, doc.layers.sentences ?? [], quoted, blocks);
  const ctx = { text, tokens, quoted };
  const found = dropNested(dedupe([...findCueQuotes(ctx, units), ...findPredicateQuotes(ctx, units), ...findSourcelessQuotes(ctx, units), ...findPassiveQuotes(ctx, units), ...findInSourceQuotes(ctx, units), ...findReadsQuotes(ctx, units), ...findColonQuotes(text, blocks, tokens, { names: (doc.layers.mentions ?? []).filter((m) => m.kind === 'name') })]), blocks);
  const speakers = found.map((f) => resolveSpeaker(doc, f.source));
  const subjectOf = (q: { start: number }) => {
    const unit = findContaining(units, q.start);
    if (unit < 0) return null;
    const subject = mainSubject(ctx, tokenAt(tokens, units[unit].start), tokenAt(tokens, q.start));
    return subject && agentLike(ctx, subject) ? subject : null;
  };
  const introOf = (q: { start: number }) => {
    const at = lowerUnit(units, q.start) - 1;
    if (at < 0 || !/:\s*$/.test(text.slice(units[at].start, units[at].end))) return null;
    const t0 = tokenAt(tokens, units[at].start);
    const colon = tokenAt(tokens, units[at].end) - 1;
    if (colon <= t0) return null;
    // "He said:" names its cue; "made the following comment:" has the colon as cue.
    // "The Times reports:" (wink: reports/NOUN) names it; "the following comment:" does not.
    const w = word(text, tokens, colon - 1);
    const named = isCueWord(w) && !['DET', 'ADJ'].includes(tokens[colon - 2]?.pos ?? '') && word(text, tokens, colon - 2) !== 'following' && (['VERB', 'AUX'].includes(tokens[colon - 1].pos) || (speechCues.has(w) && speechCues.get(w) !== w));
    const source = (named ? sourceBefore(text, tokens, colon - 1, t0) : null) ?? mainSubject(ctx, t0, colon);
    return source ? { cue: named ? { start: tokens[colon - 1].start, end: tokens[colon].end } : tokens[colon], source } : null;
  };
  const carried = carryOverQuotes(text, quoted, found, blocks, { subjectOf, introOf });
  const quotes: Quote[] = [
    ...found.map((f, i) => ({ ...f, speaker: speakers[i], kind: quoteKind(text, f.content, quoted) })),
    ...carried.map(({ from, ...f }) => ({ ...f, speaker: from === null ? resolveSpeaker(doc, f.source) : speakers[from], kind: quoteKind(text, f.content, quoted) })),
  ];
  return quotes.sort((a, b) => a.content[0].start - b.content[0].start);
}

// A stance quote whose speaker sits inside another quote's content is reported by that
// speaker ("Trump said Clinton called them ..."): the outer quote stands for both.
// Index of the first unit starting at or after `offset`.
const lowerUnit = firstStartingAt;

// Only quotes of the same paragraph can hold each other, so each is checked against those.
function dropNested(found: FoundQuote[], blocks: readonly Span[]): FoundQuote[] {
  const byBlock = new Map<number, FoundQuote[]>();
  for (const f of found) {
    const b = findContaining(blocks, f.content[0].start);
    byBlock.set(b, [...(byBlock.get(b) ?? []), f]);
  }
  return found.filter((f) => {
    if (!f.source) return true;
    const near = byBlock.get(findContaining(blocks, f.source.start)) ?? [];
    return !near.some((g) => g !== f && f.confidence <= 0.5 && g.confidence > f.confidence && g.content.some((c) => contains(c, f.source!)));
  });
}

// Sorted by content start; two cues that yield the same content keep the first.
function dedupe(found: FoundQuote[]): FoundQuote[] {
  const sorted = [...found].sort((a, b) => a.content[0].start - b.content[0].start || a.content[0].end - b.content[0].end);
  return sorted.filter((f, i) => i === 0 || f.content[0].start !== sorted[i - 1].content[0].start || f.content[0].end !== sorted[i - 1].content[0].end);
}
