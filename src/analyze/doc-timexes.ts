import type { Article } from '../core/article.js';
import { storyBlocks, type Doc, type Timex } from '../core/doc.js';
import { prefersDayFirst } from '../annotate/time/chrono-dates.js';
import { findTimexes } from '../annotate/time/find-timexes.js';

/**
 * The Doc's timexes layer, or, when the pipeline that built the Doc had no timexes stage (older
 * stored Docs), the same timexes computed now without touching the Doc.
 * Example: `docTimexes(doc, article)[0].value` is "2014-09-06" for seed article 000.
 */
export function docTimexes(doc: Doc, article: Pick<Article, 'publishedAt'>): readonly Timex[] {
  if (doc.layers.timexes) return doc.layers.timexes;
  return findTimexes(doc.text, {
    anchor: article.publishedAt,
    sentences: doc.layers.sentences,
    regions: storyBlocks(doc),
    dayFirst: prefersDayFirst(doc.text),
  }).map(({ start, end, type, value }) => ({ start, end, type, value }));
}
