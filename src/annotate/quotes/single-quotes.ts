import type { Span } from '../../core/span.js';
import type { QuotedSpan } from './quote-marks.js';

const WORD = /[\p{L}\p{N}]/u;

/**
 * Quotes in single marks (‘…’, normalised to '), as headlines and British papers write them,
 * in paragraphs that have no double quote marks. An opening mark starts a word, a closing mark
 * ends one, so apostrophes inside words ("don't") never pair; a mark left open is dropped
 * (it was an apostrophe: "the Smiths' house").
 * Example: in `Key 'pretty much' rules out SAS` the inner span is `pretty much`.
 */
export function findSingleQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const para of paragraphs) {
    const line = text.slice(para.start, para.end);
    if (line.includes('"') || !line.includes("'")) continue;
    let open = -1;
    for (let i = para.start; i < para.end; i++) {
      if (text[i] !== "'") continue;
      const before = i > para.start ? text[i - 1] : ' ';
      const after = i + 1 < para.end ? text[i + 1] : ' ';
      if (open < 0) {
        if (/[\s([-]/.test(before) && WORD.test(after)) open = i;
      } else if (/[\p{L}\p{N}.,!?]/u.test(before) && /[\s.,;:!?)\]-]/.test(after) && i - open > 2) {
        out.push({ start: open, end: i + 1, inner: { start: open + 1, end: i }, closed: true, continued: false });
        open = -1;
      }
    }
  }
  return out;
}
