import type { Span } from '../core/span.js';
import type { Token } from '../core/doc.js';
import { its, nlp } from './nlp.js';

/**
 * Sentences and tokens of `text` inside the given line spans (lines are split first, so a
 * sentence never crosses a line break). Offsets are into `text`.
 */
export function sentencesAndTokens(text: string, lines: readonly Span[]): { sentences: Span[]; tokens: Token[] } {
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  for (const line of lines) {
    const lineText = text.slice(line.start, line.end);
    const wdoc = nlp.readDoc(lineText);
    const values = wdoc.tokens().out() as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    // wink keeps token text verbatim, so a forward scan recovers each offset.
    const starts: number[] = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const at = lineText.indexOf(values[i], cursor);
      const s = at < 0 ? cursor : at;
      const e = at < 0 ? cursor : at + values[i].length;
      starts.push(s);
      tokens.push({ start: line.start + s, end: line.start + e, pos: pos[i] });
      cursor = e;
    }
    const tokenBase = tokens.length - values.length;
    wdoc.sentences().each((sentence: { out(f: unknown): unknown }) => {
      const [first, last] = sentence.out(its.span) as unknown as [number, number];
      const s = tokens[tokenBase + first];
      const e = tokens[tokenBase + last];
      if (s && e && e.end > s.start) sentences.push({ start: s.start, end: e.end });
    });
  }
  return { sentences, tokens };
}
