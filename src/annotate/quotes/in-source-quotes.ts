import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { insideQuote, tokenAt, trimContent } from './cue-context.js';
import { contentEnd } from './cue-neighbours.js';
import type { FoundQuote } from './find-cue-quotes.js';
import { word } from './source-phrase.js';

// Nouns for sources that report findings (PARC counts "in the poll" like "according to").
const FINDINGS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'average', 'averages', 'rankings',
  'tally', 'count', 'estimate', 'estimates', 'data', 'findings', 'report', 'reports', 'census', 'forecast', 'model']);

/**
 * `In the latest CNN poll, Trump leads by six points.`: an opening "In" phrase headed by a poll,
 * survey or study is the source of the clause after its comma.
 * A closing "in the latest poll" works the same way.
 * Example: the content is `Trump leads by six points`, the cue `In`, the source
 * `the latest CNN poll`.
 */
export function findInSourceQuotes(ctx: CueContext, units: readonly Span[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const unit of units) {
    const t0 = tokenAt(ctx.tokens, unit.start);
    const t1 = tokenAt(ctx.tokens, unit.end);
    const found = openingPoll(ctx, unit, t0, t1) ?? trailingPoll(ctx, unit, t0, t1);
    if (found) out.push(found);
  }
  return out;
}

// `In the latest CNN poll, Trump leads ...`: an opening "in" phrase headed by a poll, then a comma.
function openingPoll(ctx: CueContext, unit: Span, t0: number, t1: number): FoundQuote | null {
  const { text, tokens } = ctx;
  let c = t0;
  while (c < t1 && ['but', 'and', 'yet', 'still', 'meanwhile', ','].includes(word(text, tokens, c))) c++;
  if (word(text, tokens, c) !== 'in' || insideQuote(ctx.quoted, tokens[c].start)) return null;
  let k = c + 1;
  let head = -1;
  while (k < t1 && k - c < 20 && word(text, tokens, k) !== ',') {
    if (FINDINGS.has(word(text, tokens, k))) head = k;
    if (tokens[k].pos === 'VERB' && !word(text, tokens, k).endsWith('ed')) break;
    k++;
  }
  if (head < 0 || word(text, tokens, k) !== ',' || k + 1 >= t1) return null;
  return {
    content: [trimContent(text, { start: tokens[k + 1].start, end: contentEnd(ctx, k + 1, t1, unit) })],
    cue: tokens[c],
    source: { start: tokens[c + 1].start, end: tokens[k - 1].end },
    confidence: 0.6,
  };
}

// `Clinton leads by six points in the latest CNN poll.`: a closing "in" phrase headed by a poll.
function trailingPoll(ctx: CueContext, unit: Span, t0: number, t1: number): FoundQuote | null {
  const { text, tokens } = ctx;
  let end = t1;
  while (end > t0 && tokens[end - 1].pos === 'PUNCT') end--;
  for (let c = end - 2; c > t0 + 2 && c > end - 10; c--) {
    if (word(text, tokens, c) !== 'in' || insideQuote(ctx.quoted, tokens[c].start)) continue;
    let head = -1;
    for (let k = c + 1; k < end; k++) {
      if (FINDINGS.has(word(text, tokens, k))) head = k;
      else if (!['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(tokens[k].pos) && word(text, tokens, k) !== '/') return null;
    }
    if (head < 0) return null;
    return {
      content: [trimContent(text, { start: unit.start, end: tokens[c].start })],
      cue: tokens[c],
      source: { start: tokens[c + 1].start, end: tokens[end - 1].end },
      confidence: 0.55,
    };
  }
  return null;
}
