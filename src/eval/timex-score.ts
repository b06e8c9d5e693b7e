/** A timex as the gold file and our `--out` write it. */
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string | null;
}

/** Running TempEval-3 counts; add documents with `addTimexScore`, read with `timexScores`. */
export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  valueCorrect: number;
  typeCorrect: number;
}

export const emptyTimexCounts = (): TimexCounts => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, valueCorrect: 0, typeCorrect: 0 });

/**
 * Adds one document to `counts`, TempEval-3 style: each prediction is matched one-to-one to an
 * overlapping gold timex (same span first, then the first overlapping one still free).
 * Example: gold [0,9) "yesterday" 2014-10-06 and prediction [0,9) 2014-10-06 add 1 to strict,
 * relaxed and valueCorrect.
 */
export function addTimexScore(counts: TimexCounts, gold: readonly ScoredTimex[], predicted: readonly ScoredTimex[]): { gold: ScoredTimex; predicted: ScoredTimex }[] {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const used = new Set<number>();
  const pairs: { gold: ScoredTimex; predicted: ScoredTimex }[] = [];
  for (const p of predicted) {
    let index = gold.findIndex((g, i) => !used.has(i) && g.start === p.start && g.end === p.end);
    if (index < 0) index = gold.findIndex((g, i) => !used.has(i) && g.start < p.end && p.start < g.end);
    if (index < 0) continue;
    used.add(index);
    const g = gold[index];
    pairs.push({ gold: g, predicted: p });
    counts.relaxed++;
    if (g.start === p.start && g.end === p.end) counts.strict++;
    if (g.value === p.value) counts.valueCorrect++;
    if (g.type === p.type) counts.typeCorrect++;
  }
  return pairs;
}

const f1 = (tp: number, predicted: number, gold: number) => {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Strict and relaxed extent P/R/F1, value accuracy and type accuracy over relaxed matches, value F1. */
export function timexScores(c: TimexCounts) {
  return {
    gold: c.gold,
    predicted: c.predicted,
    strict: f1(c.strict, c.predicted, c.gold),
    relaxed: f1(c.relaxed, c.predicted, c.gold),
    valueAccuracy: c.relaxed ? c.valueCorrect / c.relaxed : 0,
    valueF1: f1(c.valueCorrect, c.predicted, c.gold).f1,
    typeAccuracy: c.relaxed ? c.typeCorrect / c.relaxed : 0,
  };
}
