import type { SentenceUnit } from './sentence-units.js';
import { bigramConcepts, contentStems, terms } from './terms.js';
import { greedyCover } from './greedy-cover.js';
import { queryNoise } from './query-noise.data.js';

/** Options of `selectSentences`; defaults were set on the DUC 2006 DEV topics (see docs/rouge.md). */
export interface SelectOptions {
  /** Word budget. */
  readonly words?: number;
  /**
   * Free-text focus: concepts holding one of its content words weigh more. A short keyword query
   * (at most `queryFilterTerms` content words) also filters: only sentences holding one of them are picked.
   */
  readonly query?: string;
  readonly queryFilterTerms?: number;
  /** Articles (indexes into the bundle) whose content the reader already knows: their concepts are discounted. */
  readonly earlier?: ReadonlySet<number>;
  /** Weight kept by a concept the earlier articles already reported (0 = only new concepts count). */
  readonly novelty?: number;
  /** A concept holding a query word weighs 1 + queryBoost times more. */
  readonly queryBoost?: number;
  /** Each article that states a concept in a sentence sharing a word with the query adds this much weight. */
  readonly queryContext?: number;
  /** Each article that states a concept in its opening sentences (news puts the main facts first) adds this much. */
  readonly ledeWeight?: number;
  /** Sentences at positions 0..ledeSentences of an article (headline included) are its opening. */
  readonly ledeSentences?: number;
  /** Gain is divided by words^lengthPower, so long sentences must earn their length. */
  readonly lengthPower?: number;
  readonly minWords?: number;
  readonly maxWords?: number;
  /** Fewest articles that must state a concept for it to count (default: 1 per 8 articles, 1 to 3). */
  readonly minDf?: number;
  /** Let the last sentence run past the budget (for scorers that cut at the limit themselves). */
  readonly overflow?: boolean;
}

// A sentence opening with a pronoun or demonstrative leans on the one before it; shown alone in a
// summary it dangles ("They were part of the effort to retake Ramadi."). So does a bare quotation,
// which names no speaker ("\"It's a tragedy that he didn't do it earlier.\""). ROUGE on DEV is unchanged.
const leansBack = /^"?(?:(?:And|But|So|Yet|Or) )?(?:He|She|They|It|This|These|Those|His|Her|Their|Its)\b|^".*"$/i;

interface Candidate {
  readonly unit: SentenceUnit;
  readonly concepts: string[];
}

/** How many articles state a concept: anywhere, near the query, in their opening. */
interface ConceptCounts {
  all: number;
  nearQuery: number;
  inLede: number;
  /** Last article counted in each tally; units come grouped by article, so this dedupes. */
  lastAll: number;
  lastQuery: number;
  lastLede: number;
}

function count(stats: Map<string, ConceptCounts>, concept: string, article: number, onQuery: boolean, inLede: boolean): void {
  let c = stats.get(concept);
  if (!c) stats.set(concept, (c = { all: 0, nearQuery: 0, inLede: 0, lastAll: -1, lastQuery: -1, lastLede: -1 }));
  if (c.lastAll !== article) { c.all++; c.lastAll = article; }
  if (onQuery && c.lastQuery !== article) { c.nearQuery++; c.lastQuery = article; }
  if (inLede && c.lastLede !== article) { c.inLede++; c.lastLede = article; }
}

type WeightOptions = Required<Pick<SelectOptions, 'novelty' | 'queryBoost' | 'queryContext' | 'ledeWeight'>>;

/** Concept weights: articles stating it (more when near the query or in a lede), discounted when already known. */
function conceptWeights(stats: Map<string, ConceptCounts>, known: Set<string>, queryStems: Set<string>, minDf: number, o: WeightOptions): Map<string, number> {
  const weight = new Map<string, number>();
  for (const [c, n] of stats) {
    if (n.all < minDf) continue;
    let w = n.all + o.queryContext * n.nearQuery + o.ledeWeight * n.inLede;
    if (queryStems.size > 0) {
      const [a, b] = c.split(' ');
      if (queryStems.has(a) || queryStems.has(b)) w *= 1 + o.queryBoost;
    }
    if (known.has(c)) w *= o.novelty;
    weight.set(c, w);
  }
  return weight;
}

/**
 * Picks sentences that cover the story's most widely reported concepts (bigrams of stems, weighed by
 * how many articles state them, and where) within a word budget: a greedy budgeted-coverage summariser in the
 * manner of Gillick & Favre (2009). A concept already covered adds nothing, so redundancy is
 * controlled as MMR does. Returns the picked units in story order (article, then position).
 * Example: `selectSentences(sentenceUnits(bundle), { words: 100, query: 'SAS deployment' })`.
 */
export function selectSentences(units: readonly SentenceUnit[], options: SelectOptions = {}): SentenceUnit[] {
  const { words = 100, query, earlier = new Set<number>(), novelty = 0.3, queryBoost = 1, queryContext = 1,
    ledeWeight = 1, ledeSentences = 3, queryFilterTerms = 5, lengthPower = 0.6, minWords = 8, maxWords = 40, overflow = false } = options;
  const queryStems = new Set(query ? contentStems(query).filter((s) => !queryNoise.has(s)) : []);
  const filter = queryStems.size > 0 && queryStems.size <= queryFilterTerms;
  const known = new Set<string>();
  const stats = new Map<string, ConceptCounts>();
  const candidates: Candidate[] = [];
  const fresh = new Set<number>();
  for (const unit of units) {
    const list = terms(unit.text);
    const concepts = [...new Set(bigramConcepts(list))];
    if (earlier.has(unit.articleIndex)) {
      for (const c of concepts) known.add(c);
      continue;
    }
    fresh.add(unit.articleIndex);
    const onQuery = list.some((t) => queryStems.has(t.stem));
    const inLede = unit.position <= ledeSentences;
    for (const c of concepts) count(stats, c, unit.articleIndex, onQuery, inLede);
    if ((onQuery || !filter) && !leansBack.test(unit.text) && !unit.headline && unit.complete && unit.words >= minWords && unit.words <= maxWords) candidates.push({ unit, concepts });
  }
  const minDf = options.minDf ?? Math.min(3, Math.max(1, Math.ceil(fresh.size / 8)));
  const weight = conceptWeights(stats, known, queryStems, minDf, { novelty, queryBoost, queryContext, ledeWeight });

  const picked = greedyCover(candidates.map((c) => ({ words: c.unit.words, concepts: c.concepts })), weight, { words, lengthPower, overflow })
    .map((i) => candidates[i].unit);
  return picked.sort((x, y) => x.articleIndex - y.articleIndex || x.position - y.position);
}
