import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { insideQuote, tokenAt, trimContent } from './cue-context.js';
import { contentEnd } from './cue-neighbours.js';
import type { FoundQuote } from './find-cue-quotes.js';
import { word } from './source-phrase.js';

// Nouns for sources that report findings (PARC counts "in the poll" like "according to").
const FINDINGS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'average', 'averages', 'rankings',
  'tally', 'count', 'estimate', 'estimates', 'data', 'findings', 'report', 'report', 'reports', 'census', 'forecast', 'model']);

/**
 * `In the latest CNN poll, Trump leads by six points.`: an opening "In" phrase headed by a poll,
 * survey or study is the source of the clause after its comma.
 * Example: the content is `Trump leads by six points`, the cue `In`, the source
 * `the latest CNN poll`.
 */
export function findInSourceQuotes(ctx: CueContext, units: readonly Span[]): FoundQuote[] {
  const { text, tokens } = ctx;
  const out: FoundQuote[] = [];
  for (const unit of units) {
    const t0 = tokenAt(tokens, unit.start);
    const t1 = tokenAt(tokens, unit.end);
    let c = t0;
    while (c < t1 && ['but', 'and', 'yet', 'still', 'meanwhile', ','].includes(word(text, tokens, c))) c++;
    if (word(text, tokens, c) !== 'in' || insideQuote(ctx.quoted, tokens[c].start)) continue;
    let k = c + 1;
    let head = -1;
    while (k < t1 && k - c < 20 && word(text, tokens, k) !== ',') {
      if (FINDINGS.has(word(text, tokens, k))) head = k;
      if (tokens[k].pos === 'VERB' && !word(text, tokens, k).endsWith('ed')) break;
      k++;
    }
    if (head < 0 || word(text, tokens, k) !== ',' || k + 1 >= t1) continue;
    const end = contentEnd(ctx, k + 1, t1, unit);
    out.push({
      content: [trimContent(text, { start: tokens[k + 1].start, end })],
      cue: tokens[c],
      source: { start: tokens[c + 1].start, end: tokens[k - 1].end },
      confidence: 0.6,
    });
  }
  return out;
}
