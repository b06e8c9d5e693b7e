import type { Block, Doc } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { findMentions } from './find-mentions.js';

/**
 * Name, title and pronoun mentions (PER/ORG/LOC/MISC) in the headline, body and caption blocks.
 * Captions are read because a photo caption is often the only place a person of the article is
 * named ("... with his Malaysian counterpart Najib Razak"); credits ("Reuters/Olivia Harris"),
 * links and boilerplate are not. Quotes, timexes and story features still read headline and body only.
 * Example: `mentionsStage.run(doc, { article })` sets `doc.layers.mentions`.
 */
export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['blocks', 'sentences', 'tokens'],
  assigns: ['mentions'],
  run(doc) {
    doc.layers.mentions = findMentions(doc, mentionBlocks(doc));
  },
};

/** The blocks whose names are actors of the article: headline, body and photo captions. */
export function mentionBlocks(doc: Doc): Block[] {
  return (doc.layers.blocks ?? []).filter((b) => b.type === 'body' || b.type === 'headline' || b.type === 'caption');
}
