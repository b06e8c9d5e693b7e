import type { ActorView, QuoteView } from '../../api/views.js';
import { html, path, type Html } from '../html.js';
import { dateLabel, layout } from '../layout.js';
import { actorsView } from '../parts/actors-view.js';
import { citations } from '../parts/citation.js';
import { quoteEvidence } from '../parts/quotes-view.js';
import { pager } from './articles-page.js';
import type { Page } from '../../api/validate.js';
import type { actorDetail } from '../../api/routes/actors.js';

/** All actors, one page at a time, grouped by type. */
export function actorsPage(actors: Page<ActorView>): Html {
  return layout('Actors', html`<h1>Actors</h1>${actorsView(actors.items)}${pager(actors, '/actors')}`);
}

/** An actor: aliases, stories, roles over time (by article date) and every statement by date, with citations. */
export function actorPage({ actor, statements, articles, stories }: ReturnType<typeof actorDetail>): Html {
  const roles = [...actor.roles].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
  const numbers = new Map(articles.map((a, i) => [a.id, { n: i + 1, title: `${a.title ?? 'untitled'} (${dateLabel(a.publishedAt)})` }]));
  const cite = (q: QuoteView) => citations([quoteEvidence(q)], (id) => numbers.get(id) ?? { n: 0, title: id });
  const articleLink = (id: string) => html`<a href="${path('/articles/', id)}" title="${numbers.get(id)?.title ?? id}">[${numbers.get(id)?.n ?? '?'}]</a>`;
  return layout(
    actor.name,
    html`<h1>${actor.name} <span class="type">${actor.type}</span></h1>
${actor.aliases.length ? html`<p class="meta">Also called: ${actor.aliases.join(', ')}</p>` : ''}
${stories.length ? html`<p class="meta">In ${stories.map((s, i) => html`${i ? ', ' : ''}<a href="${path('/stories/', s.id)}">${s.title}</a>`)}</p>` : ''}
<section class="panel"><h2>Roles over time</h2>${roles.length ? html`<ol class="roles-time">${roles.map((r) => html`<li><time>${dateLabel(r.date)}</time> ${r.title} ${articleLink(r.articleId)}</li>`)}</ol>` : html`<p class="na">No roles stated.</p>`}</section>
<section class="panel"><h2>Statements by date</h2>${statements.length ? html`<ol class="quotes">${statements.map((q) => html`<li class="quote quote-${q.kind}"><time>${dateLabel(q.date)}</time> <span class="kind">${q.kind}</span> <blockquote>${q.text}</blockquote>${q.cue ? html` <span class="cue-word">(${q.cue})</span>` : ''} ${cite(q)}</li>`)}</ol>` : html`<p class="na">No quotes attributed.</p>`}</section>
<section class="panel"><h2>Articles</h2><ol class="articles">${articles.map((a) => html`<li><a href="${path('/articles/', a.id)}">${a.title ?? 'untitled'}</a> <time>${dateLabel(a.publishedAt)}</time></li>`)}</ol></section>`,
  );
}
