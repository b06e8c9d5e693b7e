/**
 * Text normalisation with an offset map back to the raw input.
 * Quote marks become straight ASCII (“ ” „ « » `` '' → ", ‘ ’ → '), dashes become "-" or " - ",
 * non-breaking and odd spaces become " ", runs of spaces/tabs collapse, CRLF becomes LF, runs of
 * 3+ newlines become 2, and zero-width characters are dropped.
 */
export interface NormalizedText {
  readonly text: string;
  /** rawStart[i] = offset in the raw input of text[i]; one extra entry for text.length. */
  readonly rawOffsets: Int32Array;
}

const DOUBLE_QUOTES = new Set(['“', '”', '„', '‟', '«', '»', '″', '〝', '〞']);
const SINGLE_QUOTES = new Set(['‘', '’', '‚', '‛', '′']);
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/;

/** Normalises `raw`; `text[i]` came from `raw[rawOffsets[i]]`. */
export function normalizeText(raw: string): NormalizedText {
  const out: string[] = [];
  const offsets: number[] = [];
  const push = (s: string, at: number) => {
    for (const ch of s) {
      out.push(ch);
      offsets.push(at);
    }
  };
  const last = () => (out.length ? out[out.length - 1] : '\n');
  let i = 0;
  // Strip the outer whitespace once at the start.
  while (i < raw.length && /\s/.test(raw[i])) i++;
  while (i < raw.length) {
    const ch = raw[i];
    const next = raw[i + 1];
    if ((ch === '`' && next === '`') || (ch === "'" && next === "'")) {
      push('"', i);
      i += 2;
      continue;
    }
    if (ch === '\r') {
      i++;
      continue;
    }
    if (ZERO_WIDTH.test(ch)) {
      i++;
      continue;
    }
    if (ch === '\n') {
      // Drop trailing spaces before a newline, keep at most one blank line.
      while (out.length && last() === ' ') {
        out.pop();
        offsets.pop();
      }
      const n = out.length;
      if (n >= 2 && out[n - 1] === '\n' && out[n - 2] === '\n') {
        i++;
        continue;
      }
      push('\n', i);
      i++;
      continue;
    }
    if (ch === ' ' || ODD_SPACE.test(ch)) {
      if (last() !== ' ' && last() !== '\n') push(' ', i);
      i++;
      continue;
    }
    if (DOUBLE_QUOTES.has(ch)) push('"', i);
    else if (SINGLE_QUOTES.has(ch)) push("'", i);
    else if (ch === '\u2013' || ch === '\u2012' || ch === '\u2212') push('-', i);
    else if (ch === '\u2014' || ch === '\u2015') {
      // An em dash becomes " - " so that tokenizers see a separate dash.
      if (last() !== ' ' && last() !== '\n') push(' ', i);
      push('-', i);
      if (raw[i + 1] !== ' ') push(' ', i);
    } else if (ch === '\u2026') push('...', i);
    else push(ch, i);
    i++;
  }
  while (out.length && /\s/.test(last())) {
    out.pop();
    offsets.pop();
  }
  offsets.push(raw.trimEnd().length);
  const rawOffsets = Int32Array.from(offsets);
  return { text: out.join(''), rawOffsets };
}

/**
 * Maps a half-open span of the normalised text back to the raw input, trimming raw whitespace
 * that the normalisation had dropped at the span's end.
 */
export function toRawSpan(norm: NormalizedText, raw: string, start: number, end: number): { start: number; end: number } {
  const rawStart = norm.rawOffsets[start];
  if (end <= start) return { start: rawStart, end: rawStart };
  let rawEnd = norm.rawOffsets[end];
  while (rawEnd > rawStart && /\s/.test(raw[rawEnd - 1])) rawEnd--;
  return { start: rawStart, end: rawEnd };
}
