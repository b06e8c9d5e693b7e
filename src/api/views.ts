import type { Evidence, Span } from '../core/span.js';

/** A part of the dossier that another stage provides: either its value or why it is missing. */
export type Section<T> = { readonly available: true; readonly value: T } | { readonly available: false; readonly reason: string };

/** Wraps a value as an available section. Example: `ready([1])` is `{available: true, value: [1]}`. */
export function ready<T>(value: T): Section<T> {
  return { available: true, value };
}

/** A section that is not there, with the reason shown to the reader. Example: `missing('positions have not landed yet')`. */
export function missing<T>(reason: string): Section<T> {
  return { available: false, reason };
}

/** One article as listed in a story. */
export interface ArticleRef {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly approximate: boolean;
  /** True when the article is a near-duplicate of another in the story (not an independent source). */
  readonly duplicate: boolean;
}

/** A story as listed: its span, sources and coverage (articles per month, "YYYY-MM"). */
export interface StoryView {
  readonly id: string;
  readonly title: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly articles: readonly ArticleRef[];
  readonly sources: readonly string[];
  readonly coverage: readonly { readonly period: string; readonly count: number }[];
}

/** A role an actor held, as stated in one article (date = the article's publication date). */
export interface RoleView {
  readonly title: string;
  readonly articleId: string;
  readonly date: string | null;
}

/** An actor across articles. */
export interface ActorView {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly roles: readonly RoleView[];
  readonly aliases: readonly string[];
  readonly articles: readonly string[];
}

/** A quote with its speaker; `content` spans are in the article's Doc text, `text` is their surface joined by " … ". */
export interface QuoteView {
  readonly articleId: string;
  readonly date: string | null;
  readonly text: string;
  readonly content: readonly Span[];
  readonly cue: string | null;
  readonly kind: string;
  /** `id` is the Doc's entity id; `actorId` the stored actor it was merged into, when known. */
  readonly speaker: { readonly id: string | null; readonly name: string; readonly actorId?: string | null } | null;
  readonly confidence: number;
}

/** A made claim (timeline entry, summary sentence) with the evidence that links it to its source sentences. */
export interface ClaimView {
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

export interface TimelineEntryView extends ClaimView {
  /** ISO date at its granularity: "2014-10-17", "2014-10", "2015". */
  readonly date: string;
  readonly granularity: string;
}

export interface StatementView {
  readonly date: string | null;
  readonly stance: string;
  readonly text: string;
  readonly evidence: readonly Evidence[];
  readonly triggers: readonly string[];
}

/** One side of a shift: the stance, when, and the statement that shows it. */
export interface ShiftEndView {
  readonly stance: string;
  readonly date: string | null;
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

export interface ShiftView {
  readonly actor: string;
  /** The stored actor's id, when the speaker was merged into one. */
  readonly actorId: string | null;
  readonly target: string;
  readonly from: ShiftEndView;
  readonly to: ShiftEndView;
}

/** Two actors on opposite sides of one target in the same period; `a` favours it, `b` is against. */
export interface DisagreementView {
  readonly target: string;
  readonly a: { readonly actor: string } & ShiftEndView;
  readonly b: { readonly actor: string } & ShiftEndView;
}

export interface PositionsView {
  readonly positions: readonly { readonly actor: string; readonly target: string; readonly statements: readonly StatementView[] }[];
  readonly shifts: readonly ShiftView[];
  readonly disagreements: readonly DisagreementView[];
}

/** A merge or split in a story's history; `otherTitle` is the other story's title now. */
export interface StoryChangeView {
  readonly kind: 'merge' | 'split-off' | 'split-from';
  readonly otherStoryId: string;
  readonly otherTitle: string;
  readonly at: string;
}

/** Everything the story page, `/api/stories/:id` and the exports show. */
export interface Dossier {
  readonly story: StoryView;
  /** Merges into and splits of this story, oldest first. */
  readonly changes: readonly StoryChangeView[];
  readonly actors: Section<readonly ActorView[]>;
  readonly quotes: Section<readonly QuoteView[]>;
  readonly timeline: Section<readonly TimelineEntryView[]>;
  readonly summary: Section<readonly ClaimView[]>;
  readonly positions: Section<PositionsView>;
  /** "What's new since": present when asked for with `since`. */
  readonly update?: {
    readonly since: string;
    readonly articles: readonly ArticleRef[];
    /** Shifts whose later statement is from an article published after `since`. */
    readonly shifts: Section<PositionsView>;
    readonly summary: Section<readonly ClaimView[]>;
    readonly timeline: Section<readonly TimelineEntryView[]>;
    readonly quotes: Section<readonly QuoteView[]>;
  };
}
