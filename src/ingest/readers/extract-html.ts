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

/** "by Jeff Foust — November 18, 2019" → "Jeff Foust". */
export function cleanByline(byline: string | null | undefined): string | null {
  const name = (byline ?? '').replace(/\s+/g, ' ').replace(/^by:?\s+/i, '').replace(/\s+[—–|-]\s+.*$/, '').trim();
  return name || null;
}

const squash = (s: string) => s.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A page title without the site name tacked on ("Nadal keeps Spain alive - Sportsnet.ca" →
 * "Nadal keeps Spain alive"), when the tail names the site (its name or its URL's host).
 * Example: `cleanTitle('Key rules out SAS | NZ Herald', ['NZ Herald'])` → 'Key rules out SAS'.
 */
export function cleanTitle(title: string | null, sites: readonly (string | null | undefined)[]): string | null {
  if (!title) return null;
  const m = /^(.{8,}?)\s+[|\-–—:·]\s+([^|\-–—:·]{2,60})$/.exec(title.trim());
  if (!m) return title.trim();
  const tail = squash(m[2]);
  const named = sites.some((site) => {
    const name = site ? squash(site) : '';
    return name.length >= 2 && (name.startsWith(tail) || tail.startsWith(name) || (tail.length >= 4 && name.includes(tail)));
  });
  return named ? m[1] : title.trim();
}

/** Paragraphs searched for a copy of the page title (it sits above the body, after menus). */
const TITLE_WINDOW = 15;

/**
 * Drops the page's title from the top of the body text: the article title is metadata, and the
 * body (like the benchmark's articleBody) starts after it. Only a paragraph of 15+ characters
 * that the title contains ("Key rules out SAS" in "Key rules out SAS | NZ Herald") counts.
 * Example: `withoutTitle('Key rules out SAS\n\nThe PM said...', ['Key rules out SAS | Herald'])` → 'The PM said...'.
 */
export function withoutTitle(text: string, titles: readonly (string | null | undefined)[]): string {
  const known = titles.filter((t): t is string => !!t).map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase());
  if (known.length === 0) return text;
  const paragraphs = text.split('\n\n');
  const at = paragraphs.slice(0, TITLE_WINDOW).findIndex((p) => p.length >= 15 && known.some((t) => t.includes(p.replace(/\s+/g, ' ').trim().toLowerCase())));
  return at < 0 ? text : [...paragraphs.slice(0, at), ...paragraphs.slice(at + 1)].join('\n\n');
}

/**
 * Extracts the article from a web page: Readability (over linkedom) finds the main content,
 * known leaks are pruned from it (captions, related boxes, share and ad blocks: see
 * prune-article-dom.ts), and it is turned into paragraphs. Metadata is read before Readability
 * runs, since Readability changes the document. The title line is left out of the text.
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
    text: withoutTitle(htmlText(parsed.content as never), [metadata.title, parsed.title]),
    readabilityText,
    metadata: {
      title: cleanTitle(metadata.title ?? (parsed.title || null), [metadata.source, parsed.siteName, metadata.url]),
      publishedAt: metadata.publishedAt,
      source: metadata.source ?? (parsed.siteName || null),
      byline: cleanByline(metadata.byline ?? parsed.byline),
      url: metadata.url,
    },
  };
}
