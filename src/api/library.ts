import { dossierMarkdown } from '../analyze/dossier-markdown.js';
import { storyPositions } from '../analyze/positions/story-positions.js';
import { storySummary } from '../analyze/story-summary.js';
import { storyTimeline } from '../analyze/story-timeline.js';
import type { Evidence } from '../core/span.js';
import type { StoryBundle } from '../core/story.js';
import { getActor, listActors } from '../store/actors/list-actors.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { listStories, loadStoryBundle, storyHistory } from '../stories/story-record.js';
import { storyView } from './story-view.js';
import { missing, ready, type ActorView, type StoryChangeView, type ClaimView, type PositionsView, type Section, type StoryView, type TimelineEntryView } from './views.js';

/**
 * The one place where the API meets the other parts of the library (stories, actors,
 * timeline, summary, positions), mapping their results to the views the API and pages show.
 * Dossier parts are Sections: the value, or why it is missing (positions need the quotes layer),
 * so a missing part shows as "not available yet" instead of fake data. Unknown ids throw the
 * library's not-found / ambiguous-id errors.
 */

/** Every story, latest activity first (issue 6), with span, sources and coverage. */
export function listStoryViews(store: SqliteStore): StoryView[] {
  const summaries = new Map(store.listArticles().map((a) => [a.id, a]));
  return listStories(store).map((s) => storyView(s.id, s.title, s.articles.flatMap((id) => summaries.get(id) ?? []), s.duplicates));
}

/** The merges and splits in a story's history, with the other story's current title. */
export function storyChanges(store: SqliteStore, id: string): StoryChangeView[] {
  const title = store.db.prepare('SELECT title FROM stories WHERE id = ?');
  return storyHistory(store, id).flatMap((e) =>
    (e.kind === 'merge' || e.kind === 'split-off' || e.kind === 'split-from') && e.otherStoryId
      ? [{ kind: e.kind, otherStoryId: e.otherStoryId, otherTitle: (title.get(e.otherStoryId) as { title: string } | undefined)?.title ?? '', at: e.at }]
      : [],
  );
}

/** One story's bundle (articles with Docs, oldest first); throws not-found / ambiguous-id. */
export function storyBundle(store: SqliteStore, id: string): StoryBundle {
  return loadStoryBundle(store, id);
}

/** Actors across articles (issue 3), optionally only those in the given articles. */
export function actorViews(store: SqliteStore, { articleIds }: { articleIds?: readonly string[] } = {}): ActorView[] {
  return listActors(store, { articleIds });
}

/** One actor by id, unique prefix or exact name; throws not-found / ambiguous-id. */
export function actorView(store: SqliteStore, id: string): ActorView {
  return getActor(store, id);
}

/** The story's timeline (issue 7), most salient events, in date order. */
export function timelineOf(bundle: StoryBundle): Section<TimelineEntryView[]> {
  return ready(storyTimeline(bundle).map(({ date, granularity, text, evidence }) => ({ date, granularity, text, evidence })));
}

/** The cited summary (issue 7); with `since`, the update summary of what is new after that date. */
export function summaryOf(bundle: StoryBundle, { since, words = 150 }: { since?: string; words?: number } = {}): Section<ClaimView[]> {
  return ready(storySummary(bundle, { since, words }).map(({ text, evidence }) => ({ text, evidence })));
}

const quotesMissing = (bundle: StoryBundle) => !bundle.articles.some(({ doc }) => doc.layers.quotes);

/** Positions and shifts (issue 8); they read the quotes layer, so they wait for it. */
export function positionsOf(bundle: StoryBundle, actorIdOf?: (articleId: string, entityId: string) => string | undefined): Section<PositionsView> {
  if (quotesMissing(bundle)) return missing('Positions are read from quotes, and these articles have no quotes layer (stored by an older build: re-ingest them).');
  const found = storyPositions(bundle, { actorIdOf });
  const ev = (e: Evidence) => [e];
  return ready({
    positions: found.positions.map((p) => ({
      actor: p.actor.name,
      target: p.target,
      statements: p.statements.map((s) => ({ date: s.date, stance: s.stance, text: s.text, evidence: ev(s.evidence), triggers: s.triggers })),
    })),
    shifts: found.shifts.map((s) => ({
      actor: s.actor.name,
      actorId: actorIdOf ? s.actor.id : null,
      target: s.target,
      from: { stance: s.from.stance, date: s.from.date, evidence: ev(s.from.evidence), text: s.from.text },
      to: { stance: s.to.stance, date: s.to.date, evidence: ev(s.to.evidence), text: s.to.text },
    })),
    disagreements: found.disagreements.map((d) => ({
      target: d.target,
      a: { actor: d.a.actor.name, stance: d.a.stance, date: d.a.date, text: d.a.text, evidence: ev(d.a.evidence) },
      b: { actor: d.b.actor.name, stance: d.b.stance, date: d.b.date, text: d.b.text, evidence: ev(d.b.evidence) },
    })),
  });
}

/** The Markdown dossier (issue 7's renderer: sources, cited summary, timeline, actors, quotes, positions). */
export function markdownOf(bundle: StoryBundle): string {
  return dossierMarkdown(bundle);
}
