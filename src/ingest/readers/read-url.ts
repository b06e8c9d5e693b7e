import type { InputItem } from '../raw-article.js';
import { decodeBytes, formatBytes, MAX_INPUT_BYTES, sniffCharset } from './decode-bytes.js';
import { looksLikeFeed, readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';

/** Plain words for the network errors people meet offline. */
const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: 'host not found (offline, or no DNS)',
  EAI_AGAIN: 'host not found (offline, or no DNS)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
};

/** True for inputs to fetch over HTTP rather than read from disk. Example: `isUrl('https://x.nz/a')` → true. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export interface ReadUrlOptions {
  readonly timeoutMs?: number;
  readonly fetchImpl?: typeof fetch;
  /** For a feed URL, fetch the page of each item whose feed text is only a teaser. */
  readonly followFeedLinks?: boolean;
}

/** Feed text shorter than this is a teaser: the item's page is fetched for the full article. */
const TEASER_CHARS = 600;

/**
 * A feed item with the full text of its linked page when the feed carried only a teaser; the
 * feed's title, date and source stay. If the page cannot be fetched or read, the teaser stays.
 */
async function withFullText(item: InputItem, options: ReadUrlOptions): Promise<InputItem> {
  if (item.kind !== 'article' || item.article.text.length >= TEASER_CHARS || !item.article.url || !isUrl(item.article.url)) return item;
  const [page] = await readUrl(item.article.url, { ...options, followFeedLinks: false });
  if (page?.kind !== 'article' || page.article.text.length <= item.article.text.length) return item;
  const feed = item.article;
  return {
    kind: 'article',
    article: { ...page.article, origin: feed.origin, format: 'feed', title: feed.title ?? page.article.title, publishedAt: feed.publishedAt ?? page.article.publishedAt, dateSource: feed.publishedAt ? feed.dateSource : page.article.dateSource, source: feed.source ?? page.article.source, url: feed.url },
  };
}

/**
 * Fetches a URL and reads it as a feed (RSS/Atom by content type or content) or a single
 * article page (for a feed, teaser-only items get their linked page's text). Network errors, timeouts, HTTP errors and oversized bodies are failures
 * that name the URL; nothing throws.
 * Example: `await readUrl('https://example.com/news.rss')` → one item per feed entry.
 */
export async function readUrl(url: string, { timeoutMs = 20000, fetchImpl = fetch, followFeedLinks = true }: ReadUrlOptions = {}): Promise<InputItem[]> {
  const fail = (reason: string): InputItem[] => [{ kind: 'failure', origin: url, reason }];
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { 'user-agent': 'storyline/0.1 (+https://github.com/storyline)' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? '';
    if ((error as Error).name === 'TimeoutError') return fail(`could not fetch: timed out after ${timeoutMs / 1000} s`);
    return fail(`could not fetch: ${NETWORK_ERRORS[code] ?? cause?.message ?? (error as Error).message}${code ? ` (${code})` : ''}`);
  }
  if (!response.ok) return fail(`HTTP ${response.status} ${response.statusText}`.trim());
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_INPUT_BYTES) return fail(`response too large (${formatBytes(length)})`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return fail(`could not read the response: ${(error as Error).message}`);
  }
  const type = response.headers.get('content-type') ?? '';
  const decoded = decodeBytes(bytes, { charset: /charset=["']?([\w.:-]+)/i.exec(type)?.[1] ?? sniffCharset(bytes) });
  if ('error' in decoded) return fail(decoded.error);
  if (/(rss|atom)\+xml/.test(type) || looksLikeFeed(decoded.text)) {
    const items = readFeed(url, decoded.text);
    return followFeedLinks ? Promise.all(items.map((item) => withFullText(item, { timeoutMs, fetchImpl }))) : items;
  }
  const item = readHtml(url, decoded.text);
  if (item.kind === 'article' && !item.article.url) return [{ kind: 'article', article: { ...item.article, url } }];
  return [item];
}
