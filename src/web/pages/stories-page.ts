import type { Page } from '../../api/validate.js';
import type { StoryView } from '../../api/views.js';
import { html, path, type Html } from '../html.js';
import { dateLabel, layout } from '../layout.js';
import { coverageChart } from '../parts/coverage-chart.js';
import { pager } from './articles-page.js';

/** The home page: stories, latest activity first, a page at a time, with span, article count, sources and coverage chart. */
export function storiesPage(stories: Page<StoryView>, articleCount: number): Html {
  const body = stories.total
    ? html`<ul class="story-list">${stories.items.map(
        (s) => html`<li class="story-card"><h2><a href="${path('/stories/', s.id)}">${s.title}</a></h2>
<p class="meta">${dateLabel(s.start)} – ${dateLabel(s.end)} · ${s.articles.length} article${s.articles.length === 1 ? '' : 's'} · ${s.sources.length ? s.sources.join(', ') : 'sources not recorded'}</p>
${coverageChart(s.coverage)}</li>`,
      )}</ul>${pager(stories, '/')}`
    : html`<p>No stories yet${articleCount ? html` (${articleCount} articles are stored: <a href="/articles">browse them</a>)` : ''}. Ingest articles with <code>storyline ingest PATH</code>.</p>`;
  return layout('Stories', html`<h1>Stories</h1>${body}`);
}
