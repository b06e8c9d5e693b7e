/**
 * The knobs of the online story clusterer, with the one configuration measured on the DEV
 * sets (see src/eval/stories.ts). Weights sum to 1 so `joinThreshold` reads as a similarity.
 */
export interface ClusterOptions {
  /** Weight of the cosine between the article's and the story's headline+body terms. */
  readonly bodyWeight: number;
  /** Weight of the title-terms cosine. */
  readonly titleWeight: number;
  /** Weight of the actor/place names cosine. */
  readonly namesWeight: number;
  /** Join the best story when its score reaches this; otherwise start a new story. */
  readonly joinThreshold: number;
  /** A story of n articles is joined at joinThreshold × (1 − smallStoryDiscount / n). */
  readonly smallStoryDiscount: number;
  /**
   * A join that only the small-story leniency allows (best score below joinThreshold) also
   * needs the best candidate to lead the runner-up by this much.
   */
  readonly discountMargin: number;
  /**
   * The join threshold starts this much higher (×(1 + earlyPremium)) and falls to
   * joinThreshold over the first 50 articles, while idf is still immature.
   */
  readonly earlyPremium: number;
  /**
   * A story of two or more articles is joined at no less than this share of the score its own
   * typical member has against it (its cohesion): tight single-event stories ask more.
   */
  readonly cohesionShare: number;
  /** Score lost per unit of ln(1 + gapDays / timeScaleDays) outside the story's time span. */
  readonly timePenalty: number;
  readonly timeScaleDays: number;
  /** Two stories always merge when their centroids score this much against each other. */
  readonly mergeThreshold: number;
  /**
   * Stories the article scores at least this share of `joinThreshold` against are checked for a
   * merge with the story it joined: a story of m articles is folded in when the centroids
   * score at least min(mergeThreshold, the joined story's threshold × (1 + mergeGrowth · (m − 1))),
   * so a one-article story joins as its article would.
   */
  readonly mergeCandidateShare: number;
  /** How fast the bar for folding a story rises with its size (see mergeCandidateShare). */
  readonly mergeGrowth: number;
  /**
   * A new story gets second looks this many arrivals after it started, then 4× and 16× as many
   * (`secondLookRounds` looks; 0 turns them off). While it has at most `secondLookMaxSize`
   * articles, it is folded into its best candidate story of at least `secondLookMinTarget`
   * articles when it scores `secondLookShare` of the bar a merge into that story needs.
   */
  readonly secondLookAfter: number;
  readonly secondLookRounds: number;
  readonly secondLookMaxSize: number;
  readonly secondLookMinTarget: number;
  readonly secondLookShare: number;
  /** Estimated shingle Jaccard at or above which an article is a near-duplicate. */
  readonly duplicateThreshold: number;
  /** How many stories are scored in full per article (from the inverted index). */
  readonly maxCandidates: number;
  /** How many of an article's top terms (and names) are looked up and posted in the index. */
  readonly queryTerms: number;
  /** Most recent stories kept per posting list, so lookups cost the same as the store grows. */
  readonly postingLimit: number;
  /** Terms kept in a story centroid. */
  readonly centroidTerms: number;
  /** An article vector keeps only its top terms by tf-idf: long texts add noise, not topic. */
  readonly articleTerms: number;
  /** idf is raised to this power: above 1 favours rare terms more than plain tf-idf. */
  readonly idfPower: number;
}

/**
 * The shipped configuration. DEV B-cubed F1 (docs/stories.md): DUC 2006 0.883 (P 0.916, R 0.851,
 * 116 stories), wikiref220 0.965, ECB+ event label 0.842. Example: `{ ...defaultClusterOptions, joinThreshold: 0.18 }`.
 */
export const defaultClusterOptions: ClusterOptions = {
  bodyWeight: 0.7,
  titleWeight: 0.15,
  namesWeight: 0.15,
  joinThreshold: 0.17,
  smallStoryDiscount: 0.5,
  discountMargin: 0.04,
  earlyPremium: 0.35,
  cohesionShare: 0.45,
  timePenalty: 0.005,
  timeScaleDays: 7,
  mergeThreshold: 0.5,
  mergeCandidateShare: 0.6,
  mergeGrowth: 0.4,
  secondLookAfter: 100,
  secondLookRounds: 3,
  secondLookMaxSize: 2,
  secondLookMinTarget: 5,
  secondLookShare: 0.9,
  duplicateThreshold: 0.8,
  maxCandidates: 25,
  queryTerms: 20,
  postingLimit: 100,
  centroidTerms: 400,
  articleTerms: 1000,
  idfPower: 1,
};
