import type { Article } from './article.js';
import type { Doc } from './doc.js';

/** A story's articles with their Docs, oldest first: what timeline, summary and positions read. */
export interface StoryBundle {
  readonly id: string;
  readonly title: string;
  readonly articles: ReadonlyArray<{ readonly article: Article; readonly doc: Doc }>;
  /** Ids of articles that are near-duplicates of another article in the story (not independent sources). */
  readonly duplicates: readonly string[];
}
