import type { Article } from '../../core/article.js';
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { formatMessage } from '../../core/message.js';
import { html, path, safeUrl, type Html } from '../html.js';
import { dateLabel, layout } from '../layout.js';
import { articleText } from '../parts/article-text.js';

const actorLink = (id: string | undefined, inner: Html) => (id ? html`<a class="plain" href="${path('/actors/', id)}">${inner}</a>` : inner);

/** The side panel: what the marks mean, who speaks (with their colour), and what each date resolved to. */
function sidePanel(doc: Doc, speakers: { name: string; colour: number }[], actorId: (entityId: string) => string | undefined): Html {
  const timexes = doc.layers.timexes ?? [];
  const entities = (doc.layers.entities ?? []).filter((e) => e.mentions.length > 0);
  return html`<aside class="side">
<h2>Marks</h2><p class="legend"><span class="m m-PER">person</span> <span class="m m-ORG">organisation</span> <span class="m m-LOC">place</span> <span class="t">date</span> <span class="cue">cue</span> <span class="blk-label">grey: not story text</span></p>
${speakers.length ? html`<h2>Speakers</h2><ul class="legend-list">${speakers.map((s) => html`<li><span class="q sp-${s.colour}">${s.name}</span></li>`)}</ul>` : ''}
${entities.length ? html`<h2>Actors</h2><ul class="legend-list">${entities.map((e) => html`<li>${actorLink(actorId(e.id), html`<span class="m m-${e.type}">${e.name}</span>`)} <span class="count">${e.mentions.length}</span>${e.roles.length ? html` <span class="roles">${e.roles.map((r) => r.title).join('; ')}</span>` : ''}</li>`)}</ul>` : ''}
${timexes.length ? html`<h2>Dates</h2><ul class="legend-list">${timexes.map((t) => html`<li><span class="t">${doc.text.slice(t.start, t.end)}</span> → <code>${t.value ?? 'unresolved'}</code></li>`)}</ul>` : ''}
</aside>`;
}

/**
 * One article: metadata (the source URL linked only when it is http(s)), the annotated text
 * (quotes coloured by speaker, mentions and dates marked, non-story blocks greyed), a side panel
 * with speakers, actors (linked to their stored actor) and resolved dates, and the Doc's messages.
 */
export function articlePage(
  article: Article,
  doc: Doc,
  { highlight, actorIdOf = () => undefined, story = null }: { highlight?: Span; actorIdOf?: (articleId: string, entityId: string) => string | undefined; story?: { id: string; title: string } | null } = {},
): Html {
  const { body, speakers } = articleText(doc, { highlight });
  const url = safeUrl(article.url);
  const layers = Object.keys(doc.layers).filter((k) => k !== 'tokens');
  const content = html`<header class="article-head"><h1>${article.title ?? 'untitled'}</h1>
<p class="meta"><time>${dateLabel(article.publishedAt, article.approximate)}</time> (date from ${article.dateSource}) · ${article.source ?? 'source not recorded'}${article.byline ? html` · ${article.byline}` : ''}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : ''}</p>
${story ? html`<p class="meta">Story: <a href="${path('/stories/', story.id)}">${story.title}</a></p>` : ''}
<p class="meta">Layers: ${layers.join(', ') || 'none'} · <a href="/api/articles/${encodeURIComponent(article.id)}">JSON</a></p></header>
<div class="article-grid"><article class="article-text">${body}</article>${sidePanel(doc, speakers, (entityId) => actorIdOf(article.id, entityId))}</div>
${doc.messages.length ? html`<details class="messages"><summary>${doc.messages.length} messages</summary><ul>${doc.messages.map((m) => html`<li>${formatMessage(article.id, m)}</li>`)}</ul></details>` : ''}`;
  return layout(article.title ?? 'Article', content);
}
