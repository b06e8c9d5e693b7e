import { docFromText } from '../annotate/annotate.js';
import type { StoryBundle } from '../core/story.js';

/** A DUC document as the summary gold files give it. */
export interface GoldDoc {
  readonly id: string;
  readonly publishedAt: string | null;
  readonly title: string | null;
  readonly text: string;
}

/**
 * A StoryBundle built through the product path (cleaning + the full pipeline via docFromText), the
 * title given as the first line when there is one. Example: `bundleFromDocs('D0601A', record.docs)`.
 */
export function bundleFromDocs(id: string, docs: readonly GoldDoc[]): StoryBundle {
  const articles = docs.map((d) => {
    const { doc, article } = docFromText({
      id: d.id,
      text: d.title ? `${d.title}\n\n${d.text}` : d.text,
      title: d.title,
      publishedAt: d.publishedAt,
      format: d.title ? 'text' : 'json',
    });
    return { article, doc };
  });
  return { id, title: docs[0]?.title ?? id, articles, duplicates: [] };
}
