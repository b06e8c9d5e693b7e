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

/**
 * Fetches a URL and reads it as a feed (RSS/Atom by content type or content) or a single
 * article page. Network errors, timeouts, HTTP errors and oversized bodies are failures
 * that name the URL; nothing throws.
 * Example: `await readUrl('https://example.com/news.rss')` → one item per feed entry.
 */
export async function readUrl(url: string, { timeoutMs = 20000, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {}): Promise<InputItem[]> {
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
  if (/(rss|atom)\+xml/.test(type) || looksLikeFeed(decoded.text)) return readFeed(url, decoded.text);
  const item = readHtml(url, decoded.text);
  if (item.kind === 'article' && !item.article.url) return [{ kind: 'article', article: { ...item.article, url } }];
  return [item];
}
