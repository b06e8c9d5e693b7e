import type { Stage } from '../../core/stage.js';
import { findQuotes } from './find-quotes.js';

/**
 * Assigns the `quotes` layer: who said what, with content, cue, source mention and speaker
 * entity (when the mentions/entities layers are present). Runs after the entity stages.
 * Example: `pipeline = [blocksStage, sentencesStage, ..., quotesStage]`.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['blocks', 'sentences', 'tokens'],
  assigns: ['quotes'],
  run(doc) {
    doc.layers.quotes = findQuotes(doc);
  },
};
