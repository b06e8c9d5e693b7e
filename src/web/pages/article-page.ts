import type { Article } from '../../core/article.js';
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { formatMessage } from '../../core/message.js';
import { html, safeUrl, type Html } from '../html.js';
import { dateLabel, layout } from '../layout.js';
import { articleText } from '../parts/article-text.js';

/**
 * One article: metadata (the source URL linked only when it is http(s)), a legend of speakers
 * and highlight kinds, the annotated text, and the Doc's messages.
 */
export function articlePage(article: Article, doc: Doc, { highlight }: { highlight?: Span } = {}): Html {
  const { body, speakers } = articleText(doc, { highlight });
  const url = safeUrl(article.url);
  const layers = Object.keys(doc.layers).filter((k) => k !== 'tokens');
  const body2 = html`<header class="article-head"><h1>${article.title ?? 'untitled'}</h1>
<p class="meta"><time>${dateLabel(article.publishedAt, article.approximate)}</time> (date from ${article.dateSource}) · ${article.source ?? 'source not recorded'}${article.byline ? html` · ${article.byline}` : ''}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : ''}</p>
<p class="meta">Layers: ${layers.join(', ') || 'none'} · <a href="/api/articles/${encodeURIComponent(article.id)}">JSON</a></p></header>
<aside class="legend"><span class="m m-PER">person</span> <span class="m m-ORG">organisation</span> <span class="m m-LOC">place</span> <span class="t">date/time</span> <span class="cue">cue</span>
${speakers.map((s) => html` <span class="q sp-${s.colour}">${s.name}</span>`)} <span class="blk-label">greyed: not part of the story text</span></aside>
<article class="article-text">${body}</article>
${doc.messages.length ? html`<details class="messages"><summary>${doc.messages.length} messages</summary><ul>${doc.messages.map((m) => html`<li>${formatMessage(article.id, m)}</li>`)}</ul></details>` : ''}`;
  return layout(article.title ?? 'Article', body2);
}
