import type { StoryBundle } from '../core/story.js';
import type { ArticleRef, StoryView } from './views.js';

type Listed = Omit<ArticleRef, 'duplicate'>;

/**
 * A story's span, sources and coverage from its articles (already sorted or not).
 * Coverage counts articles per publication month; undated articles are left out of it.
 * Example: articles dated 2014-10-07, 2014-10-21 and 2016-02-15 give start "2014-10-07", end "2016-02-15"
 * and coverage [{period: "2014-10", count: 2}, {period: "2016-02", count: 1}].
 */
export function storyView(id: string, title: string, articles: readonly Listed[], duplicates: readonly string[]): StoryView {
  const dup = new Set(duplicates);
  const refs: ArticleRef[] = [...articles]
    .sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff'))
    .map((a) => ({ id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt, approximate: a.approximate, duplicate: dup.has(a.id) }));
  const dates = refs.map((a) => a.publishedAt).filter((d): d is string => !!d);
  const months = new Map<string, number>();
  for (const d of dates) months.set(d.slice(0, 7), (months.get(d.slice(0, 7)) ?? 0) + 1);
  const sources = [...new Set(refs.filter((a) => !a.duplicate).map((a) => a.source).filter((s): s is string => !!s))];
  return {
    id,
    title,
    start: dates[0] ?? null,
    end: dates[dates.length - 1] ?? null,
    articles: refs,
    sources,
    coverage: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([period, count]) => ({ period, count })),
  };
}

/** The view of a loaded bundle. Example: `storyViewOfBundle(loadStoryBundle(store, id))`. */
export function storyViewOfBundle(bundle: StoryBundle): StoryView {
  return storyView(bundle.id, bundle.title, bundle.articles.map(({ article }) => article), bundle.duplicates);
}
