import type { Doc, Mention, MentionType, Token } from '../../core/doc.js';
import { firstStartingAt, type Span } from '../../core/span.js';
import { capitalisedRuns } from './chunk-names.js';
import { splitTitle } from './split-title.js';
import { classifyName, nameOf, strongType } from './classify-name.js';
import { lineMode, type LineMode } from './line-mode.js';
import { orgHeads } from './orgs.data.js';
import { matchKnownNames } from './match-known.js';
import { contextType } from './context-cues.js';
import { loneWordCues } from './lone-word-cues.js';
import { joinNicknames } from './nicknames.js';
import { surnamesOverPlaces } from './surname-places.js';
import { findTitlesAndPronouns } from './titles-pronouns.js';
import { datelinePlace } from './dateline.js';
import { isTeamContext } from './team-context.js';
import { buildWords, type LinedName, type Word } from './words.js';

interface Candidate extends LinedName {
  readonly honorific: boolean;
  readonly hasTitle: boolean;
  readonly prev?: Word;
  readonly next?: Word;
}

const CREDIT = /(?:^|[.!?)"]\s+)((?:[A-Z][\w.&-]*\s?){1,3}\/\s?[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,3}|\((?:Supplied|File|AP|AFP|Reuters|Getty Images)\))\s*$/;

const lowerBound = firstStartingAt;
const MARKET_INDEX = new Set(['index', 'average', 'industrial', 'composite', 'indices']);

/**
 * Finds name, title and pronoun mentions inside `blocks` (normally storyBlocks(doc)), trimmed to
 * the name: "Minister Julie Bishop." gives `Julie Bishop` (PER); "Reuters/Olivia Harris" at the
 * end of a block is a photo credit and gives nothing. Pure: reads tokens and sentences only.
 * Example: `findMentions(doc, storyBlocks(doc))` on "Labour MP Phil Goff says" gives Labour (ORG) and Phil Goff (PER).
 */
export function findMentions(doc: Doc, blocks: readonly Span[]): Mention[] {
  const { text } = doc;
  const tokens = doc.layers.tokens ?? [];
  const sentenceStarts = new Set((doc.layers.sentences ?? []).map((s) => s.start));
  const lines: { words: Word[]; mode: LineMode }[] = [];
  let candidates: Candidate[] = [];
  const known = new Map<string, MentionType>();
  for (const block of blocks) {
    // a photo credit can only be the last few words of a block
    const tailStart = Math.max(block.start, block.end - 80);
    const tail = text.slice(tailStart, block.end);
    const credit = tail.includes('/') || tail.endsWith(')') ? CREDIT.exec(tail) : null;
    const end = credit ? tailStart + credit.index + credit[0].length - credit[1].length - (credit[0].endsWith(' ') ? 1 : 0) : block.end;
    const words = buildWords(text, tokens, lowerBound(tokens, block.start), lowerBound(tokens, end), sentenceStarts);
    lines.push({ words, mode: lineMode(words) });
  }
  const datelines: Mention[] = [];
  for (const line of lines) {
    const place = datelinePlace(line.words);
    if (!place) continue;
    datelines.push(place);
    known.set(text.slice(place.start, place.end).toLowerCase(), 'LOC');
    line.words = line.words.filter((w) => w.start >= place.end);
  }
  for (const { words, mode } of lines) {
    if (mode !== 'normal') continue;
    for (const run of capitalisedRuns(words)) {
      const { before, chunk } = splitTitle(words.slice(run.start, run.end));
      const prev = words[run.start - 1];
      const next = words[run.end];
      for (const part of before) candidates.push({ words: part.words, honorific: false, hasTitle: false, prev, type: part.type });
      if (chunk.words.length === 0 && chunk.title.length === 1 && run.end - run.start === 1) candidates.push({ words: chunk.title, honorific: false, hasTitle: false, prev, next, titleOnly: true });
      if (chunk.words.length > 0) candidates.push({ words: chunk.words, honorific: chunk.honorific, hasTitle: chunk.title.length > 0, prev: chunk.title.length ? undefined : prev, next, line: words, at: run.end - chunk.words.length });
    }
  }
  for (const c of candidates) {
    if (c.titleOnly) continue;
    c.type ??= strongType(c.words, c);
    if (c.type) known.set(nameOf(c.words).toLowerCase(), c.type);
  }
  candidates = joinNicknames(candidates);
  for (const c of candidates) {
    if (c.type === 'PER' && c.words.length > 1) {
      const last = c.words[c.words.length - 1].text.toLowerCase();
      if (!known.has(last)) known.set(last, 'PER');
    }
  }
  // longer names first, so "Marcelo Rios" settles "Rios" before the single words are typed
  const weak = candidates.filter((c) => !c.type).sort((a, b) => b.words.length - a.words.length);
  const cues = loneWordCues(candidates);
  for (const c of weak) {
    if (c.titleOnly) c.type = known.get(nameOf(c.words).toLowerCase()) === 'PER' ? 'PER' : undefined;
    else {
      const cue = c.words.length === 1 ? cues.get(c.words[0].text.toLowerCase()) : c.line && contextType(c.line, c.at!, c.at! + c.words.length, { lone: false });
      c.type = classifyName(c.words, { ...c, known, cue });
    }
    if (!c.type) continue;
    known.set(nameOf(c.words).toLowerCase(), c.type);
    if (c.type === 'PER' && c.words.length > 1) {
      const last = c.words[c.words.length - 1].text.toLowerCase();
      if (!known.has(last)) known.set(last, 'PER');
    }
  }
  surnamesOverPlaces(candidates, known);
  for (const c of candidates) if (c.type === 'LOC' && isTeamContext(nameOf(c.words), c.prev, c.next)) c.type = 'ORG';
  // "the Dow Jones industrial average", "the Nikkei index": a market index, not the firm behind it
  for (const c of candidates) if (c.type === 'ORG' && MARKET_INDEX.has(c.next?.text ?? '') && !orgHeads.has(c.words[c.words.length - 1].text)) c.type = 'MISC';
  const mentions: Mention[] = [...datelines, ...candidates.filter((c) => c.type).map((c) => ({ start: c.words[0].start, end: c.words[c.words.length - 1].end, type: c.type!, kind: 'name' as const }))];
  for (const { words, mode } of lines) {
    if (mode !== 'normal') mentions.push(...matchKnownNames(words, known));
    else mentions.push(...findTitlesAndPronouns(words));
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}


