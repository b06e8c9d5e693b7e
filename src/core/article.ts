/** Where the publication date came from. */
export type DateSource = 'metadata' | 'text' | 'inferred' | 'unknown';

/** An ingested article's metadata. Its cleaned text and layers live in the Doc. */
export interface Article {
  /** Stable content-derived id: hash of the normalised text plus source. */
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  /** ISO date (YYYY-MM-DD) or date-time; null when unknown. Never defaulted to today. */
  publishedAt: string | null;
  dateSource: DateSource;
  /** True when publishedAt is an estimate (from meta marked approximate, or inferred). */
  approximate: boolean;
  /** Bounds inferred from the text when no date is known: written no earlier than notBefore. */
  notBefore: string | null;
  notAfter: string | null;
  /** Path or URL the article came from. */
  readonly origin: string;
  /** The raw input as read (text, HTML, or the JSON record's text/html). */
  readonly raw: string;
  readonly format: 'text' | 'markdown' | 'html' | 'json' | 'feed';
}
