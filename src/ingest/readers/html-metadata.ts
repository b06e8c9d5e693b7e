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

/** Author tags often hold a profile URL rather than a name; such values are no byline. */
const notUrl = (value: string | null) => (value && !/^https?:\/\//.test(value) ? value : null);

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
  // One pass over the <meta> tags: key is the lower-cased property, name or itemprop.
  const tags = new Map<string, string>();
  const metas = document.querySelectorAll('meta') as unknown as ArrayLike<{ getAttribute(name: string): string | null }>;
  for (let i = 0; i < metas.length; i++) {
    const content = metas[i].getAttribute('content')?.trim();
    const key = (metas[i].getAttribute('property') ?? metas[i].getAttribute('name') ?? metas[i].getAttribute('itemprop'))?.toLowerCase();
    if (content && key && !tags.has(key)) tags.set(key, content);
  }
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const value = tags.get(key.toLowerCase());
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdObjects(document);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? ld.find((o) => 'datePublished' in o) ?? {};
  const date =
    meta('article:published_time', 'datePublished') ??
    nameOf(article.datePublished) ??
    meta('pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'og:published_time') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const title = meta('og:title', 'twitter:title') ?? nameOf(article.headline) ?? document.querySelector('title')?.textContent?.trim() ?? null;
  return {
    title: title || null,
    publishedAt: normalizeDate(date),
    source: meta('og:site_name', 'application-name') ?? nameOf(article.publisher),
    byline: notUrl(meta('author', 'article:author', 'byl')) ?? nameOf(article.author),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('og:url'),
  };
}
