import { createHash } from 'node:crypto';
import type { ArticleFeatures } from './article-features.js';
import { defaultClusterOptions, type ClusterOptions } from './cluster-options.js';
import { DocumentFrequencies } from './document-frequencies.js';
import { DuplicateIndex } from './duplicate-index.js';
import { PostingIndex } from './posting-index.js';
import { SecondLooks } from './second-looks.js';
import { addInto, pruneTo, sublinear, weightedDot, weightedNormSquared, type SparseVector } from './weighted-cosine.js';

/** A story as the clusterer holds it: centroids are sums of members' sublinear tf vectors. */
export interface StoryState {
  readonly id: string;
  title: SparseVector;
  body: SparseVector;
  names: SparseVector;
  /** Day span (days since epoch) of its dated members; null while none is dated. */
  start: number | null;
  end: number | null;
  /** Independent (non-duplicate) members. */
  size: number;
  /** Arrival counter of its last change, for recency in the posting lists. */
  touched: number;
}

/** An article's (or centroid's) three sub-vectors. */
export interface Vectors {
  readonly title: SparseVector;
  readonly body: SparseVector;
  readonly names: SparseVector;
}

/** What happened to one article. `merged` lists stories folded into `storyId` because of it. */
export interface StoryDecision {
  readonly articleId: string;
  readonly storyId: string;
  readonly kind: 'create' | 'join' | 'duplicate';
  readonly score: number;
  readonly duplicateOf: string | null;
  readonly merged: readonly string[];
  /** The index keys the article posted its story under (empty for duplicates). */
  readonly keys: readonly string[];
  /** Independent articles the story had before this one (0 for a new story): where a split check starts counting. */
  readonly sizeBefore: number;
  /** The unit-length vectors the article added to its story's centroids (null for duplicates): what a split re-sums. */
  readonly vectors: Vectors | null;
  /** Small stories folded into a grown story on their second look, just before this article was placed. */
  readonly attached: readonly Attachment[];
}

/** A small story (`storyId`) folded into the grown story `into` on its second look, at `score`. */
export interface Attachment {
  readonly storyId: string;
  readonly into: string;
  readonly score: number;
}

/** The story id of a story started by `articleId`: stable, derived from content. Example: 16 hex digits. */
export function storyIdFor(articleId: string): string {
  return createHash('sha256').update('story\u0000' + articleId).digest('hex').slice(0, 16);
}

/** `v` divided by the square root of its squared weighted norm (unchanged when that is 0). */
function scaled(v: SparseVector, normSquared: number): SparseVector {
  if (normSquared <= 0) return v;
  const k = 1 / Math.sqrt(normSquared);
  return new Map([...v].map(([t, x]) => [t, x * k]));
}

/**
 * The cosine a typical member has with a centroid that sums `size` unit-length members, other
 * than itself, from the centroid's squared norm alone: |c|² − n is the sum of the members'
 * pairwise cosines, so with mean pairwise cosine ρ a newcomer like them scores nρ / |c|.
 * Example: `typicalCosine(3, 2)` ≈ 0.577 (two members at cosine 0.5).
 */
export function typicalCosine(normSquared: number, size: number): number {
  if (size < 2 || normSquared <= size) return 0;
  return (normSquared - size) / ((size - 1) * Math.sqrt(normSquared));
}

function gapDays(start: number | null, end: number | null, day: number | null, dayEnd: number | null = day): number {
  if (start === null || end === null || day === null || dayEnd === null) return 0;
  if (dayEnd < start) return start - dayEnd;
  if (day > end) return day - end;
  return 0;
}

/**
 * Online single-pass story clustering (after Miranda et al., EMNLP 2018): each article, in
 * publication order, joins the best-scoring candidate story or starts a new one. Candidates come
 * from an inverted index over top terms and names, so the cost per article stays flat as stories
 * accumulate. Earlier assignments never move; only merges (recorded) fold one story into another.
 * Example: `const c = new StoryClusterer(); c.add(articleFeatures(article, doc)).storyId`.
 */
export class StoryClusterer {
  readonly stories = new Map<string, StoryState>();
  /** Folded story id → the story it was merged into. */
  readonly mergedInto = new Map<string, string>();
  readonly df = new DocumentFrequencies();
  readonly postings: PostingIndex;
  readonly duplicates = new DuplicateIndex();
  /** New stories waiting for their second looks (see `secondLook`). */
  readonly secondLooks: SecondLooks;
  /** Articles seen so far (arrival counter). */
  clock = 0;
  // Squared idf-weighted norms per vector set, and the document count they were computed at:
  // idf drifts slowly, so a norm is reused until the collection grows by a tenth or the story changes.
  private readonly norms = new WeakMap<Vectors, { at: number; title: number; body: number; names: number }>();

  constructor(readonly options: ClusterOptions = defaultClusterOptions) {
    this.postings = new PostingIndex(options.postingLimit);
    this.secondLooks = new SecondLooks(options.secondLookAfter, options.secondLookRounds);
  }

  /** The live story an id now belongs to (following merges). */
  resolve(storyId: string): string {
    let id = storyId;
    for (let next = this.mergedInto.get(id); next; next = this.mergedInto.get(id)) id = next;
    return id;
  }

  /** Assigns one article; call in publication order. */
  add(features: ArticleFeatures): StoryDecision {
    this.clock++;
    const attached = this.secondLook();
    const original = features.signature ? this.duplicates.find(features.signature, this.options.duplicateThreshold) : null;
    if (original) {
      const storyId = this.resolve(original.storyId);
      this.duplicates.add(features.articleId, features.signature!, storyId, original.articleId);
      const story = this.stories.get(storyId)!;
      this.widen(story, features.day);
      return { articleId: features.articleId, storyId, kind: 'duplicate', score: original.similarity, duplicateOf: original.articleId, merged: [], keys: [], attached, sizeBefore: story.size, vectors: null };
    }
    this.df.addDocument(features.body, features.names);
    const vectors = { title: sublinear(features.title), body: this.topTerms(sublinear(features.body)), names: sublinear(features.names) };
    const keys = this.queryKeys(features);
    const scored = this.postings
      .candidates(keys, this.options.maxCandidates)
      .map((id) => this.stories.get(this.resolve(id))!)
      .filter((s, i, all) => all.indexOf(s) === i)
      .map((story) => ({ story, score: this.score(vectors, features.day, features.day, story) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    const joins = !!best && best.score >= this.joinThresholdFor(best.story) && this.clearLead(best.score, scored[1]?.score ?? 0);
    const story: StoryState = joins
      ? best.story
      : { id: storyIdFor(features.articleId), title: new Map(), body: new Map(), names: new Map(), start: null, end: null, size: 0, touched: 0 };
    if (!joins) this.stories.set(story.id, story);
    const sizeBefore = story.size;
    const added = this.absorb(story, vectors);
    story.size++;
    this.widen(story, features.day);
    // Other stories the article also scored well against may prove to be the same story, now
    // that it has grown: a one-article story is that article, folded in when it would now join.
    // A centroid of more articles is smoother and scores higher against anything, so the bar
    // rises with the folded story's size, up to the story-to-story merge threshold.
    const merged: string[] = [];
    if (joins) {
      for (const other of scored.slice(1)) {
        if (other.score < this.options.joinThreshold * this.options.mergeCandidateShare) break;
        if (this.storySimilarity(story, other.story) >= this.foldBar(story, other.story)) merged.push(this.merge(story, other.story));
      }
    }
    this.postings.post(keys, story.id);
    if (features.signature) this.duplicates.add(features.articleId, features.signature, story.id, null);
    if (!joins) this.secondLooks.add(this.clock, { storyId: story.id, keys });
    return { articleId: features.articleId, storyId: story.id, kind: joins ? 'join' : 'create', score: best?.score ?? 0, duplicateOf: null, merged, keys, attached, sizeBefore, vectors: added };
  }

  /**
   * Second looks at stories started 100, 400 and 1,600 arrivals ago (`secondLookAfter`, ×4 per
   * round) that are still small (`secondLookMaxSize`). When such a story started, the stories it
   * was scored against were young; some have grown since. It is scored, as a story, against its
   * candidates from the index (its first article's keys) that have grown to
   * `secondLookMinTarget` articles, and folded into the best one when it reaches
   * `secondLookShare` of the bar a merge into that story needs. Runs before each arrival is
   * placed, so the arriving article's own story is never folded away under it. A few index
   * lookups per arrival, whatever the store's size.
   * Example: a one-article report on a broad theme, started while that theme's story had two
   * articles, joins it once the story has twenty and the report scores near its threshold.
   */
  private secondLook(): Attachment[] {
    const o = this.options;
    const out: Attachment[] = [];
    for (const { storyId, keys } of this.secondLooks.due(this.clock)) {
      const small = this.stories.get(storyId);
      if (!small || small.size > o.secondLookMaxSize) continue;
      const best = this.postings
        .candidates(keys, o.maxCandidates + 1)
        .map((id) => this.stories.get(this.resolve(id))!)
        .filter((s, i, all) => s !== small && s.size >= o.secondLookMinTarget && all.indexOf(s) === i)
        .map((story) => ({ story, score: this.storySimilarity(story, small) }))
        .sort((a, b) => b.score - a.score)[0];
      if (best && best.score >= o.secondLookShare * this.foldBar(best.story, small)) {
        out.push({ storyId: this.merge(best.story, small), into: best.story.id, score: best.score });
      }
    }
    return out;
  }

  /**
   * The centroid similarity at which `other` is folded into `into`: the threshold of `into`,
   * raised by `mergeGrowth` per extra article of `other`, at most `mergeThreshold`. A
   * one-article story is folded when its article would join. Example: 0.17 for a one-article
   * story and a loose story.
   */
  foldBar(into: StoryState, other: StoryState): number {
    const o = this.options;
    return Math.min(this.joinThresholdFor(into) * (1 + o.mergeGrowth * (other.size - 1)), o.mergeThreshold);
  }

  /**
   * Whether a best score that passed its story's threshold may join. A score at or above
   * `joinThreshold` always may. A lower one passed only through the small-story leniency, and an
   * article that scores about as well against another story is a general report on a shared
   * theme, not a sign that this small story is its story: it must lead the runner-up by
   * `discountMargin`. Example: `clearLead(0.12, 0.10)` is false with the shipped 0.04.
   */
  clearLead(best: number, runnerUp: number): boolean {
    return best >= this.options.joinThreshold || best - runnerUp >= this.options.discountMargin;
  }

  /**
   * The join threshold for a story. Small stories are joined more easily: their centroid is one
   * or two articles' noise. Over the first 50 articles idf has not yet told common words from
   * rare ones and every score runs high, so the threshold starts `earlyPremium` higher and the
   * small-story leniency grows in as the premium fades. A story of two or
   * more articles also asks a newcomer for at least `cohesionShare` of the score its own typical
   * member has: a tight single-event story (one trial, one rehab stay) turns away a report of
   * another event of the same kind, while a broad, long-running story stays open to loosely
   * related reports. Example: `clusterer.joinThresholdFor(story)` → 0.17 for a loose story.
   */
  joinThresholdFor(story: StoryState): number {
    const o = this.options;
    const settled = Math.min(1, this.df.documents / 50);
    const fixed = o.joinThreshold * (1 + o.earlyPremium * (1 - settled)) * (1 - (settled * o.smallStoryDiscount) / story.size);
    if (story.size < 2 || o.cohesionShare <= 0) return fixed;
    const n = this.normsOf(story);
    const typical = o.bodyWeight * typicalCosine(n.body, story.size) + o.titleWeight * typicalCosine(n.title, story.size) + o.namesWeight * typicalCosine(n.names, story.size);
    return Math.max(fixed, o.cohesionShare * typical);
  }

  /** The weighted similarity of an article (or story) with a story, minus the time-gap penalty. */
  score(vectors: Vectors, day: number | null, dayEnd: number | null, story: StoryState): number {
    const o = this.options;
    const content = this.similarity(vectors, story);
    const gap = gapDays(story.start, story.end, day, dayEnd);
    return content - o.timePenalty * Math.log1p(gap / o.timeScaleDays);
  }

  /** The weighted sum of the three sub-vector cosines, 0..1. */
  similarity(a: Vectors, b: Vectors): number {
    const o = this.options;
    const na = this.normsOf(a);
    const nb = this.normsOf(b);
    const cos = (dot: number, x: number, y: number) => (dot === 0 ? 0 : dot / Math.sqrt(x * y));
    return (
      o.bodyWeight * cos(weightedDot(a.body, b.body, this.termWeight), na.body, nb.body) +
      o.titleWeight * cos(weightedDot(a.title, b.title, this.termWeight), na.title, nb.title) +
      o.namesWeight * cos(weightedDot(a.names, b.names, this.nameWeight), na.names, nb.names)
    );
  }

  // idf changes only when a document is added: within one article's scoring (up to 25 candidate
  // stories sharing many of its terms) each term's weight is computed once.
  private readonly weights = { at: -1, terms: new Map<string, number>(), names: new Map<string, number>() };
  private readonly cachedWeight = (kind: 'terms' | 'names', t: string): number => {
    const cache = this.weights;
    if (cache.at !== this.df.documents) {
      cache.at = this.df.documents;
      cache.terms.clear();
      cache.names.clear();
    }
    let w = cache[kind].get(t);
    if (w === undefined) cache[kind].set(t, (w = (kind === 'terms' ? this.df.termIdf(t) : this.df.nameIdf(t)) ** this.options.idfPower));
    return w;
  };
  private readonly termWeight = (t: string) => this.cachedWeight('terms', t);
  private readonly nameWeight = (t: string) => this.cachedWeight('names', t);

  private normsOf(v: Vectors): { at: number; title: number; body: number; names: number } {
    const n = this.df.documents;
    let cached = this.norms.get(v);
    if (!cached || n > cached.at * 1.1 + 5) {
      cached = { at: n, title: weightedNormSquared(v.title, this.termWeight), body: weightedNormSquared(v.body, this.termWeight), names: weightedNormSquared(v.names, this.nameWeight) };
      this.norms.set(v, cached);
    }
    return cached;
  }

  private storySimilarity(a: StoryState, b: StoryState): number {
    const gap = gapDays(b.start, b.end, a.start, a.end);
    return this.similarity(a, b) - this.options.timePenalty * Math.log1p(gap / this.options.timeScaleDays);
  }

  /**
   * Adds an article's vectors to a story's centroids, each scaled to unit (idf-weighted) length
   * so a long feature does not outweigh the short reports the story is made of. Returns the
   * scaled vectors it added.
   */
  private absorb(story: StoryState, vectors: Vectors): Vectors {
    const n = this.normsOf(vectors);
    const added = { title: scaled(vectors.title, n.title), body: scaled(vectors.body, n.body), names: scaled(vectors.names, n.names) };
    addInto(story.title, added.title);
    addInto(story.body, added.body);
    addInto(story.names, added.names);
    this.norms.delete(story);
    pruneTo(story.body, this.options.centroidTerms);
    pruneTo(story.title, this.options.centroidTerms);
    pruneTo(story.names, this.options.centroidTerms);
    return added;
  }

  /** Folds `other` into `into` (the story the article joined); returns the folded id. */
  private merge(into: StoryState, other: StoryState): string {
    addInto(into.title, other.title);
    addInto(into.body, other.body);
    addInto(into.names, other.names);
    into.size += other.size;
    this.norms.delete(into);
    this.widen(into, other.start);
    this.widen(into, other.end);
    this.stories.delete(other.id);
    this.mergedInto.set(other.id, into.id);
    return other.id;
  }

  private widen(story: StoryState, day: number | null): void {
    story.touched = this.clock;
    if (day === null) return;
    story.start = story.start === null ? day : Math.min(story.start, day);
    story.end = story.end === null ? day : Math.max(story.end, day);
  }

  private topTerms(v: SparseVector): SparseVector {
    if (v.size <= this.options.articleTerms) return v;
    const ranked = [...v].sort((a, b) => b[1] * this.df.termIdf(b[0]) - a[1] * this.df.termIdf(a[0]));
    return new Map(ranked.slice(0, this.options.articleTerms));
  }

  /** An article's index keys: its top terms by tf-idf and its top names ("n:" prefix). */
  private queryKeys(features: ArticleFeatures): string[] {
    const top = (counts: Map<string, number>, idf: (t: string) => number, prefix: string) =>
      [...counts]
        .map(([t, n]) => [t, (1 + Math.log(n)) * idf(t)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, this.options.queryTerms)
        .map(([t]) => prefix + t);
    return [...top(features.body, (t) => this.df.termIdf(t), ''), ...top(features.names, (t) => this.df.nameIdf(t), 'n:')];
  }
}
