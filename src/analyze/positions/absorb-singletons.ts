import type { TargetEvidence } from './group-targets.js';

/**
 * One speaker in one article mostly talks about one thing: prefer fewer, bigger targets. Every
 * statement alone on its target joins the speaker's main target in that article: the key most of
 * their statements there have (at least two), or, when no key repeats, the one of their keys that
 * most statements of the article share (any speaker, at least two). A key the speaker uses twice
 * or more stays its own target.
 * `groupOf(i)` names the article of statement i. Returns the new key per statement.
 * Example: Cruz's statements keyed 'trump', 'trump', 'wife', 'tax', '' -> all 'trump'; Lynch's
 * 'contempt', 'comfort' where another speaker also has 'contempt' -> 'contempt', 'contempt'.
 */
export function absorbSingletons(items: readonly TargetEvidence[], keys: readonly string[], groupOf: (index: number) => string): string[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const g = `${item.actor}\u0000${groupOf(i)}`;
    (groups.get(g) ?? groups.set(g, []).get(g)!).push(i);
  });
  // How many statements of the article (any speaker) have each key: a story-level target.
  const shared = new Map<string, number>();
  keys.forEach((k, i) => { if (k) shared.set(`${groupOf(i)}\u0000${k}`, (shared.get(`${groupOf(i)}\u0000${k}`) ?? 0) + 1); });
  const out = [...keys];
  for (const members of groups.values()) {
    const counts = new Map<string, number>();
    for (const i of members) if (keys[i]) counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
    let main = '';
    for (const [k, n] of counts) if (n >= 2 && n > (counts.get(main) ?? 0)) main = k;
    // No key repeats: the one most statements of the article share (any speaker), if it is shared at all.
    if (!main) for (const k of counts.keys()) if ((shared.get(`${groupOf(members[0])}\u0000${k}`) ?? 0) > Math.max(1, shared.get(`${groupOf(members[0])}\u0000${main}`) ?? 0)) main = k;
    if (!main) continue;
    for (const i of members) {
      if (keys[i] === main || (counts.get(keys[i]) ?? 0) > 1) continue;
      // An aside ("my wife"), or no target word at all ("She's a disgrace"): still the main subject.
      out[i] = main;
    }
  }
  return out;
}
