/** A labelled span, as in the entities gold files. */
export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** Precision, recall, F1 and the counts behind them. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly predicted: number;
  readonly gold: number;
}

/**
 * Running exact-match counts per label.
 * Example: `const c = new SpanCounter(['PER']); c.add(gold, predicted); c.scores().overall.f1`.
 */
export class SpanCounter {
  private readonly counts = new Map<string, { tp: number; predicted: number; gold: number }>();
  constructor(private readonly labels: readonly string[]) {}

  /** Adds one document: a prediction counts only when start, end and label all equal a gold span. */
  add(gold: readonly LabelledSpan[], predicted: readonly LabelledSpan[]): void {
    const key = (s: LabelledSpan) => `${s.start}:${s.end}:${s.label}`;
    const goldKeys = new Set(gold.filter((s) => this.labels.includes(s.label)).map(key));
    for (const label of this.labels) {
      const c = this.counts.get(label) ?? { tp: 0, predicted: 0, gold: 0 };
      c.gold += gold.filter((s) => s.label === label).length;
      for (const p of predicted) {
        if (p.label !== label) continue;
        c.predicted++;
        if (goldKeys.has(key(p))) c.tp++;
      }
      this.counts.set(label, c);
    }
  }

  /** Scores per label plus `overall` (micro-average over the labels). */
  scores(): Record<string, Prf> {
    const out: Record<string, Prf> = {};
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const label of this.labels) {
      const c = this.counts.get(label) ?? { tp: 0, predicted: 0, gold: 0 };
      out[label] = prf(c.tp, c.predicted, c.gold);
      tp += c.tp;
      predicted += c.predicted;
      gold += c.gold;
    }
    out.overall = prf(tp, predicted, gold);
    return out;
  }
}

/** P/R/F1 from counts; 0 where undefined. Example: `prf(8, 10, 16).f1` is 0.6153…. */
export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted, gold };
}
