import { normalizeDate } from './normalize-date.js';

/** What a page says about itself, from its <meta>, <link> and JSON-LD. */
export interface HtmlMetadata {
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly source: string | null;
  readonly byline: string | null;
  readonly url: string | null;
}

interface DocumentLike {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

type Json = Record<string, unknown>;

/** Every object in the page's JSON-LD scripts, including those in @graph arrays. */
function jsonLdObjects(document: DocumentLike): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Json);
      if ('@graph' in (value as Json)) visit((value as Json)['@graph']);
    }
  };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the <meta> tags still count.
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage/;

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object' && typeof (value as Json).name === 'string') return ((value as Json).name as string).trim() || null;
  return null;
}

/**
 * Reads a page's metadata: publication date from `article:published_time`, JSON-LD
 * `datePublished` or other common date tags; source from `og:site_name` or the JSON-LD
 * publisher; byline from the author tags; canonical URL from `<link rel=canonical>` or `og:url`.
 * Example: for `<meta property="article:published_time" content="2019-11-19T10:00:00Z">`,
 * `htmlMetadata(document).publishedAt` is '2019-11-19T10:00:00Z'.
 */
export function htmlMetadata(document: DocumentLike): HtmlMetadata {
  const meta = (...selectors: string[]) => {
    for (const selector of selectors) {
      const value = document.querySelector(selector)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdObjects(document);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? ld.find((o) => 'datePublished' in o) ?? {};
  const date =
    meta('meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]') ??
    nameOf(article.datePublished) ??
    meta('meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[property="og:published_time"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const title = meta('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? nameOf(article.headline) ?? document.querySelector('title')?.textContent?.trim() ?? null;
  return {
    title: title || null,
    publishedAt: normalizeDate(date),
    source: meta('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? nameOf(article.publisher),
    byline: meta('meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]') ?? nameOf(article.author),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]'),
  };
}
