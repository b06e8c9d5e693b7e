import type { DateSource } from '../core/article.js';

/**
 * What a reader makes of one input before cleaning: the article's text (plain, with paragraphs
 * separated by blank lines) and whatever metadata the input carried. The ingest orchestrator
 * turns it into an Article + Doc.
 */
export interface RawArticle {
  /** Path or URL (for a record inside a JSONL file or a feed: `file.jsonl#3`, `feed.xml#item-2`). */
  readonly origin: string;
  readonly format: 'text' | 'markdown' | 'html' | 'json' | 'feed';
  /** The plain text to clean. For .txt input the first line is the title. */
  readonly text: string;
  /** The raw input (HTML source, JSON record, file text). */
  readonly raw: string;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly source?: string | null;
  readonly byline?: string | null;
  readonly publishedAt?: string | null;
  readonly dateSource?: DateSource;
  readonly approximate?: boolean;
  /** True when `text` starts with the title line (plain-text input). */
  readonly titleInText?: boolean;
}

/** One thing a reader yields: an article, or a failure that names the input. */
export type InputItem = { readonly kind: 'article'; readonly article: RawArticle } | { readonly kind: 'failure'; readonly origin: string; readonly reason: string };
