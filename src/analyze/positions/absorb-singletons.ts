import type { TargetEvidence } from './group-targets.js';

/**
 * One speaker in one article mostly talks about one thing: a statement that is alone on its
 * target joins the speaker's main target in that article (the one most of their statements
 * there have, at least two) when that target's word is in the statement or its sentence too,
 * and a statement with no target word at all joins it always.
 * `groupOf(i)` names the article of statement i. Returns the new key per statement.
 * Example: Cruz's three statements keyed 'trump', 'trump', 'wife', where the third's sentence
 * also names Trump -> 'trump', 'trump', 'trump'.
 */
export function absorbSingletons(items: readonly TargetEvidence[], keys: readonly string[], groupOf: (index: number) => string): string[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const g = `${item.actor}\u0000${groupOf(i)}`;
    (groups.get(g) ?? groups.set(g, []).get(g)!).push(i);
  });
  const out = [...keys];
  for (const members of groups.values()) {
    const counts = new Map<string, number>();
    for (const i of members) if (keys[i]) counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
    let main = '';
    for (const [k, n] of counts) if (n >= 2 && n > (counts.get(main) ?? 0)) main = k;
    if (!main) continue;
    for (const i of members) {
      if (keys[i] === main || (counts.get(keys[i]) ?? 0) > 1) continue;
      // No target word at all ("She's a disgrace"): the speaker is still on their main subject.
      if (!keys[i] || [...items[i].content, ...items[i].context].some((t) => t.key === main)) out[i] = main;
    }
  }
  return out;
}
