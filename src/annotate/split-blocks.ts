import type { Span } from '../core/span.js';

/** Every non-empty line of `text`, as spans. Paragraph breaks ("\n\n") and line breaks both split. */
export function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && text[s] === ' ') s++;
      while (e > s && text[e - 1] === ' ') e--;
      if (e > s) spans.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return spans;
}

/** Paragraphs: runs of lines separated by a blank line. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ ]*\n/g;
  let start = 0;
  const add = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    add(start, m.index);
    start = m.index + m[0].length;
  }
  add(start, text.length);
  return spans;
}
