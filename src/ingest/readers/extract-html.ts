import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlMetadata, type HtmlMetadata } from './html-metadata.js';
import { htmlText } from './html-text.js';
import { pruneArticleDom } from './prune-article-dom.js';

/** What the HTML reader makes of a page. */
export interface ExtractedHtml {
  /** The article body as plain text, paragraphs separated by "\n\n"; '' when none was found. */
  readonly text: string;
  /** Raw Readability's `textContent` for the same page (the extraction eval's baseline). */
  readonly readabilityText: string;
  readonly metadata: HtmlMetadata;
}

/**
 * Extracts the article from a web page: Readability (over linkedom) finds the main content,
 * known leaks are pruned from it (captions, related boxes, share and ad blocks: see
 * prune-article-dom.ts), and it is turned into paragraphs. Metadata is read before Readability
 * runs, since Readability changes the document.
 * Example: `extractHtml('<html><head><title>T</title></head><body><article><p>Long text…</p></article></body></html>').text`.
 */
export function extractHtml(html: string): ExtractedHtml {
  const { document } = parseHTML(html);
  const metadata = htmlMetadata(document as never);
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(document as never, { serializer: (node) => node as Element, keepClasses: true }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return { text: '', readabilityText: '', metadata };
  const readabilityText = parsed.textContent ?? '';
  pruneArticleDom(parsed.content);
  return {
    text: htmlText(parsed.content as never),
    readabilityText,
    metadata: {
      title: metadata.title ?? (parsed.title || null),
      publishedAt: metadata.publishedAt,
      source: metadata.source ?? (parsed.siteName || null),
      byline: metadata.byline ?? (parsed.byline || null),
      url: metadata.url,
    },
  };
}
