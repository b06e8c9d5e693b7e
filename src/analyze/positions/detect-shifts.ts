import type { Stance } from './stance.data.js';

/** What shift detection needs to know about one statement. */
export interface ShiftInput {
  readonly actor: string;
  readonly target: string;
  /** ISO date (YYYY-MM-DD...) the statement was made or reported; null sorts first. */
  readonly date: string | null;
  /** Order inside the same date (e.g. article index * 1e7 + offset). */
  readonly order: number;
  readonly stance: Stance;
  /** Trigger weight behind the stance (0 = no cue: never part of a shift). */
  readonly score: number;
  /** Tie-break between equally firm statements: higher wins (direct quotes before reported speech). */
  readonly rank?: number;
}

/** A move in one actor's stance on one target between two dates: indexes into the input. */
export interface ShiftPair {
  readonly from: number;
  readonly to: number;
}

export interface DetectShiftsOptions {
  /** Least trigger weight for a statement to count: a lone modal or "against" (weight 1) is too weak to show a change. */
  readonly minScore?: number;
}

/**
 * Finds shifts: for each actor and target, statements are bucketed by date; each date's stance
 * is that of its firmest statement (largest trigger weight; ties: the more decisive stance, then
 * direct quotes, then the earlier one); a shift is recorded whenever that stance differs from the previous
 * date's. Statements on the same date never shift against each other: one article reporting
 * "concerns" and "support" is a mixed position, not a change.
 * Example: Key on troops, reluctant (2014-10-07) -> open (2014-10-21) -> rules_out (2016-02-15)
 * gives two ShiftPairs: reluctant->open and open->rules_out.
 */
export function detectShifts(items: readonly ShiftInput[], { minScore = 2 }: DetectShiftsOptions = {}): ShiftPair[] {
  const groups = new Map<string, number[]>();
  items.forEach((s, i) => {
    if (s.score < minScore || !s.target) return;
    const key = `${s.actor}\u0000${s.target}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(i);
  });
  const shifts: ShiftPair[] = [];
  for (const indexes of groups.values()) {
    const byDate = new Map<string, number[]>();
    for (const i of indexes) {
      const d = (items[i].date ?? '').slice(0, 10);
      (byDate.get(d) ?? byDate.set(d, []).get(d)!).push(i);
    }
    const dates = [...byDate.keys()].sort();
    let previous: { stance: Stance; index: number } | null = null;
    for (const d of dates) {
      const current = dominant(byDate.get(d)!, items);
      if (previous && current.stance !== previous.stance) shifts.push({ from: previous.index, to: current.index });
      previous = current;
    }
  }
  return shifts.sort((a, b) => a.from - b.from || a.to - b.to);
}

const decisiveness: Stance[] = ['rules_out', 'opposes', 'supports', 'reluctant', 'open', 'undecided'];

function dominant(indexes: readonly number[], items: readonly ShiftInput[]): { stance: Stance; index: number } {
  let index = indexes[0];
  for (const i of indexes) {
    const it = items[i];
    const cur = items[index];
    const better = it.score - cur.score ||
      decisiveness.indexOf(cur.stance) - decisiveness.indexOf(it.stance) ||
      (it.rank ?? 0) - (cur.rank ?? 0) ||
      cur.order - it.order;
    if (better > 0) index = i;
  }
  return { stance: items[index].stance, index };
}
