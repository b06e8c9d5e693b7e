import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { insideQuote, quoteAt } from './cue-context.js';
import { speechCues, thoughtCues } from './cues.data.js';
import { isCueWord } from './cue-word.js';
import { sourceBefore, word } from './source-phrase.js';

// What sits around a cue: the clause subject, the quotes just before and after a unit, where a
// cue's tail and its content end. Shared by the cue finders.

/**
 * The subject of the clause's first verb outside quote marks, between tokens `t0` and `c`:
 * the speaker of a participle (`The group released a statement, saying ...`); none after
 * "after/by/before saying". Example: in `Clinton is promising "jobs"` it spans "Clinton".
 */
export function mainSubject(ctx: CueContext, t0: number, c: number): Span | null {
  const prev = ctx.tokens[c - 1];
  if (!prev || prev.pos === 'ADP' || prev.pos === 'SCONJ') return null;
  for (let k = t0; k < c; k++) {
    const pos = ctx.tokens[k].pos;
    // "Although the family moved, his mother refused ..., insisting": an opening subordinate
    // clause (a word wink tags SCONJ) or participle phrase ("Rallying workers, Clinton ...")
    // holds no main subject.
    const comma = openerComma(ctx, t0, k, c);
    if (comma > 0) {
      k = comma;
      continue;
    }
    if ((pos === 'VERB' || pos === 'AUX') && !insideQuote(ctx.quoted, ctx.tokens[k].start)) {
      const subject = sourceBefore(ctx.text, ctx.tokens, k, t0);
      return subject && !insideQuote(ctx.quoted, subject.start) ? subject : null;
    }
  }
  return null;
}

// The comma that closes a subordinate clause or participle phrase opening at token k (at the
// clause start, after a comma or a dash), or -1. Example: in `When it rained, she left` the
// phrase at "When" ends at the comma.
function openerComma(ctx: CueContext, t0: number, k: number, c: number): number {
  const { text, tokens } = ctx;
  const w = word(text, tokens, k);
  const before = k === t0 ? '' : word(text, tokens, k - 1);
  if (k !== t0 && before !== ',' && before !== '-' && before !== '--' && before !== '\u2014') return -1;
  const participle = tokens[k].pos === 'VERB' && w.endsWith('ing');
  if (!participle && !(SUBORDINATORS.has(w) && tokens[k].pos === 'SCONJ')) return -1;
  for (let j = k + 1; j < c && j - k < 30; j++) {
    if (word(text, tokens, j) === ',' && !insideQuote(ctx.quoted, tokens[j].start)) return j;
  }
  return -1;
}

/**
 * The quote that closes right before the unit, on the same line (marks included).
 * Example: for the unit `Clinton said.` in `"Why?" Clinton said.` it spans `"Why?"`.
 */
export function quoteRightBefore(ctx: CueContext, unit: Span): Span | null {
  let i = unit.start;
  while (i > 0 && ctx.text[i - 1] === ' ') i--;
  if (ctx.text[i - 1] !== '"') return null;
  const q = quoteAt(ctx.quoted, i - 1);
  return q && q.closed && q.end === i ? { start: q.start, end: q.end } : null;
}

/**
 * The quoted span that opens right after the unit, on the same line.
 * Example: in `"A," he said. "B."`, after the unit `"A," he said.` it is `"B."`.
 */
export function quoteRightAfter(ctx: CueContext, unit: Span): Span | null {
  let i = unit.end;
  while (i < ctx.text.length && ctx.text[i] === ' ') i++;
  if (ctx.text[i] !== '"') return null;
  const q = quoteAt(ctx.quoted, i);
  return q && q.start === i ? q : null;
}

/**
 * True when token `i` is the closing mark of a closed quoted span.
 * Example: in `"Yes," he said` the token `"` after the comma is.
 */
export function closesQuote(ctx: CueContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || (ctx.text[t.start] !== '"' && ctx.text[t.start] !== "'")) return false;
  const q = quoteAt(ctx.quoted, t.start);
  return !!q && q.closed && q.end === t.end;
}

/**
 * What follows a cue: `short` when it is only a speaker and adverbials up to the unit end
 * (or up to a new quote: `"A," he said, "B."`, whose quote is returned as `nextQuote`).
 * Example: after `said` in `"A," he said in a statement.` the tail is short.
 */
export function tailExtent(ctx: CueContext, c: number, t1: number): { short: boolean; nextQuote: Span | null } {
  const { text, tokens } = ctx;
  // `said Jeffrey Trimble, a senior official with the board that oversees them.`: an
  // appositive after the speaker may be long and hold a relative clause.
  let appositive = false;
  let relative = false;
  for (let k = c + 1; k < t1; k++) {
    const kw = word(text, tokens, k);
    if (kw === '"' || text[tokens[k].start] === '"') {
      const q = quoteAt(ctx.quoted, tokens[k].start);
      if (q && q.start === tokens[k].start) return { short: k - c <= 10, nextQuote: { start: q.start, end: q.end } };
    }
    // `..., he said, and the meeting ended` / `..., lawmakers said Friday, as they bristled`:
    // the attribution ends at the comma before a new clause.
    // `..., he said, adding that ...`: a participle starts the next attribution.
    if (kw === ',' && (['and', 'but'].includes(word(text, tokens, k + 1)) || SUBORDINATORS.has(word(text, tokens, k + 1)) || /ing$/.test(word(text, tokens, k + 1)) && tokens[k + 1]?.pos === 'VERB')) return { short: true, nextQuote: null };
    if (kw === ',' && k > c + 1 && HEADS.has(tokens[k - 1].pos)) appositive = true;
    else if (appositive && RELATIVES.has(kw)) relative = true;
    else if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || kw === 'that' || kw === ':') && !relative) return { short: false, nextQuote: null };
    if (k - c > (appositive ? 40 : 10)) return { short: false, nextQuote: null };
  }
  return { short: true, nextQuote: null };
}

const HEADS = new Set(['PROPN', 'NOUN']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'where']);
const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'when', 'because', 'though', 'although', 'since', 'even', 'if']);

/**
 * Content runs to the unit end, or to a later trailing attribution (", according to X"), or to
 * a coordinated clause with its own speaker and cue (", and human rights groups warned ...").
 * Returns an offset. Example: in `X said A, according to Y.` the content ends before the comma.
 */
export function contentEnd(ctx: CueContext, s: number, t1: number, unit: Span): number {
  const { text, tokens } = ctx;
  for (let k = s + 1; k < t1 - 1; k++) {
    if (word(text, tokens, k) !== ',' || insideQuote(ctx.quoted, tokens[k].start)) continue;
    const next = word(text, tokens, k + 1);
    if (next === 'according' && word(text, tokens, k + 2) === 'to') return tokens[k].start;
    // ", and plans to ...": a second verb phrase with its own cue and the same subject.
    if ((next === 'and' || next === 'but') && isCueWord(word(text, tokens, k + 2)) && ['VERB', 'NOUN'].includes(tokens[k + 2]?.pos ?? '')
      && ['to', 'that'].includes(word(text, tokens, k + 3))) return tokens[k].start;
    if (next === 'and' || next === 'but' || next === 'while') {
      for (let j = k + 2; j < t1 && j < k + 9; j++) {
        const jw = word(text, tokens, j);
        if (speechCues.has(jw) || thoughtCues.has(jw)) {
          if (tokens[j].pos === 'VERB' && j > k + 2) return tokens[k].start;
          break;
        }
        if (tokens[j].pos === 'VERB' || jw === ',') break;
      }
    }
  }
  return unit.end;
}

