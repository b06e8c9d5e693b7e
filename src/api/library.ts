import { dossierMarkdown } from '../analyze/dossier-markdown.js';
import { storyPositions } from '../analyze/positions/story-positions.js';
import { storySummary } from '../analyze/story-summary.js';
import { storyTimeline } from '../analyze/story-timeline.js';
import type { Evidence } from '../core/span.js';
import type { StoryBundle } from '../core/story.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { missing, ready, type ActorView, type ClaimView, type PositionsView, type Section, type StoryView, type TimelineEntryView } from './views.js';

/**
 * The one place where the API meets the other parts of the library (stories, actors,
 * timeline, summary, positions). Each function returns a Section: the value, or why it is
 * missing, so that a part that has not landed shows as "not available yet" instead of fake data.
 */

/** Every story, newest activity first. */
export function listStoryViews(_store: SqliteStore): Section<StoryView[]> {
  return missing('Story grouping (issue 6) has not landed yet: no stories to list.');
}

/** One story's bundle (articles with Docs, oldest first), or why there is none. */
export function storyBundle(_store: SqliteStore, _id: string): Section<StoryBundle> {
  return missing('Story grouping (issue 6) has not landed yet.');
}

/** Actors, optionally only those in the given articles. */
export function actorViews(_store: SqliteStore, _options: { articleIds?: readonly string[] } = {}): Section<ActorView[]> {
  return missing('Actors across articles (issue 3) have not landed yet.');
}

/** One actor by id, or null when there is no such actor. */
export function actorView(_store: SqliteStore, _id: string): Section<ActorView | null> {
  return missing('Actors across articles (issue 3) have not landed yet.');
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
export function positionsOf(bundle: StoryBundle): Section<PositionsView> {
  if (quotesMissing(bundle)) return missing('Positions are read from quotes (issue 4), which have not landed yet.');
  const found = storyPositions(bundle);
  const ev = (e: Evidence) => [e];
  return ready({
    positions: found.positions.map((p) => ({
      actor: p.actor.name,
      target: p.target,
      statements: p.statements.map((s) => ({ date: s.date, stance: s.stance, text: s.text, evidence: ev(s.evidence), triggers: s.triggers })),
    })),
    shifts: found.shifts.map((s) => ({
      actor: s.actor.name,
      target: s.target,
      from: { stance: s.from.stance, date: s.from.date, evidence: ev(s.from.evidence), text: s.from.text },
      to: { stance: s.to.stance, date: s.to.date, evidence: ev(s.to.evidence), text: s.to.text },
    })),
    disagreements: found.disagreements,
  });
}

/** The Markdown dossier (issue 7's renderer: sources, cited summary, timeline, actors, quotes, positions). */
export function markdownOf(bundle: StoryBundle): string {
  return dossierMarkdown(bundle);
}
