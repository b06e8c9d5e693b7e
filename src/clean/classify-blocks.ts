import type { Block, BlockType } from '../core/doc.js';
import type { Span } from '../core/span.js';
import { capitalisedWords, isBoilerplate, isCaption, isCreditLine, isHeadlineLike, isTaggedTeaser, linkCueRest, trailingCreditStart } from './block-cues.js';

export interface ClassifyBlocksOptions {
  /** True when the first line is meant to be the article's title (plain-text input). */
  readonly firstLineIsTitle?: boolean;
  /** How many headline-like lines after a "Read more:" cue are taken as links. */
  readonly maxLinkLines?: number;
}

/** A first line this long, ending like a sentence, is the lede paragraph, not a title. */
const MAX_TITLE_WORDS = 25;

/** Key for spotting repeated lines: case and spacing do not count. */
const keyOf = (line: string) => line.toLowerCase().replace(/\s+/g, ' ');

/** The type a line has on its own, before its neighbours are looked at. */
function lineType(line: string): BlockType {
  // Separators ("___", "* * *", "-0-") carry no words.
  if (!/[\p{L}\p{N}]/u.test(line)) return 'boilerplate';
  if (isBoilerplate(line)) return 'boilerplate';
  if (isCreditLine(line)) return 'credit';
  if (isCaption(line)) return 'caption';
  if (linkCueRest(line) !== null || isTaggedTeaser(line)) return 'link';
  return 'body';
}

/**
 * Types every line of the cleaned text: headline, body, caption, credit, link, boilerplate or
 * duplicate. Only headline and body are read by later stages. Rules, in order:
 * - each line on its own: boilerplate (share/subscribe/cookie), credit ("Reuters/Name", "By X"),
 *   caption ("(Supplied)", "Photo:", present-tense photo verb + full date, trailing agency
 *   credit, which becomes its own credit block), link cue ("Read more:");
 * - the headline-like lines right after a link cue are links;
 * - a headline-like line right before a caption that shares its names is the photo's title;
 * - a repeated headline-like line takes the link or caption type of any of its copies (a teaser
 *   repeated in the body); other repeated paragraphs are duplicates after their first copy;
 * - the first line is the headline when `firstLineIsTitle`, unless it is a caption or a long
 *   sentence (the lede); the article title then falls back to the first body sentence.
 * Example: lines ['Key rules out SAS', 'Photo: Supplied', 'The Prime Minister said...'] →
 * headline, credit, body.
 */
export function classifyBlocks(text: string, lines: readonly Span[], { firstLineIsTitle = true, maxLinkLines = 6 }: ClassifyBlocksOptions = {}): Block[] {
  const values = lines.map((l) => text.slice(l.start, l.end));
  const types = values.map(lineType);
  for (let i = 0; i < values.length; i++) {
    if (types[i] !== 'link' || linkCueRest(values[i]) !== '') continue;
    for (let j = i + 1; j < values.length && j <= i + maxLinkLines && types[j] === 'body' && isHeadlineLike(values[j]); j++) types[j] = 'link';
  }
  for (let i = 0; i + 1 < values.length; i++) {
    if (types[i] !== 'body' || types[i + 1] !== 'caption' || !isHeadlineLike(values[i])) continue;
    const words = [...capitalisedWords(values[i])];
    const caption = capitalisedWords(values[i + 1]);
    if (words.length > 0 && words.filter((w) => caption.has(w)).length * 2 >= words.length) types[i] = 'caption';
  }
  markRepeats(values, types);
  // A title in capitals is still the title, not a teaser for another story.
  const firstIsText = types[0] === 'body' || (types[0] === 'link' && isTaggedTeaser(values[0] ?? ''));
  if (firstLineIsTitle && values.length > 0 && firstIsText && !isLede(values[0])) types[0] = 'headline';
  return toBlocks(lines, values, types);
}

/** A line that reads as a paragraph: sentence-final punctuation and many words. */
function isLede(line: string): boolean {
  return /[.!?]["')]?$/.test(line) && line.split(/\s+/).length > MAX_TITLE_WORDS;
}

/** Repeated lines shorter than this are labels or separators (tables, lists), not copied paragraphs. */
const MIN_DUPLICATE_WORDS = 8;

/**
 * Repeated lines: when one copy of a headline-like line is a link or caption, every copy is
 * (a teaser repeated in the body); otherwise copies of a paragraph (8+ words) after the first
 * are duplicates.
 */
function markRepeats(values: readonly string[], types: BlockType[]): void {
  const groups = new Map<string, number[]>();
  values.forEach((v, i) => {
    const key = keyOf(v);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const headlineLike = isHeadlineLike(values[group[0]]) || group.some((i) => types[i] !== 'body');
    const shared = group.map((i) => types[i]).find((t) => t !== 'body' && t !== 'duplicate');
    if (!shared && values[group[0]].split(' ').length < MIN_DUPLICATE_WORDS) continue;
    group.forEach((i, n) => {
      if (n > 0) types[i] = headlineLike && shared ? shared : 'duplicate';
      else if (headlineLike && shared && types[i] === 'body') types[i] = shared;
    });
  }
}

/** Blocks from typed lines; a caption's trailing credit becomes a credit block of its own. */
function toBlocks(lines: readonly Span[], values: readonly string[], types: readonly BlockType[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const at = types[i] === 'caption' ? trailingCreditStart(values[i]) : -1;
    if (at > 0) {
      let end = line.start + at;
      while (end > line.start && values[i][end - line.start - 1] === ' ') end--;
      blocks.push({ start: line.start, end, type: 'caption' }, { start: line.start + at, end: line.end, type: 'credit' });
    } else blocks.push({ start: line.start, end: line.end, type: types[i] });
  });
  return blocks;
}
