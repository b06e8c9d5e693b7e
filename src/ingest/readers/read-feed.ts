import { DOMParser, parseHTML } from 'linkedom';
import type { InputItem } from '../raw-article.js';
import { checkXml } from './check-xml.js';
import { htmlText } from './html-text.js';
import { normalizeDate } from './normalize-date.js';

interface XmlElement {
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  readonly parentNode: unknown;
}

/** Text of the first child element with one of `names`, searched in order. */
function field(item: XmlElement, ...names: string[]): string | null {
  for (const name of names) {
    const found = item.getElementsByTagName(name);
    for (let i = 0; i < found.length; i++) {
      const value = found[i].textContent?.trim();
      if (value) return value;
    }
  }
  return null;
}

/** An Atom entry's article link: rel="alternate" or no rel; RSS: the <link> text. */
function linkOf(item: XmlElement): string | null {
  const links = item.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const rel = links[i].getAttribute('rel');
    const href = links[i].getAttribute('href');
    if (href && (!rel || rel === 'alternate')) return href;
    const text = links[i].textContent?.trim();
    if (text) return text;
  }
  return field(item, 'guid');
}

/** An HTML fragment (item content) as paragraphs of plain text. */
function fragmentText(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return html.trim();
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return htmlText(document.body as never);
}

/** True when text looks like an RSS or Atom document (for files without a feed extension). Example: `looksLikeFeed('<?xml version="1.0"?><rss>')` → true. */
export function looksLikeFeed(text: string): boolean {
  return /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:rss|feed|rdf:RDF)\b/.test(text);
}

/**
 * An RSS 2.0 / RSS 1.0 / Atom feed: one article per item (origin `feed.xml#item-N`, N from 1),
 * text from content:encoded, content, description or summary (HTML fragments become
 * paragraphs), title, link, date (pubDate, dc:date, published, updated) and the channel title
 * as source. Broken XML is one failure with the line; an item with no text is a failure.
 * Example: `readFeed('news.rss', '<rss><channel><title>NZ Herald</title><item>…</item></channel></rss>')`.
 */
export function readFeed(origin: string, xml: string): InputItem[] {
  const problem = checkXml(xml);
  if (problem) return [{ kind: 'failure', origin, reason: `broken XML: ${problem}` }];
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlElement;
  let items = Array.from(doc.getElementsByTagName('item'));
  if (items.length === 0) items = Array.from(doc.getElementsByTagName('entry'));
  if (items.length === 0) return [{ kind: 'failure', origin, reason: 'feed has no items' }];
  const channel = doc.getElementsByTagName('channel')[0] ?? doc.getElementsByTagName('feed')[0];
  const source = channel ? directTitle(channel) : null;
  return items.map((item, index): InputItem => {
    const itemOrigin = `${origin}#item-${index + 1}`;
    const content = field(item, 'content:encoded', 'content', 'description', 'summary');
    const text = content ? fragmentText(content) : '';
    if (!text) return { kind: 'failure', origin: itemOrigin, reason: 'feed item has no text (no content, description or summary)' };
    const publishedAt = normalizeDate(field(item, 'pubDate', 'dc:date', 'published', 'updated'));
    return {
      kind: 'article',
      article: {
        origin: itemOrigin,
        format: 'feed',
        text,
        raw: content!,
        title: field(item, 'title'),
        url: linkOf(item),
        source,
        byline: field(item, 'dc:creator', 'author'),
        publishedAt,
        dateSource: publishedAt ? 'metadata' : 'unknown',
      },
    };
  });
}

/** The channel's own <title>, not an item's. */
function directTitle(channel: XmlElement): string | null {
  const titles = channel.getElementsByTagName('title');
  for (let i = 0; i < titles.length; i++) if (titles[i].parentNode === channel) return titles[i].textContent?.trim() || null;
  return null;
}
