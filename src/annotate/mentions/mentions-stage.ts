import { storyBlocks } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { findMentions } from './find-mentions.js';

/**
 * Name, title and pronoun mentions (PER/ORG/LOC/MISC) in the headline and body blocks only.
 * Example: `mentionsStage.run(doc, { article })` sets `doc.layers.mentions`.
 */
export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['blocks', 'sentences', 'tokens'],
  assigns: ['mentions'],
  run(doc) {
    doc.layers.mentions = findMentions(doc, storyBlocks(doc));
  },
};
