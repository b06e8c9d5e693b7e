import type { Stance } from '../analyze/positions/stance.data.js';
import { stances } from '../analyze/positions/stance.data.js';

/** Stance accuracy with a gold -> predicted confusion table and per-stance recall. */
export interface StanceScores {
  readonly accuracy: number;
  /** Share right on the three sides: for (supports, open), against (reluctant, opposes, rules_out), undecided. */
  readonly sideAccuracy: number;
  readonly confusion: Record<string, Record<string, number>>;
}

const sideOf = (s: Stance): number => (s === 'supports' || s === 'open' ? 1 : s === 'undecided' ? 0 : -1);

/**
 * Scores predicted stances against gold, aligned by index.
 * Example: `stanceScores(['open','opposes'], ['open','rules_out'])` has accuracy 0.5, sideAccuracy 1.
 */
export function stanceScores(predicted: readonly Stance[], gold: readonly Stance[]): StanceScores {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of stances) confusion[g] = Object.fromEntries(stances.map((p) => [p, 0]));
  let right = 0;
  let sideRight = 0;
  gold.forEach((g, i) => {
    confusion[g][predicted[i]]++;
    if (g === predicted[i]) right++;
    if (sideOf(g) === sideOf(predicted[i])) sideRight++;
  });
  const n = gold.length || 1;
  return { accuracy: right / n, sideAccuracy: sideRight / n, confusion };
}

/** Pairwise agreement of two groupings over pairs of items that share a speaker. */
export interface PairScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of same-speaker pairs where both groupings agree (same or different target). */
  readonly agreement: number;
  readonly pairs: number;
}

/**
 * Target grouping agreement: over every pair of statements by the same speaker, does the
 * prediction put them on the same target exactly when gold does? Arrays are aligned by item.
 * Example: speakers ['a','a'], predicted ['x','x'], gold ['p','q'] -> precision 0, agreement 0.
 */
export function pairScores(speakers: readonly string[], predicted: readonly string[], gold: readonly string[]): PairScores {
  let both = 0, predSame = 0, goldSame = 0, agree = 0, pairs = 0;
  for (let i = 0; i < speakers.length; i++) {
    for (let j = i + 1; j < speakers.length; j++) {
      if (speakers[i] !== speakers[j]) continue;
      pairs++;
      const p = predicted[i] === predicted[j];
      const g = gold[i] === gold[j];
      if (p) predSame++;
      if (g) goldSame++;
      if (p && g) both++;
      if (p === g) agree++;
    }
  }
  const precision = predSame ? both / predSame : 0;
  const recall = goldSame ? both / goldSame : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, agreement: pairs ? agree / pairs : 0, pairs };
}

/** Shift precision and recall, plus counts. */
export interface ShiftScores {
  readonly precision: number;
  readonly recall: number;
  readonly predicted: number;
  readonly gold: number;
  readonly matched: number;
}

/**
 * A predicted shift (pair of statement indexes) matches a gold shift when its two statements
 * are by the gold shift's speaker, on the gold shift's target, and carry the gold shift's two
 * stances (either order: inside one article the order said is not always the order written).
 * `goldStance`/`goldTarget`/`speaker` are per statement index.
 * Example: gold shift s5 -> s3 (opposes -> supports) is matched by predicted (s3, s5).
 */
export function shiftScores(predicted: readonly [number, number][], gold: readonly [number, number][], speaker: readonly string[], goldTarget: readonly string[], goldStance: readonly Stance[]): ShiftScores {
  const same = (a: [number, number], g: [number, number]): boolean => {
    const [x, y] = g;
    if (speaker[a[0]] !== speaker[x] || speaker[a[1]] !== speaker[x]) return false;
    if (goldTarget[a[0]] !== goldTarget[x] || goldTarget[a[1]] !== goldTarget[x]) return false;
    const s = [goldStance[a[0]], goldStance[a[1]]].sort().join();
    return s === [goldStance[x], goldStance[y]].sort().join();
  };
  const matchedPredicted = predicted.filter((p) => gold.some((g) => same(p, g))).length;
  const matchedGold = gold.filter((g) => predicted.some((p) => same(p, g))).length;
  return {
    precision: predicted.length ? matchedPredicted / predicted.length : 0,
    recall: gold.length ? matchedGold / gold.length : 0,
    predicted: predicted.length,
    gold: gold.length,
    matched: matchedGold,
  };
}
