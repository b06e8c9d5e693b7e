import { porterStem } from './porter-stemmer.js';
import { stopwords } from './stopwords.data.js';

/** A word of a sentence for similarity: its Porter stem and whether it is a function word. */
export interface Term {
  readonly stem: string;
  readonly stop: boolean;
}

const stemCache = new Map<string, string>();

/** Porter stem with a cache: news vocabularies repeat, so this keeps term extraction fast. */
function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = word.length > 3 ? porterStem(word) : word;
    if (stemCache.size < 200_000) stemCache.set(word, stem);
  }
  return stem;
}

/**
 * Lowercase [a-z0-9]+ words of `text`, Porter-stemmed, with function words flagged.
 * Example: `terms('The troops left.')` is
 * `[{stem:'the',stop:true},{stem:'troop',stop:false},{stem:'left',stop:false}]`.
 */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    out.push({ stem: cachedStem(word), stop: stopwords.has(word) || word.length < 2 });
  }
  return out;
}

/** Content stems only: `contentStems('The troops left.')` is `['troop', 'left']`. */
export function contentStems(text: string): string[] {
  return terms(text).filter((t) => !t.stop).map((t) => t.stem);
}

/**
 * Concepts of a sentence: bigrams of adjacent stems that are not both function words.
 * Example: `bigramConcepts(terms('the troops left'))` is `['the troop', 'troop left']`.
 */
export function bigramConcepts(list: readonly Term[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < list.length; i++) {
    if (list[i].stop && list[i + 1].stop) continue;
    out.push(`${list[i].stem} ${list[i + 1].stem}`);
  }
  return out;
}
