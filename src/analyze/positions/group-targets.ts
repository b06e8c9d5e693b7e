import { targetTerms, type TargetLinks, type TargetTerm } from './target-terms.js';

/** How often each target key occurs in a story, and the words it was written as. */
export interface TargetVocabulary {
  readonly frequency: ReadonlyMap<string, number>;
  /** key -> surface (lowercased) -> count */
  readonly surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * Counts target keys over a story's texts (one pass per text), or over terms already read
 * from them (`termLists`, to read each text once).
 * Example: `targetVocabulary(['SAS troops and special forces'], links).frequency.get('armed forces')` is 3
 * when `links` maps "sas" to "armed forces".
 */
export function targetVocabulary(texts: readonly string[], links: TargetLinks, termLists?: readonly (readonly TargetTerm[])[]): TargetVocabulary {
  const frequency = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const terms of termLists ?? texts.map((text) => targetTerms(text, links))) {
    for (const t of terms) {
      frequency.set(t.key, (frequency.get(t.key) ?? 0) + 1);
      let s = surfaces.get(t.key);
      if (!s) surfaces.set(t.key, (s = new Map()));
      const surface = t.surface.length <= 4 && t.surface === t.surface.toUpperCase() ? t.surface : t.surface.toLowerCase();
      s.set(surface, (s.get(surface) ?? 0) + 1);
    }
  }
  return { frequency, surfaces };
}

/** One statement's candidate target words: in the quote itself, and in the rest of its sentence. */
export interface TargetEvidence {
  readonly actor: string;
  readonly content: readonly TargetTerm[];
  readonly context: readonly TargetTerm[];
  /** Keys never chosen for this statement: the speaker's own name words. */
  readonly exclude?: ReadonlySet<string>;
}

export interface ChooseTargetsOptions {
  /** Multiplier per key, e.g. 0.5 for place names, which are settings more often than targets. */
  readonly keyWeight?: ReadonlyMap<string, number>;
  readonly contentWeight?: number;
  /** How much an actor's habit counts: score * (1 + actorWeight * share of their statements using the word). */
  readonly actorWeight?: number;
}

/**
 * Picks one target key per statement: the candidate word that is frequent in the story, said
 * by this actor in many statements, and inside the quote rather than around it. Score =
 * (in quote ? contentWeight : 1) * log(1 + story frequency) * (1 + share of the actor's statements
 * using it) * keyWeight. Returns '' when a statement has no candidate.
 * Example: for Key's "definitely an option" (context "... decision to send troops ...") and
 * "rule out special forces", both get 'armed forces'.
 */
export function chooseTargets(items: readonly TargetEvidence[], vocabulary: TargetVocabulary, { keyWeight = new Map(), contentWeight = 2, actorWeight = 1 }: ChooseTargetsOptions = {}): string[] {
  const byActor = new Map<string, Map<string, number>>();
  const actorTotal = new Map<string, number>();
  for (const item of items) {
    const keys = new Set([...item.content, ...item.context].map((t) => t.key));
    let counts = byActor.get(item.actor);
    if (!counts) byActor.set(item.actor, (counts = new Map()));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    actorTotal.set(item.actor, (actorTotal.get(item.actor) ?? 0) + 1);
  }
  return items.map((item) => {
    const counts = byActor.get(item.actor)!;
    const total = actorTotal.get(item.actor)!;
    const score = new Map<string, number>();
    const add = (terms: readonly TargetTerm[], weight: number): void => {
      for (const t of terms) {
        if (item.exclude?.has(t.key)) continue;
        const s = weight * Math.log(1 + (vocabulary.frequency.get(t.key) ?? 1)) * (1 + actorWeight * (counts.get(t.key) ?? 0) / total) * (keyWeight.get(t.key) ?? 1);
        score.set(t.key, Math.max(score.get(t.key) ?? 0, s));
      }
    };
    add(item.context, 1);
    add(item.content, contentWeight);
    let best = '';
    let bestScore = 0;
    for (const [k, s] of score) if (s > bestScore) { best = k; bestScore = s; }
    return best;
  });
}

/**
 * A readable label for a target key: its one or two most frequent written forms.
 * Example: `targetLabel('armed forces', vocabulary)` is `'troops / forces'` in the seed story.
 */
export function targetLabel(key: string, vocabulary: TargetVocabulary): string {
  const forms = [...(vocabulary.surfaces.get(key) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  return forms.length ? forms.slice(0, 2).join(' / ') : key;
}

/**
 * The headline names what a story is about: its target words weigh `boost` times more when a
 * statement's target is chosen. Words already weighted (place names) keep their own weight.
 * Example: `headlineWeights(['Panel votes to hold aide in contempt'], new Map())` maps 'contempt' to 2.
 */
export function headlineWeights(titles: readonly string[], links: TargetLinks, base: ReadonlyMap<string, number> = new Map(), boost = 1.5): Map<string, number> {
  const out = new Map(base);
  for (const title of titles) for (const t of targetTerms(title, links)) if (!out.has(t.key)) out.set(t.key, boost);
  return out;
}
