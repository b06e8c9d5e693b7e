import type { Page } from '../../api/validate.js';
import type { Section, StoryView } from '../../api/views.js';
import { pager } from './articles-page.js';
import { html, path, type Html } from '../html.js';
import { dateLabel, layout, notAvailable } from '../layout.js';
import { coverageChart } from '../parts/coverage-chart.js';

/** The home page: stories, latest activity first, a page at a time, with span, article count, sources and coverage chart. */
export function storiesPage(stories: Section<Page<StoryView>>, articleCount: number): Html {
  const body = stories.available
    ? stories.value.total
      ? html`<ul class="story-list">${stories.value.items.map(
          (s) => html`<li class="story-card"><h2><a href="${path('/stories/', s.id)}">${s.title}</a></h2>
<p class="meta">${dateLabel(s.start)} – ${dateLabel(s.end)} · ${s.articles.length} article${s.articles.length === 1 ? '' : 's'} · ${s.sources.length ? s.sources.join(', ') : 'sources not recorded'}</p>
${coverageChart(s.coverage)}</li>`,
        )}</ul>${pager(stories.value, '/')}`
      : html`<p>No stories yet. Ingest articles with <code>storyline ingest PATH</code>.</p>`
    : html`${notAvailable(stories.reason)}<p>${articleCount} articles are stored: <a href="/articles">browse them</a>.</p>`;
  return layout('Stories', html`<h1>Stories</h1>${body}`);
}
