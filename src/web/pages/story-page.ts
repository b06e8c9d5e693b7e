import type { ClaimView, Dossier, Section, StoryChangeView } from '../../api/views.js';
import type { Evidence } from '../../core/span.js';
import { html, path, type Html, type HtmlValue } from '../html.js';
import { dateLabel, layout, notAvailable } from '../layout.js';
import { actorsView } from '../parts/actors-view.js';
import { citations } from '../parts/citation.js';
import { coverageChart } from '../parts/coverage-chart.js';
import { positionsView } from '../parts/positions-view.js';
import { actorLinker, quotesView } from '../parts/quotes-view.js';
import { timelineView } from '../parts/timeline-view.js';

function section<T>(id: string, title: string, value: Section<T>, render: (v: T) => HtmlValue): Html {
  return html`<section id="${id}" class="panel"><h2>${title}</h2>${value.available ? render(value.value) : notAvailable(value.reason)}</section>`;
}

function summaryView(sentences: readonly ClaimView[], cite: (e: readonly Evidence[]) => Html): Html {
  if (sentences.length === 0) return html`<p class="na">Nothing to summarise.</p>`;
  return html`<div class="summary">${sentences.map((s) => html`<p class="claim">${s.text} ${cite(s.evidence)}</p>`)}</div>`;
}

/** Merges and splits, oldest first: a folded story's id now leads here, so it gets no link. */
function changesView(changes: readonly StoryChangeView[]): Html {
  const other = (c: StoryChangeView) => html`<a href="${path('/stories/', c.otherStoryId)}">${c.otherTitle || c.otherStoryId}</a>`;
  const line = (c: StoryChangeView) =>
    c.kind === 'merge' ? html`Took in the story “${c.otherTitle || c.otherStoryId}”, which proved to be this one` : c.kind === 'split-off' ? html`Split off ${other(c)}, which proved to be another story` : html`Split from ${other(c)}`;
  return html`<section id="history" class="panel"><h2>History</h2><ul class="changes">${changes.map((c) => html`<li>${line(c)} <span class="meta">(recorded ${dateLabel(c.at)})</span></li>`)}</ul></section>`;
}

/**
 * The story dossier page: header with span, sources, coverage and exports; the "what's new since"
 * form (and its result); position shifts first; summary with citations; timeline; actors; quotes
 * by speaker; the numbered articles that citations refer to; merges and splits, when any.
 */
export function storyPage(d: Dossier): Html {
  const { story } = d;
  const numbers = new Map(story.articles.map((a, i) => [a.id, { n: i + 1, title: `${a.title ?? 'untitled'} (${dateLabel(a.publishedAt, a.approximate)})` }]));
  const cite = (e: readonly Evidence[]) => citations(e, (id) => numbers.get(id) ?? { n: 0, title: id });
  const base = path('/stories/', story.id);
  const link = d.actors.available ? actorLinker(d.actors.value) : () => null;
  const update = d.update
    ? html`<section id="update" class="panel update"><h2>New since ${d.update.since}</h2>
<p>${d.update.articles.length} article${d.update.articles.length === 1 ? '' : 's'} published after ${d.update.since}: ${d.update.articles.map((a) => html`<a href="${path('/articles/', a.id)}">[${numbers.get(a.id)?.n}] ${a.title ?? 'untitled'}</a> `)}</p>
${d.update.shifts.available && d.update.shifts.value.shifts.length ? html`<h3>Position shifts</h3>${positionsView(d.update.shifts.value, cite)}` : ''}
<h3>What they add</h3>${d.update.summary.available ? summaryView(d.update.summary.value, cite) : notAvailable(d.update.summary.reason)}
<h3>New events</h3>${d.update.timeline.available ? timelineView(d.update.timeline.value, cite) : notAvailable(d.update.timeline.reason)}
<h3>New quotes</h3>${d.update.quotes.available ? quotesView(d.update.quotes.value, cite, link) : notAvailable(d.update.quotes.reason)}</section>`
    : '';
  const body = html`<header class="story-head">
<h1>${story.title}</h1>
<p class="meta">${dateLabel(story.start)} – ${dateLabel(story.end)} · ${story.articles.length} articles · sources: ${story.sources.length ? story.sources.join(', ') : 'not recorded'}</p>
${coverageChart(story.coverage, { width: 480, height: 48 })}
<p class="exports">Export: <a class="button" href="/api/stories/${encodeURIComponent(story.id)}" download="story-${story.id}.json">JSON</a>
<a class="button" href="${base}/dossier.md" download>Markdown dossier</a>
<a class="button" href="${base}/quotes.csv" download>Quotes CSV</a></p>
<form class="since" method="get" action="${base}"><label>What's new since <input type="date" name="since" value="${d.update?.since ?? ''}" required></label> <button type="submit">Show</button>${d.update ? html` <a href="${base}">clear</a>` : ''}</form>
</header>
${update}
${section('shifts', 'Position shifts', d.positions, (p) => positionsView(p, cite))}
${section('summary', 'Summary', d.summary, (s) => summaryView(s, cite))}
${section('timeline', 'Timeline', d.timeline, (t) => timelineView(t, cite))}
${section('actors', 'Actors', d.actors, (a) => actorsView(a))}
${section('quotes', 'Quotes by speaker', d.quotes, (q) => quotesView(q, cite, link))}
<section id="articles" class="panel"><h2>Articles</h2><ol class="articles">${story.articles.map(
    (a) => html`<li><a href="${path('/articles/', a.id)}">${a.title ?? 'untitled'}</a> <time>${dateLabel(a.publishedAt, a.approximate)}</time>${a.source ? html` · ${a.source}` : ''}${a.duplicate ? html` <span class="dup">duplicate</span>` : ''}</li>`,
  )}</ol></section>
${d.changes.length ? changesView(d.changes) : ''}`;
  return layout(story.title, body);
}
