import { its, nlp } from '../../annotate/nlp.js';
import type { Token } from '../../core/doc.js';
import { porterStem } from '../porter-stemmer.js';
import { stanceTriggers } from './stance.data.js';
import { targetClasses, targetStopwords } from './targets.data.js';

/** A word that can name what a statement is about: `key` groups words meaning the same thing. */
export interface TargetTerm {
  /** Class name ("armed forces"), linked acronym's class, or Porter stem ("presid"). */
  readonly key: string;
  /** The word as written, e.g. "troops". */
  readonly surface: string;
}

/** Story-level aliases: lowercase word -> key (e.g. "sas" -> "armed forces"). Built by `storyLinks`. */
export type TargetLinks = ReadonlyMap<string, string>;

const classOf = new Map<string, string>();
for (const [key, words] of Object.entries(targetClasses)) for (const w of words) classOf.set(w, key);

const wordPattern = /[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]/g;

/** Any stance trigger at all: one test per new word instead of a full stance reading. */
const anyTrigger = new RegExp(stanceTriggers.map((t) => `(?:${t.pattern})`).join('|'), 'i');
const stanceWordCache = new Map<string, boolean>();

/** Adverbs and words that carry a stance ("right", "hoax") say how, not what about. */
function notATarget(lower: string): boolean {
  if (lower.length < 3 || targetStopwords.has(lower) || /n't$|'(?:ll|re|ve|d)$|ly$/.test(lower)) return true;
  let stance = stanceWordCache.get(lower);
  if (stance === undefined) {
    stance = !classOf.has(lower) && anyTrigger.test(lower);
    if (stanceWordCache.size < 100_000) stanceWordCache.set(lower, stance);
  }
  return stance;
}

const keyCache = new Map<string, string>();

function baseKey(lower: string): string {
  let key = keyCache.get(lower);
  if (key === undefined) {
    key = classOf.get(lower) ?? porterStem(lower);
    if (keyCache.size < 200_000) keyCache.set(lower, key);
  }
  return key;
}

/**
 * The content words of `text` as target terms, in order: function words, reporting verbs,
 * adverbs, stance words ("hoax", "right") and words under 3 letters are left out; class words
 * map to their class, story links apply.
 * A run of capitalised words is one name keyed by its last word ("New Zealand" -> "zealand",
 * "Donald Trump" -> "trump"), or by its acronym's link ("Special Air Service" -> "armed forces").
 * With `nouns`, single words must be in it ("Sending" and "happen" drop out).
 * Example: `targetTerms('Sending troops to Iraq')` is
 * `[{key:'armed forces',surface:'troops'},{key:'iraq',surface:'Iraq'}]` ("Sending Troops" would be one run).
 */
export function targetTerms(text: string, links: TargetLinks = new Map(), { nouns }: TargetTermsOptions = {}): TargetTerm[] {
  const out: TargetTerm[] = [];
  const words = [...text.matchAll(wordPattern)];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    let j = i;
    if (isCapital(first[0])) {
      while (j + 1 < words.length && isCapital(words[j + 1][0]) && text.slice(words[j].index! + words[j][0].length, words[j + 1].index) === ' ') j++;
    }
    if (j > i) {
      const run = words.slice(i, j + 1).map((w) => w[0].replace(/['\u2019]s$/i, ''));
      const heads = run.filter((w) => !targetStopwords.has(w.toLowerCase()));
      const acronym = run.map((w) => w[0]).join('').toLowerCase();
      const last = run[run.length - 1].toLowerCase();
      if (heads.length) out.push({ key: links.get(acronym) ?? links.get(last) ?? baseKey(last), surface: run.join(' ') });
      i = j;
      continue;
    }
    const surface = first[0].replace(/['\u2019]s$/i, '');
    const lower = surface.toLowerCase().replace(/\u2019/g, "'");
    if (notATarget(lower)) continue;
    if (nouns && !nouns.has(lower) && !classOf.has(lower) && !links.has(lower)) continue;
    out.push({ key: links.get(lower) ?? baseKey(lower), surface });
  }
  return out;
}

export interface TargetTermsOptions {
  /** Lowercased words used as nouns in the article (see `nounWords`): single words outside it, class words and links drop out. */
  readonly nouns?: ReadonlySet<string>;
}

/**
 * Lowercased words tagged NOUN or PROPN: from a Doc's tokens layer when given, else by running
 * wink-nlp over `text`. Example: `nounWords('Bad things happen to troops')` has 'troops', not 'happen'.
 */
export function nounWords(text: string, tokens?: readonly Token[]): Set<string> {
  const out = new Set<string>();
  const add = (value: string, pos: string) => { if (pos === 'NOUN' || pos === 'PROPN') out.add(value.toLowerCase().replace(/\u2019/g, "'")); };
  if (tokens) {
    for (const t of tokens) add(text.slice(t.start, t.end), t.pos);
    return out;
  }
  const doc = nlp.readDoc(text);
  const pos = doc.tokens().out(its.pos) as string[];
  (doc.tokens().out(its.value) as string[]).forEach((v, i) => add(v, pos[i]));
  return out;
}

function isCapital(word: string): boolean {
  return /^[A-Z]/.test(word);
}

const capitalRun = /\b(?:[A-Z][a-z]+ ){1,4}[A-Z][a-z]+\b/g;
const acronymBeforeWord = /\b([A-Z]{3,6})\s+([a-z]+)\b/g;

/**
 * Aliases found across a story's texts, so differently worded statements share a key:
 * an acronym spelled out somewhere ("Special Air Service" ... "SAS") joins the spelled-out
 * phrase, and an acronym or spelled-out name used as a modifier of a class noun
 * ("SAS troops", "Special Air Service troops") joins that class.
 * Example: `storyLinks(['Special Air Service troops left. The SAS is elite.']).get('sas')` is
 * `'armed forces'`.
 */
export function storyLinks(texts: readonly string[]): Map<string, string> {
  const links = new Map<string, string>();
  const joined = texts.join('\n');
  const acronyms = new Set(joined.match(/\b[A-Z]{3,6}\b/g) ?? []);
  for (const m of joined.matchAll(capitalRun)) {
    const words = m[0].split(' ');
    const acronym = words.map((w) => w[0]).join('');
    if (!acronyms.has(acronym)) continue;
    const next = /^\s+([a-z]+)/.exec(joined.slice(m.index! + m[0].length, m.index! + m[0].length + 30));
    const cls = next ? classOf.get(next[1]) : undefined;
    const key = cls ?? baseKey(words[words.length - 1].toLowerCase());
    if (!links.has(acronym.toLowerCase()) || cls) links.set(acronym.toLowerCase(), key);
  }
  for (const m of joined.matchAll(acronymBeforeWord)) {
    const cls = classOf.get(m[2]);
    if (cls) links.set(m[1].toLowerCase(), cls);
  }
  return links;
}
