import type { Evidence } from '../core/span.js';
import type { StoryBundle } from '../core/story.js';
import { selectSentences } from './select-sentences.js';
import { sentenceUnits } from './sentence-units.js';

/** One summary sentence and the article span it was taken from. */
export interface SummarySentence {
  readonly text: string;
  readonly evidence: Evidence[];
}

/** Options of storySummary: `{ words: 100 }` by default. */
export interface StorySummaryOptions {
  /** Word limit (whitespace words); no sentence is cut. */
  readonly words?: number;
  /** ISO date: summarise only articles published after it, leaving out what earlier articles said. */
  readonly since?: string;
  /** Free-text focus ("SAS deployment"). */
  readonly query?: string;
}

/**
 * Extractive multi-document summary of a story within `words`, each sentence with its evidence. With
 * `since`, an update summary: only articles published after that date supply sentences, and concepts
 * the earlier articles already reported count little (DUC 2007 update task). Articles with no date
 * count as earlier. Example: `storySummary(bundle, { words: 60, since: '2015-01-01' })` on the seeds
 * gives sentences of the February 2016 article only.
 */
export function storySummary(bundle: StoryBundle, { words = 100, since, query }: StorySummaryOptions = {}): SummarySentence[] {
  const earlier = new Set<number>();
  if (since) {
    bundle.articles.forEach(({ article }, i) => {
      if (!article.publishedAt || article.publishedAt.slice(0, 10) <= since.slice(0, 10)) earlier.add(i);
    });
    if (earlier.size === bundle.articles.length) return [];
  }
  return selectSentences(sentenceUnits(bundle), { words, query, earlier }).map((u) => ({
    text: u.text,
    evidence: [{ articleId: u.articleId, start: u.start, end: u.end }],
  }));
}
