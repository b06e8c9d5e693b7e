import type { Token } from '../../core/doc.js';
import { findContaining, firstStartingAt, type Span } from '../../core/span.js';
import type { FoundQuote } from './find-cue-quotes.js';
import type { QuotedSpan } from './quote-marks.js';
import { words } from './source-phrase.js';

/** Read-only view over one Doc that the quote finders share. */
export interface CueContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quoted: readonly QuotedSpan[];
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export const tokenAt: (tokens: readonly Token[], offset: number) => number = firstStartingAt;

/** The quoted span (marks included) holding `offset`, or undefined. */
export function quoteAt(quoted: readonly QuotedSpan[], offset: number): QuotedSpan | undefined {
  const i = findContaining(quoted, offset);
  return i < 0 ? undefined : quoted[i];
}

/** True when `offset` lies between the marks of a quoted span. */
export function insideQuote(quoted: readonly QuotedSpan[], offset: number): boolean {
  const q = quoteAt(quoted, offset);
  return !!q && offset > q.start && offset < q.end;
}

/**
 * Trims a content span the way news attribution corpora mark it (PolNeAR): quote marks stay
 * with the words they enclose (`"It's a tragedy,"` stays whole), a complement keeps its "that",
 * and an unquoted end loses its trailing comma, dash or full stop.
 * Example: `, "definitely an option."` gives `"definitely an option."`; `it works.` gives `it works`.
 */
export function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:;]/.test(text[start])) start++;
  while (end > start && /[\s,;:-]/.test(text[end - 1])) end--;
  if (end > start && text[end - 1] !== '"' && text[end - 1] === '.' && text[end - 2] !== '.') end--;
  return { start, end };
}

/** Where a finder looks: one token of one unit, with the unit's token range [t0, t1). */
export interface UnitToken {
  readonly unit: Span;
  readonly t0: number;
  readonly t1: number;
  /** Index of the token. */
  readonly c: number;
  /** Its lower-cased surface. */
  readonly w: string;
}

/**
 * The token loop the cue finders share: `visit` sees every token of every unit outside quote
 * marks (all but the last `tail` tokens of a unit) whose word `wanted` accepts, and what it
 * returns is kept. `wanted` runs first because it is cheap and rejects almost every token.
 * Example: `scanUnits(ctx, units, (w) => w === 'said', (at) => cueQuote(at))`.
 */
export function scanUnits(ctx: CueContext, units: readonly Span[], wanted: (w: string, c: number) => boolean, visit: (at: UnitToken) => FoundQuote | null, { tail = 0 } = {}): FoundQuote[] {
  const out: FoundQuote[] = [];
  const ws = words(ctx.text, ctx.tokens);
  for (const unit of units) {
    const t0 = tokenAt(ctx.tokens, unit.start);
    const t1 = tokenAt(ctx.tokens, unit.end);
    for (let c = t0; c < t1 - tail; c++) {
      if (!wanted(ws[c], c) || insideQuote(ctx.quoted, ctx.tokens[c].start)) continue;
      const found = visit({ unit, t0, t1, c, w: ws[c] });
      if (found) out.push(found);
    }
  }
  return out;
}
