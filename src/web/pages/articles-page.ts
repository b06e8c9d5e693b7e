import type { ArticleSummary } from '../../store/sqlite-store.js';
import type { Page } from '../../api/validate.js';
import { html, path, type Html } from '../html.js';
import { dateLabel, layout } from '../layout.js';

/** Links to the previous and next page of a list, keeping the other query parameters. */
export function pager(page: Page<unknown>, base: string): Html {
  const at = (offset: number) => `${base}${base.includes('?') ? '&' : '?'}offset=${offset}&limit=${page.limit}`;
  const prev = page.offset > 0 ? html`<a href="${at(Math.max(0, page.offset - page.limit))}">← previous</a>` : '';
  const next = page.offset + page.limit < page.total ? html`<a href="${at(page.offset + page.limit)}">next →</a>` : '';
  return html`<nav class="pager">${prev} <span>${page.total ? page.offset + 1 : 0}–${Math.min(page.total, page.offset + page.limit)} of ${page.total}</span> ${next}</nav>`;
}

/** Every stored article, oldest first, one page at a time. */
export function articlesPage(page: Page<ArticleSummary>): Html {
  return layout(
    'Articles',
    html`<h1>Articles</h1><ol class="articles" start="${page.offset + 1}">${page.items.map(
      (a) => html`<li><a href="${path('/articles/', a.id)}">${a.title ?? 'untitled'}</a> <time>${dateLabel(a.publishedAt, a.approximate)}</time>${a.source ? html` · ${a.source}` : ''}</li>`,
    )}</ol>${pager(page, '/articles')}`,
  );
}
