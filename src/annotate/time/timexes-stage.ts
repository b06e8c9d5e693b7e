import { storyBlocks } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { prefersDayFirst } from './chrono-dates.js';
import { findTimexes } from './find-timexes.js';

/**
 * Adds `layers.timexes`: every time expression in the headline and body, anchored to
 * `article.publishedAt`. Without a publication date, relative expressions ("yesterday",
 * "on Friday") get value null and one `unanchored` message says how many; nothing is resolved
 * against today. Example: "He arrived yesterday." published 2014-10-07 -> value "2014-10-06".
 */
export const timexesStage: Stage = {
  name: 'timexes',
  requires: ['blocks', 'sentences'],
  assigns: ['timexes'],
  run(doc, { article }) {
    const found = findTimexes(doc.text, {
      anchor: article.publishedAt,
      sentences: doc.layers.sentences,
      regions: storyBlocks(doc),
      dayFirst: prefersDayFirst(doc.text),
    });
    doc.layers.timexes = found.map(({ start, end, type, value }) => ({ start, end, type, value }));
    const unresolved = found.filter((t) => t.relative && t.value === null && !t.anaphor);
    if (unresolved.length && !article.publishedAt) {
      doc.messages.push({
        reason: `${unresolved.length} relative time expression(s) left unresolved: the article has no publication date`,
        severity: 'info',
        stage: 'timexes',
        rule: 'unanchored',
        place: { start: unresolved[0].start, end: unresolved[0].end },
      });
    }
  },
};
