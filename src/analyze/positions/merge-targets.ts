import { targetTerms, type TargetLinks, type TargetTerm } from './target-terms.js';

export interface MergeTargetsOptions {
  /** Least share of the smaller target's sentences that also name the bigger one. */
  readonly minShare?: number;
  /** Least number of sentences naming both. */
  readonly minBoth?: number;
  /** `targetTerms` of each sentence, when the caller has read them already. */
  readonly sentenceTerms?: readonly (readonly TargetTerm[])[];
}

/**
 * Story-level co-occurrence clustering of chosen target keys: a target that is nearly always
 * talked about in the same sentences as a bigger one is the same target ("training" in a story
 * where training is what the troops would do). Keys are taken biggest first (by statements,
 * then sentences); a key joins the first bigger common-noun key found in at least `minShare` of its
 * sentences (and `minBoth` sentences). Names (keys written capitalised in most sentences:
 * "Trump", "Clinton") never join or absorb others: two people are two targets.
 * Returns key -> merged key for every input key.
 * Example: with sentences "SAS troops would train Iraqis." and "Troops are training." and
 * "Training troops is an option.", `mergeTargets(['train', 'armed forces', 'armed forces'], ...)`
 * maps 'train' to 'armed forces'.
 */
export function mergeTargets(keys: readonly string[], sentences: readonly string[], links: TargetLinks, { minShare = 0.67, minBoth = 2, sentenceTerms }: MergeTargetsOptions = {}): Map<string, string> {
  const statements = new Map<string, number>();
  for (const k of keys) if (k) statements.set(k, (statements.get(k) ?? 0) + 1);
  const inSentences = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const seen = new Map<string, number>();
  const both = new Map<string, number>();
  sentences.forEach((sentence, n) => {
    const found = new Set<string>();
    (sentenceTerms?.[n] ?? targetTerms(sentence, links)).forEach((t, i) => {
      if (!statements.has(t.key)) return;
      found.add(t.key);
      // A lone capitalised first word of a sentence says nothing about being a name.
      if (i > 0 || t.surface.includes(' ') || !sentence.trimStart().startsWith(t.surface)) {
        seen.set(t.key, (seen.get(t.key) ?? 0) + 1);
        if (/^[A-Z]/.test(t.surface)) capitalised.set(t.key, (capitalised.get(t.key) ?? 0) + 1);
      }
    });
    for (const k of found) inSentences.set(k, (inSentences.get(k) ?? 0) + 1);
    const list = [...found];
    for (const a of list) for (const b of list) if (a !== b) both.set(`${a}\u0000${b}`, (both.get(`${a}\u0000${b}`) ?? 0) + 1);
  });
  const isName = (k: string) => (capitalised.get(k) ?? 0) > 0 && (capitalised.get(k) ?? 0) >= 0.8 * (seen.get(k) ?? 0);
  const order = [...statements.keys()].sort((a, b) => statements.get(b)! - statements.get(a)! || (inSentences.get(b) ?? 0) - (inSentences.get(a) ?? 0));
  const kept: string[] = [];
  const merged = new Map<string, string>();
  for (const k of order) {
    const n = inSentences.get(k) ?? 0;
    const into = isName(k) ? undefined : kept.find((big) => {
      const shared = both.get(`${k}\u0000${big}`) ?? 0;
      return !isName(big) && shared >= minBoth && shared >= minShare * n;
    });
    merged.set(k, into ?? k);
    if (!into) kept.push(k);
  }
  return merged;
}
