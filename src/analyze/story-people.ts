import type { Evidence } from '../core/span.js';
import type { StoryBundle } from '../core/story.js';

/** An actor of a story, pooled over articles by exact name. */
export interface StoryActor {
  readonly name: string;
  readonly type: string;
  readonly roles: string[];
  readonly mentions: number;
  /** Where it is first named in each article that names it. */
  readonly evidence: Evidence[];
}

/**
 * The story's actors from each Doc's entities, pooled by name and type, most mentioned first.
 * Example: on the seed story "John Key" (PER) comes first, named in all three articles.
 */
export function storyActors(bundle: StoryBundle): StoryActor[] {
  const byKey = new Map<string, { name: string; type: string; roles: Set<string>; mentions: number; evidence: Evidence[] }>();
  for (const { doc } of bundle.articles) {
    const mentions = doc.layers.mentions ?? [];
    for (const entity of doc.layers.entities ?? []) {
      const key = `${entity.type}:${entity.name}`;
      const actor = byKey.get(key) ?? byKey.set(key, { name: entity.name, type: entity.type, roles: new Set(), mentions: 0, evidence: [] }).get(key)!;
      actor.mentions += entity.mentions.length;
      for (const role of entity.roles) actor.roles.add(role.title);
      const first = mentions[entity.mentions[0]];
      if (first) actor.evidence.push({ articleId: doc.articleId, start: first.start, end: first.end });
    }
  }
  return [...byKey.values()].map((a) => ({ ...a, roles: [...a.roles] })).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** A quote of the story with its speaker's name and where its content is. */
export interface StoryQuote {
  readonly text: string;
  readonly speaker: string | null;
  readonly kind: string;
  readonly confidence: number;
  readonly evidence: Evidence;
}

/**
 * The story's quotes, direct ones first, then by confidence; content fragments are joined with " ... ".
 * Example: on the seed story one quote reads "definitely an option." spoken by John Key.
 */
export function storyQuotes(bundle: StoryBundle): StoryQuote[] {
  const out: StoryQuote[] = [];
  for (const { doc } of bundle.articles) {
    const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
    for (const q of doc.layers.quotes ?? []) {
      if (!q.content.length) continue;
      const first = q.content[0];
      const last = q.content[q.content.length - 1];
      out.push({
        text: q.content.map((c) => doc.text.slice(c.start, c.end)).join(' ... '),
        // Without a linked entity, the source phrase itself ("the Prime Minister") names the speaker.
        speaker: (q.speaker ? names.get(q.speaker) : undefined) ?? (q.source ? doc.text.slice(q.source.start, q.source.end) : null),
        kind: q.kind, confidence: q.confidence,
        evidence: { articleId: doc.articleId, start: first.start, end: last.end },
      });
    }
  }
  const rank = (q: StoryQuote) => (q.kind === 'direct' ? 1 : 0) + q.confidence + (q.speaker ? 0.5 : 0);
  return out.sort((a, b) => rank(b) - rank(a));
}
