import { storyBlocks } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { findQuotes } from './find-quotes.js';
import { findQuotedSpans } from './quote-marks.js';

/**
 * Assigns the `quotes` layer: who said what, with content, cue, source mention and speaker
 * entity (when the mentions/entities layers are present). Runs after the entity stages.
 * A quote mark left open at a paragraph end that the next paragraph does not continue is
 * recorded as a warning (rule `unclosed-quote`): its quote runs to the paragraph end.
 * Example: `pipeline = [blocksStage, sentencesStage, ..., quotesStage]`.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['blocks', 'sentences', 'tokens'],
  assigns: ['quotes'],
  run(doc) {
    doc.layers.quotes = findQuotes(doc);
    const quoted = findQuotedSpans(doc.text, storyBlocks(doc));
    quoted.forEach((q, i) => {
      if (q.closed || quoted[i + 1]?.continued) return;
      doc.messages.push({ reason: 'quote mark left open at the end of a paragraph', severity: 'warning', stage: 'quotes', rule: 'unclosed-quote', place: { start: q.start, end: q.start + 1 } });
    });
  },
};
