import type { Span } from '../../core/span.js';
import { edLookalikes, irregularPasts } from './tense-words.data.js';
import type { Tense } from './timex-rule.js';

// Future: modal "will", plans and schedules. Past: past auxiliaries, irregular pasts, -ed forms.
const CUE = new RegExp(
  String.raw`\b(will(?: not)? be \w+|to be \w+ed|(?:is|are|was|were) (?:planning|going|expected|scheduled|due|set) to|until|till|this coming|will|won't|shall|going to|plans? to|planning to|scheduled|expects? to|expected to|due to|is to|are to|set to|intends? to|upcoming|tomorrow|as soon as|as early as|would|might|could)\b|'ll\b|\b(had(?: not)? been \w+|was|were|did|ago|yesterday|last|earlier|${irregularPasts.join('|')}|[a-z]{2,}ed)\b`,
  'gi',
);
const NOT_PAST = new Set(edLookalikes);
const QUOTE = /["\u201c\u201d]|''|``/;

/**
 * The tense of the clause around [start, end) inside `sentence`: the nearest tense cue wins
 * (a future modal or plan word, or a past auxiliary / -ed verb). Example: in "when he travels
 * to Australia on Friday" after "The mission will be part of talks", "will" is the only cue, so
 * the tense is 'future'.
 */
export function tenseAround(text: string, sentence: Span, start: number, end: number): Tense {
  // A bounded window keeps this linear on a run-on "sentence" without punctuation.
  let from = Math.max(sentence.start, start - 200);
  let to = Math.min(sentence.end, end + 200);
  // A quotation mark bounds the clause: in '"We will leave Thursday," he said' the tense is the quote's.
  const before = text.slice(from, start);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('\u201c'), before.lastIndexOf('\u201d'), before.lastIndexOf("''"), before.lastIndexOf('``'));
  if (open >= 0) from += open + 1;
  const close = QUOTE.exec(text.slice(end, to));
  if (close) to = end + close.index;
  const slice = text.slice(from, to);
  let best: Tense = 'unknown';
  let bestDistance = Infinity;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(slice); m; m = CUE.exec(slice)) {
    const at = from + m.index;
    const stop = at + m[0].length;
    if (stop > start && at < end) continue; // a cue inside the timex itself ("last week") says nothing
    if (m[2] && /^[A-Z]\w*ed$/.test(m[0])) continue; // "United", "Ted": names, not past verbs
    if (m[2] && NOT_PAST.has(m[0].toLowerCase())) continue; // "succeed", "hundred"
    const distance = at >= end ? at - end : start - stop;
    // "could" is weak: it counts only when nothing else is near.
    const weight = /^could$/i.test(m[0]) ? distance + 40 : distance;
    if (weight < bestDistance) {
      bestDistance = weight;
      best = m[1] ? 'future' : 'past';
    }
  }
  return best;
}

/**
 * The sentence (from `sentences`, sorted) containing `at`, or a window cut at line breaks and ". "
 * (not after "Oct."-like abbreviations). Example: in "He left. She came on Friday." the
 * sentence at the offset of "Friday" is [9, 27) (without its period).
 */
export function sentenceAt(text: string, sentences: readonly Span[] | undefined, at: number): Span {
  if (sentences && sentences.length) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s;
    }
  }
  let start = at;
  while (start > 0 && at - start < 300 && text[start - 1] !== '\n' && !(text[start - 1] === ' ' && /[.!?]/.test(text[start - 2] ?? '') && !/\b[A-Z][a-z]{0,3}\.$/.test(text.slice(Math.max(0, start - 6), start - 1)))) start--;
  let end = at;
  while (end < text.length && end - at < 300 && text[end] !== '\n' && !(/[.!?]/.test(text[end]) && (text[end + 1] === ' ' || text[end + 1] === undefined) && !/\b[A-Z][a-z]{0,3}$/.test(text.slice(Math.max(0, end - 5), end)))) end++;
  return { start, end };
}
