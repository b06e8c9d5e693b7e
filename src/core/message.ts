import type { Span } from './span.js';

/** A data problem found while processing one article: recorded, never thrown. */
export interface Message {
  readonly reason: string;
  readonly severity: 'info' | 'warning' | 'error';
  /** Stage that raised it, e.g. `clean-blocks`. */
  readonly stage: string;
  /** Rule id inside the stage, e.g. `empty-body`. */
  readonly rule: string;
  readonly place?: Span;
}

/** `article-id:start-end: reason [stage:rule]`, the CLI's one-line form. */
export function formatMessage(articleId: string, m: Message): string {
  const place = m.place ? `:${m.place.start}-${m.place.end}` : '';
  return `${articleId}${place}: ${m.reason} [${m.stage}:${m.rule}]`;
}
