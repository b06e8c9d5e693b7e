import type { Stage } from '../core/stage.js';
import { classifyBlocks } from '../clean/classify-blocks.js';
import { sentencesAndTokens } from './sentences.js';
import { splitLines, splitParagraphs } from './split-blocks.js';

/** Types each line of the cleaned text (headline, body, caption, credit, link, ...). */
export const blocksStage: Stage = {
  name: 'classify-blocks',
  requires: [],
  assigns: ['blocks', 'paragraphs'],
  run(doc, { article }) {
    const lines = splitLines(doc.text);
    doc.layers.blocks = classifyBlocks(doc.text, lines, { firstLineIsTitle: article.format === 'text' || article.format === 'markdown' });
    doc.layers.paragraphs = splitParagraphs(doc.text);
  },
};

/** Sentences and tokens (wink-nlp), inside each block, so no sentence crosses a line. */
export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['blocks'],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    const { sentences, tokens } = sentencesAndTokens(doc.text, doc.layers.blocks ?? []);
    doc.layers.sentences = sentences;
    doc.layers.tokens = tokens;
  },
};
