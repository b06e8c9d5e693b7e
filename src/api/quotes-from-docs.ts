import { speakerNames } from '../annotate/quotes/speaker-name.js';
import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import type { QuoteView } from './views.js';

/**
 * Reads the stored `quotes` layer of each article: surface text, cue, and the speaker's name as
 * the quotes part names it (`speakerNames`: the entity's name, else the name in the source
 * phrase). Returns null when no Doc has a quotes layer yet.
 * Example: a Doc quoting "definitely an option." from entity e1 "John Key" gives
 * `[{text: 'definitely an option.', speaker: {id: 'e1', name: 'John Key'}, ...}]`.
 */
export function quotesFromDocs(
  items: readonly { readonly article: Article; readonly doc: Doc }[],
  actorIdOf: (articleId: string, entityId: string) => string | undefined = () => undefined,
): QuoteView[] | null {
  if (!items.some(({ doc }) => doc.layers.quotes)) return null;
  const out: QuoteView[] = [];
  for (const { article, doc } of items) {
    const quotes = doc.layers.quotes ?? [];
    const names = speakerNames(doc, quotes);
    quotes.forEach((q, i) => {
      const name = names[i];
      out.push({
        articleId: article.id,
        date: article.publishedAt,
        text: q.content.map((s) => doc.text.slice(s.start, s.end)).join(' … '),
        content: q.content,
        cue: q.cue ? doc.text.slice(q.cue.start, q.cue.end) : null,
        kind: q.kind,
        speaker: name ? { id: q.speaker, name, actorId: q.speaker ? actorIdOf(article.id, q.speaker) ?? null : null } : null,
        confidence: q.confidence,
      });
    });
  }
  return out;
}
