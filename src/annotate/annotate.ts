import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import type { Stage } from '../core/stage.js';
import { normalizeText, type NormalizedText } from '../clean/normalize-text.js';
import { pipeline } from './pipeline.js';

/** Runs `stages` over a Doc in order, recording a stage's crash as an error message, not a throw. */
export function annotate(doc: Doc, article: Article, stages: readonly Stage[] = pipeline): Doc {
  for (const stage of stages) {
    try {
      stage.run(doc, { article });
    } catch (error) {
      doc.messages.push({ reason: `stage failed: ${(error as Error).message}`, severity: 'error', stage: stage.name, rule: 'crash' });
    }
  }
  return doc;
}

export interface TextInput {
  readonly text: string;
  readonly id?: string;
  readonly title?: string | null;
  readonly publishedAt?: string | null;
  readonly format?: Article['format'];
}

/**
 * Cleans raw text and runs the whole pipeline: the entry point for evals and tests.
 * `normalized.rawOffsets` maps the Doc's offsets back to `input.text`
 * (see `toRawSpan` in clean/normalize-text.ts).
 * Example: `const { doc } = docFromText({ text: 'Mr Key said so.', publishedAt: '2014-10-21' })`.
 */
export function docFromText(input: TextInput, stages: readonly Stage[] = pipeline): { doc: Doc; article: Article; normalized: NormalizedText } {
  const normalized = normalizeText(input.text);
  const id = input.id ?? 'text';
  const article: Article = {
    id,
    title: input.title ?? null,
    source: null,
    url: null,
    byline: null,
    publishedAt: input.publishedAt ?? null,
    dateSource: input.publishedAt ? 'metadata' : 'unknown',
    approximate: false,
    notBefore: null,
    notAfter: null,
    origin: id,
    raw: input.text,
    format: input.format ?? 'text',
  };
  const doc: Doc = { articleId: id, text: normalized.text, layers: {}, messages: [] };
  annotate(doc, article, stages);
  return { doc, article, normalized };
}
