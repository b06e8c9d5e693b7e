import type { QuoteKind } from '../core/doc.js';

/** A gold or predicted attribution in the PolNeAR eval format, spans as [start, end) pairs. */
export interface Attribution {
  readonly content: [number, number][];
  readonly source: [number, number][] | null;
  readonly cue: [number, number][] | null;
  readonly kind: QuoteKind;
}

/** Running counts for the quotes eval; `add` one article at a time, then `report`. */
export interface QuoteCounts {
  pred: number; predMatched: number; gold: number; goldMatched: number;
  predExact: number; goldExact: number;
  oneToOne: number;
  cuePred: number; cuePredMatched: number; cueGold: number; cueGoldMatched: number;
  speakerGold: number; speakerRight: number; speakerGoldAll: number; speakerRightAll: number; speakerRightByOverlap: number;
  byKind: Record<QuoteKind, { pred: number; predMatched: number; gold: number; goldMatched: number }>;
}

/** Zeroed counts. */
export function emptyCounts(): QuoteCounts {
  const k = () => ({ pred: 0, predMatched: 0, gold: 0, goldMatched: 0 });
  return {
    pred: 0, predMatched: 0, gold: 0, goldMatched: 0, predExact: 0, goldExact: 0, oneToOne: 0,
    cuePred: 0, cuePredMatched: 0, cueGold: 0, cueGoldMatched: 0,
    speakerGold: 0, speakerRight: 0, speakerGoldAll: 0, speakerRightAll: 0, speakerRightByOverlap: 0,
    byKind: { direct: k(), indirect: k(), mixed: k() },
  };
}

const hit = (a: readonly [number, number][], b: readonly [number, number][]) => a.some(([s, e]) => b.some(([t, f]) => s < f && t < e));
const overlapSize = (a: readonly [number, number][], b: readonly [number, number][]) =>
  a.reduce((n, [s, e]) => n + b.reduce((m, [t, f]) => m + Math.max(0, Math.min(e, f) - Math.max(s, t)), 0), 0);

const size = (a: readonly [number, number][]) => a.reduce((n, [s, e]) => n + e - s, 0);

// The set of characters a span list covers, whitespace-trimmed per fragment, as a key.
function exactKey(text: string, spans: readonly [number, number][]): string {
  return spans.map(([s, e]) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    return `${s}-${e}`;
  }).join(',');
}

/**
 * Adds one article's predictions against its gold: content overlap and exact matches (the
 * README's metric: a prediction matches any gold it overlaps), a one-to-one variant (each gold
 * used once, greedy by overlap size), cue overlap, and speaker-span accuracy over matched gold
 * (the prediction whose content has the highest overlap-over-union with the gold content is
 * the one whose source is judged).
 */
export function addArticle(c: QuoteCounts, text: string, gold: readonly Attribution[], pred: readonly Attribution[]): void {
  c.gold += gold.length;
  c.pred += pred.length;
  const goldKeys = new Set(gold.map((g) => exactKey(text, g.content)));
  const predKeys = new Set(pred.map((p) => exactKey(text, p.content)));
  for (const p of pred) {
    const m = gold.some((g) => hit(p.content, g.content));
    if (m) c.predMatched++;
    if (goldKeys.has(exactKey(text, p.content))) c.predExact++;
    c.byKind[p.kind].pred++;
    if (m) c.byKind[p.kind].predMatched++;
  }
  const used = new Set<number>();
  const pairs = gold.flatMap((g, gi) => pred.map((p, pi) => ({ gi, pi, n: overlapSize(g.content, p.content) }))).filter((x) => x.n > 0).sort((a, b) => b.n - a.n);
  const taken = new Set<number>();
  for (const { gi, pi } of pairs) if (!used.has(gi) && !taken.has(pi)) { used.add(gi); taken.add(pi); c.oneToOne++; }
  for (const g of gold) {
    c.byKind[g.kind].gold++;
    if (predKeys.has(exactKey(text, g.content))) c.goldExact++;
    // The prediction aligned with this gold one: highest overlap over union (IoU) of content.
    // (Also kept: the first prediction with the largest overlap, a looser alignment.)
    let best: Attribution | null = null;
    let bestIou = 0;
    let byOverlap: Attribution | null = null;
    let bestN = 0;
    const gLen = size(g.content);
    for (const p of pred) {
      const n = overlapSize(g.content, p.content);
      const iou = n / (gLen + size(p.content) - n);
      if (n > 0 && iou > bestIou) { best = p; bestIou = iou; }
      if (n > bestN) { byOverlap = p; bestN = n; }
    }
    if (!best) continue;
    c.goldMatched++;
    c.byKind[g.kind].goldMatched++;
    c.speakerGoldAll++;
    const right = g.source ? !!best.source && hit(best.source, g.source) : !best.source;
    if (right) c.speakerRightAll++;
    if (g.source) {
      c.speakerGold++;
      if (right) c.speakerRight++;
      if (byOverlap?.source && hit(byOverlap.source, g.source)) c.speakerRightByOverlap++;
    }
  }
  const goldCues = gold.flatMap((g) => (g.cue ? [g.cue] : []));
  const predCues = pred.flatMap((p) => (p.cue ? [p.cue] : []));
  c.cueGold += goldCues.length;
  c.cuePred += predCues.length;
  c.cueGoldMatched += goldCues.filter((g) => predCues.some((p) => hit(g, p))).length;
  c.cuePredMatched += predCues.filter((p) => goldCues.some((g) => hit(g, p))).length;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;
const prf = (pm: number, p: number, gm: number, g: number) => {
  const precision = p ? pm / p : 0;
  const recall = g ? gm / g : 0;
  return { precision: r4(precision), recall: r4(recall), f1: r4(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) };
};

/** The summary numbers of the counts (all rounded to 4 places). */
export function quoteScores(c: QuoteCounts): Record<string, unknown> {
  return {
    predictions: c.pred,
    gold: c.gold,
    contentOverlap: prf(c.predMatched, c.pred, c.goldMatched, c.gold),
    contentExact: prf(c.predExact, c.pred, c.goldExact, c.gold),
    contentOneToOne: prf(c.oneToOne, c.pred, c.oneToOne, c.gold),
    byKind: Object.fromEntries(Object.entries(c.byKind).map(([k, v]) => [k, { ...prf(v.predMatched, v.pred, v.goldMatched, v.gold), gold: v.gold, pred: v.pred }])),
    cueOverlap: prf(c.cuePredMatched, c.cuePred, c.cueGoldMatched, c.cueGold),
    speakerAccuracy: r4(c.speakerGold ? c.speakerRight / c.speakerGold : 0),
    speakerAccuracyMaxOverlapAligned: r4(c.speakerGold ? c.speakerRightByOverlap / c.speakerGold : 0),
    speakerAccuracyWithNull: r4(c.speakerGoldAll ? c.speakerRightAll / c.speakerGoldAll : 0),
    speakerJudged: c.speakerGold,
  };
}
