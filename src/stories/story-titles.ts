import type Database from 'better-sqlite3';
import type { StoryClusterer } from './story-clusterer.js';
import { termCounts } from './terms.js';
import { sublinear, weightedCosine } from './weighted-cosine.js';

/** How central a title is to a story: idf-weighted cosine with the story's terms; -1 for no title or story. */
function titleScore(clusterer: StoryClusterer, storyId: string, title: string): number {
  const story = clusterer.stories.get(storyId);
  if (!story || !title) return -1;
  // Cosine alone favours a long lead sentence over a real headline: past 12 words, scale down.
  const words = title.split(/\s+/).length;
  return weightedCosine(sublinear(termCounts(title)), story.body, (t) => clusterer.df.termIdf(t)) / Math.max(1, words / 12);
}

export type Title = { text: string; articleId: string };

/**
 * The story's title after an article joined it: the most central of its current title, the
 * titles of stories just folded into it, and the article's headline; null when the current
 * one stays. Example: a merge of "Floods hit town" into "River floods" can retitle the story.
 */
export function newTitle(db: Database.Database, clusterer: StoryClusterer, storyId: string, merged: readonly string[], headline: Title): Title | null {
  const titleOf = db.prepare('SELECT title, title_article_id FROM stories WHERE id = ?');
  const current = titleOf.get(storyId) as { title: string; title_article_id: string | null } | undefined;
  const folded = merged.map((id) => titleOf.get(id) as { title: string; title_article_id: string | null } | undefined).flatMap((t) => (t?.title && t.title_article_id ? [{ text: t.title, articleId: t.title_article_id }] : []));
  const candidates = [headline, ...folded].filter((t) => t.text);
  if (!current) return candidates[0] ?? null;
  let best: Title | null = null;
  let bestScore = titleScore(clusterer, storyId, current.title);
  for (const t of candidates) {
    const score = titleScore(clusterer, storyId, t.text);
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return best;
}

