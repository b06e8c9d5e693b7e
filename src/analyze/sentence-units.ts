import { storyBlocks } from '../core/doc.js';
import type { Evidence } from '../core/span.js';
import type { StoryBundle } from '../core/story.js';
import { completeSentence } from './complete-sentence.js';
import { trimSentence } from './trim-sentence.js';

/** One sentence of a story's headline or body, ready to be scored. Its text is `doc.text.slice(start, end)`. */
export interface SentenceUnit extends Evidence {
  /** Index of the article in `bundle.articles` (oldest first). */
  readonly articleIndex: number;
  /** 0 for the first sentence of the article's story blocks. */
  readonly position: number;
  readonly headline: boolean;
  readonly publishedAt: string | null;
  readonly text: string;
  /** Whitespace-separated words of `text`. */
  readonly words: number;
  /** The untrimmed sentence reads as a whole sentence (see completeSentence). */
  readonly complete: boolean;
}

/**
 * Every sentence inside the headline and body blocks of each article of a story, with a dateline
 *  or a closing attribution (", he said.") trimmed off its span. Duplicates are skipped.
 * Example: a bundle of three seed articles gives about 60 units, the first of each with position 0.
 */
export function sentenceUnits(bundle: StoryBundle): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  const duplicates = new Set(bundle.duplicates);
  bundle.articles.forEach(({ article, doc }, articleIndex) => {
    if (duplicates.has(article.id)) return;
    const blocks = storyBlocks(doc);
    const sentences = doc.layers.sentences ?? [];
    let position = 0;
    let b = 0;
    for (const sentence of sentences) {
      while (b < blocks.length && blocks[b].end <= sentence.start) b++;
      const block = blocks[b];
      if (!block || block.start > sentence.start) continue;
      const span = trimSentence(doc.text, sentence);
      if (span.end <= span.start) continue;
      const text = doc.text.slice(span.start, span.end);
      units.push({
        articleId: doc.articleId, start: span.start, end: span.end, articleIndex, position: position++,
        headline: block.type === 'headline', publishedAt: article.publishedAt, text,
        words: text.split(/\s+/).filter((w) => w.length > 0).length,
        complete: completeSentence(doc.text.slice(sentence.start, sentence.end)),
      });
    }
  });
  return units;
}
