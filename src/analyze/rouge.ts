import { porterStem } from './porter-stemmer.js';

/** ROUGE settings; the defaults are DUC's `-m -l <limit> -f A -p 0.5` with stopwords kept. See docs/rouge.md. */
export interface RougeOptions {
  /** Word limit applied to system and reference summaries alike (ROUGE `-l`); 0 = none. */
  readonly wordLimit?: number;
  /** Porter-stem words longer than 3 characters (ROUGE `-m`). */
  readonly stem?: boolean;
  /** 'A' = pool hits and counts over the references; 'B' = best single reference (ROUGE `-f`). */
  readonly formula?: 'A' | 'B';
  /** Weight of recall in F (ROUGE `-p`); 0.5 = F1. */
  readonly alpha?: number;
}

/** ROUGE recall, precision and F (alpha-weighted; F1 at the default), each 0..1. */
export interface RougeScore {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
}

/**
 * ROUGE-1.5.5 tokens of a summary given one sentence a line: lines lowercased, cut to `wordLimit`
 * whitespace-separated words (before punctuation is removed, as ROUGE's readText does), then
 * every character outside [a-z0-9-] becomes a space, "-" is split off and dropped, and words
 * longer than 3 characters are Porter-stemmed.
 * Example: `rougeTokens('U.S. troops were running.', {wordLimit: 3})` is `['u', 's', 'troop', 'were']`.
 */
export function rougeTokens(summary: string, { wordLimit = 0, stem = true }: RougeOptions = {}): string[] {
  const lines = summary.split('\n').map((line) => line.trim().toLowerCase()).filter((line) => line.length > 0);
  const kept: string[] = [];
  let count = 0;
  for (const line of lines) {
    const words = line.split(/\s+/);
    if (wordLimit > 0 && count + words.length >= wordLimit) {
      kept.push(words.slice(0, wordLimit - count).join(' '));
      break;
    }
    kept.push(line);
    count += words.length;
  }
  const cleaned = kept.join(' ').replace(/-/g, ' - ').replace(/[^a-z0-9-]/g, ' ');
  const tokens: string[] = [];
  for (const token of cleaned.split(/\s+/)) {
    if (!/^[a-z0-9]/.test(token)) continue;
    tokens.push(stem && token.length > 3 ? porterStem(token) : token);
  }
  return tokens;
}

function ngramCounts(tokens: readonly string[], n: number): { grams: Map<string, number>; total: number } {
  const grams = new Map<string, number>();
  let total = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
    total++;
  }
  return { grams, total };
}

/** Clipped n-gram hits of a system against one reference. */
function hits(reference: Map<string, number>, system: Map<string, number>): number {
  let h = 0;
  for (const [gram, count] of reference) {
    const s = system.get(gram);
    if (s) h += Math.min(s, count);
  }
  return h;
}

function fMeasure(recall: number, precision: number, alpha: number): number {
  const denominator = (1 - alpha) * precision + alpha * recall;
  return denominator > 0 ? (recall * precision) / denominator : 0;
}

/** One ROUGE-1.5.5 `computeNGramScore` over a set of references. */
function scoreAgainst(refs: ReadonlyArray<{ grams: Map<string, number>; total: number }>,
  system: { grams: Map<string, number>; total: number }, formula: 'A' | 'B', alpha: number): RougeScore {
  let hit = 0, refCount = 0, sysCount = 0, best = -1;
  for (const ref of refs) {
    const h = hits(ref.grams, system.grams);
    if (formula === 'A') {
      hit += h; refCount += ref.total; sysCount += system.total;
    } else {
      const r = ref.total > 0 ? h / ref.total : 0;
      if (r > best) { best = r; hit = h; refCount = ref.total; sysCount = system.total; }
    }
  }
  const recall = refCount > 0 ? hit / refCount : 0;
  const precision = sysCount > 0 ? hit / sysCount : 0;
  return { recall, precision, f1: fMeasure(recall, precision, alpha) };
}

/**
 * ROUGE-N of one system summary against several references, jackknifed as DUC 2005-2007 did:
 * with M > 1 references the score is the mean of the M scores against each leave-one-out set of
 * M-1 references; with one reference it is the plain score. Summaries are one sentence a line.
 * Example: `rougeN('the cat sat', ['the cat sat', 'a dog ran'], 1).recall` is 0.5.
 */
export function rougeN(system: string, references: readonly string[], n: number, options: RougeOptions = {}): RougeScore {
  const { formula = 'A', alpha = 0.5 } = options;
  const sys = ngramCounts(rougeTokens(system, options), n);
  const refs = references.map((r) => ngramCounts(rougeTokens(r, options), n));
  if (refs.length <= 1) return scoreAgainst(refs, sys, formula, alpha);
  let recall = 0, precision = 0, f1 = 0;
  for (let leave = 0; leave < refs.length; leave++) {
    const score = scoreAgainst(refs.filter((_, i) => i !== leave), sys, formula, alpha);
    recall += score.recall; precision += score.precision; f1 += score.f1;
  }
  const m = refs.length;
  return { recall: recall / m, precision: precision / m, f1: f1 / m };
}
