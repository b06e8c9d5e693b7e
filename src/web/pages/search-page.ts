import type { searchAll } from '../../api/routes/search.js';
import { html, path, type Html } from '../html.js';
import { dateLabel, layout } from '../layout.js';

/** Renders an FTS snippet whose matches are marked with [ and ] as escaped text with <mark>. */
export function snippetHtml(snippet: string): Html {
  const parts = snippet.split(/(\[[^\]]*\])/);
  return html`${parts.map((p) => (p.startsWith('[') && p.endsWith(']') ? html`<mark>${p.slice(1, -1)}</mark>` : p))}`;
}

/** Search results: stories, actors, then articles with snippets. */
export function searchPage(result: ReturnType<typeof searchAll> | null, query: string): Html {
  if (!result) return layout('Search', html`<h1>Search</h1><p>Type some words in the search box.</p>`, { query });
  const { stories, actors, articles } = result;
  const none = stories.length + actors.length + articles.length === 0;
  return layout(
    `Search: ${query}`,
    html`<h1>Search: ${query}</h1>
${none ? html`<p class="na">Nothing matches.</p>` : ''}
${stories.length ? html`<h2>Stories</h2><ul>${stories.map((s) => html`<li><a href="${path('/stories/', s.id)}">${s.title}</a> <time>${dateLabel(s.start)} – ${dateLabel(s.end)}</time></li>`)}</ul>` : ''}
${actors.length ? html`<h2>Actors</h2><ul>${actors.map((a) => html`<li><a href="${path('/actors/', a.id)}">${a.name}</a> <span class="type">${a.type}</span></li>`)}</ul>` : ''}
${articles.length ? html`<h2>Articles</h2><ol class="hits">${articles.map((a) => html`<li><a href="${path('/articles/', a.id)}">${a.title ?? 'untitled'}</a> <time>${dateLabel(a.publishedAt, a.approximate)}</time><p class="snippet">${snippetHtml(a.snippet)}</p></li>`)}</ol>` : ''}`,
    { query },
  );
}
