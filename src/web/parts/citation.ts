import type { Evidence } from '../../core/span.js';
import { html, path, type Html } from '../html.js';
import { sentenceAnchor } from './article-text.js';

/** Where a citation goes: the article page, with the cited span highlighted and scrolled to. */
export function citationHref(evidence: Evidence): string {
  return `${path('/articles/', evidence.articleId)}?hl=${evidence.start}-${evidence.end}#${sentenceAnchor(evidence)}`;
}

/**
 * Citation links for a claim, numbered by the article's place in the story (`number`), with the
 * article title as tooltip. Example: evidence in the story's second article renders `[2]`.
 */
export function citations(evidence: readonly Evidence[], number: (articleId: string) => { n: number; title: string }): Html {
  return html`<span class="cites">${evidence.map((e) => {
    const { n, title } = number(e.articleId);
    return html`<a class="cite" href="${citationHref(e)}" title="${title}">[${n}]</a>`;
  })}</span>`;
}
