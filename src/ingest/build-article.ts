import { createHash } from 'node:crypto';
import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import { annotate } from '../annotate/annotate.js';
import { normalizeText } from '../clean/normalize-text.js';
import type { RawArticle } from './raw-article.js';

/**
 * The stable id of an article: sha256 of its normalised text plus its source, first 16 hex
 * digits. Whitespace and case differences do not change it, so re-ingesting is a no-op.
 */
export function articleId(text: string, source: string | null | undefined): string {
  const key = text.replace(/\s+/g, ' ').trim().toLowerCase() + '\u0000' + (source ?? '').toLowerCase();
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** A title for an article whose input gave none: its headline block, else its first sentence. */
function fallbackTitle(doc: Doc): string | null {
  const blocks = doc.layers.blocks ?? [];
  const headline = blocks.find((b) => b.type === 'headline');
  if (headline) return doc.text.slice(headline.start, headline.end);
  const body = blocks.find((b) => b.type === 'body');
  if (!body) return null;
  const sentence = (doc.layers.sentences ?? []).find((s) => s.start >= body.start) ?? body;
  const text = doc.text.slice(sentence.start, Math.min(sentence.end, body.end));
  return text.length > 140 ? text.slice(0, 137).replace(/\s+\S*$/, '') + '…' : text;
}

/**
 * Cleans a RawArticle and runs the annotation pipeline: the Article and its Doc, not yet stored.
 * Example: `buildArticle({ origin: 'a.txt', format: 'text', text: 'Title\n\nBody.', raw: '…', titleInText: true })`.
 */
export function buildArticle(raw: RawArticle): { article: Article; doc: Doc } {
  const normalized = normalizeText(raw.text);
  const id = articleId(normalized.text, raw.source);
  const article: Article = {
    id,
    title: raw.title ?? null,
    source: raw.source ?? null,
    url: raw.url ?? null,
    byline: raw.byline ?? null,
    publishedAt: raw.publishedAt ?? null,
    dateSource: raw.publishedAt ? (raw.dateSource ?? 'metadata') : 'unknown',
    approximate: raw.approximate ?? false,
    notBefore: null,
    notAfter: null,
    origin: raw.origin,
    raw: raw.raw,
    format: raw.format,
  };
  const doc: Doc = { articleId: id, text: normalized.text, layers: {}, messages: [] };
  annotate(doc, article);
  if (!article.title) (article as { title: string | null }).title = fallbackTitle(doc);
  return { article, doc };
}
