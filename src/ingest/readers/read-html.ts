import type { InputItem } from '../raw-article.js';
import { extractHtml } from './extract-html.js';

/** Cheap test that a string is HTML at all: it has an element tag. */
const HAS_TAG = /<(?:!doctype\s+html|html|head|body|p|div|article|main|section|span|h[1-6]|table|br)\b/i;

/**
 * A web page as an article: Readability finds the body (paragraphs separated by "\n\n"), the
 * page's metadata gives title, date, source, byline and canonical URL. A page with no tags or
 * no article text is a failure, not an empty article.
 * Example: `readHtml('page.html', html)` → `{ kind: 'article', article: { format: 'html', text: 'First paragraph…', … } }`.
 */
export function readHtml(origin: string, html: string, format: 'html' | 'json' | 'feed' = 'html'): InputItem {
  if (!HAS_TAG.test(html)) return { kind: 'failure', origin, reason: 'not HTML (no HTML tags found)' };
  const { text, metadata } = extractHtml(html);
  if (text.trim().length < 20) return { kind: 'failure', origin, reason: 'malformed or empty HTML: no article text found' };
  return {
    kind: 'article',
    article: {
      origin,
      format,
      text,
      raw: html,
      title: metadata.title,
      url: metadata.url,
      source: metadata.source,
      byline: metadata.byline,
      publishedAt: metadata.publishedAt,
      dateSource: metadata.publishedAt ? 'metadata' : 'unknown',
    },
  };
}
