import type { ShiftInput } from './detect-shifts.js';
import type { Stance } from './stance.data.js';

/** Two actors on opposite sides of one target: indexes into the input statements. */
export interface DisagreementPair {
  readonly target: string;
  readonly a: number;
  readonly b: number;
}

export interface FindDisagreementsOptions {
  /** Longest gap between the two statements' dates, in days ("at the same time"). */
  readonly windowDays?: number;
  /** Least trigger strength for a statement to count: 3 = a real stance word ("oppose", "back", "an option"); modals ("need to", 2), tone and bare assertions never make a disagreement. */
  readonly minScore?: number;
}

const side: Record<Stance, number> = { supports: 1, open: 1, undecided: 0, reluctant: -1, opposes: -1, rules_out: -1 };

function days(a: string | null, b: string | null): number {
  if (!a || !b) return a === b ? 0 : Infinity;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/**
 * Finds disagreements: for each target and each pair of actors where one says it favours the
 * target (supports/open) and the other is against it (reluctant/opposes/rules_out) within
 * `windowDays`, one pair: the firmest two statements (largest summed trigger weight).
 * `a` is the favouring side. Statements under `minScore` trigger weight never count.
 * Example: Strada supports the 9/11 lawsuit bill and the White House opposes it on the same day
 * -> `[{ target: 'legislation', a: <Strada's>, b: <the White House's> }]`.
 */
export function findDisagreements(items: readonly ShiftInput[], { windowDays = 30, minScore = 3 }: FindDisagreementsOptions = {}): DisagreementPair[] {
  const byTarget = new Map<string, number[]>();
  items.forEach((s, i) => {
    if (!s.target || s.score < minScore || side[s.stance] === 0) return;
    (byTarget.get(s.target) ?? byTarget.set(s.target, []).get(s.target)!).push(i);
  });
  const out: DisagreementPair[] = [];
  for (const [target, indexes] of byTarget) {
    const best = new Map<string, { a: number; b: number; score: number }>();
    const pro = indexes.filter((i) => side[items[i].stance] > 0);
    const con = indexes.filter((i) => side[items[i].stance] < 0);
    for (const a of pro) {
      for (const b of con) {
        if (items[a].actor === items[b].actor || days(items[a].date, items[b].date) > windowDays) continue;
        const key = `${items[a].actor}\u0000${items[b].actor}`;
        const score = items[a].score + items[b].score;
        if ((best.get(key)?.score ?? -1) < score) best.set(key, { a, b, score });
      }
    }
    for (const { a, b } of best.values()) out.push({ target, a, b });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}
