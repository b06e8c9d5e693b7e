import type { StoryBundle } from '../core/story.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { actorViews, positionsOf, storyBundle, storyChanges, summaryOf, timelineOf } from './library.js';
import { actorIdOf } from './actor-ids.js';
import { quotesFromDocs } from './quotes-from-docs.js';
import { storyViewOfBundle } from './story-view.js';
import { missing, ready, type Dossier, type QuoteView, type Section } from './views.js';

export interface DossierOptions {
  /** ISO date: adds the "what's new since" view of articles published after it. */
  readonly since?: string;
}

function quotesSection(items: Parameters<typeof quotesFromDocs>[0], actorIds: Parameters<typeof quotesFromDocs>[1]): Section<QuoteView[]> {
  const quotes = quotesFromDocs(items, actorIds);
  return quotes ? ready(quotes) : missing('No article in this story has a quotes layer (stored by an older build: re-ingest them).');
}

/**
 * Gathers a story's full dossier from the library: span, articles, actors, quotes, timeline,
 * summary and positions, each as a Section. Throws not-found when the story does not exist.
 * Example: `buildDossier(store, 'st1', { since: '2015-01-01' }).update.articles` lists what came after.
 */
export function buildDossier(store: SqliteStore, id: string, options: DossierOptions = {}): Dossier {
  return dossierOfBundle(store, storyBundle(store, id), options);
}

/** The dossier of an already loaded bundle (see buildDossier). */
export function dossierOfBundle(store: SqliteStore, bundle: StoryBundle, { since }: DossierOptions = {}): Dossier {
  const story = storyViewOfBundle(bundle);
  const actorIds = actorIdOf(store);
  const dossier: Dossier = {
    story,
    changes: storyChanges(store, bundle.id),
    actors: ready(actorViews(store, { articleIds: story.articles.map((a) => a.id) })),
    quotes: quotesSection(bundle.articles, actorIds),
    timeline: timelineOf(bundle),
    summary: summaryOf(bundle),
    positions: positionsOf(bundle, actorIds),
  };
  if (!since) return dossier;
  const fresh = bundle.articles.filter(({ article }) => article.publishedAt !== null && article.publishedAt.slice(0, 10) > since);
  const freshIds = new Set(fresh.map(({ article }) => article.id));
  return {
    ...dossier,
    update: {
      since,
      articles: story.articles.filter((a) => freshIds.has(a.id)),
      shifts: dossier.positions.available
        ? ready({ positions: [], disagreements: [], shifts: dossier.positions.value.shifts.filter((s) => s.to.evidence.some((e) => freshIds.has(e.articleId))) })
        : dossier.positions,
      summary: summaryOf(bundle, { since }),
      timeline: dossier.timeline.available ? ready(dossier.timeline.value.filter((e) => e.evidence.some((ev) => freshIds.has(ev.articleId)))) : dossier.timeline,
      quotes: quotesSection(fresh, actorIds),
    },
  };
}
