import type { Token } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { tokenAt } from './cue-context.js';
import type { FoundQuote } from './find-cue-quotes.js';

// Labels that open a line with a colon but introduce no speaker.
const LABELS = /^(read more|related|update|updated|note|editor's note|photo|photos|video|watch|listen|follow|sign up|advertisement|source|sources|credit|image|q|a|question|answer|click here|see also|more|also|warning|breaking|exclusive|opinion|analysis|live|bottom line|why|what|how|when|where|who|the bottom line|clarification|correction|disclosure|editor's note|transcript|partial transcript)$/i;

/**
 * Lines that open with a short speaker label and a colon, as in transcripts and headlines:
 * `PENCE: Gennifer Flowers will not be attending` or `Poll: Clinton leads`. The label is the
 * source, the colon the cue, the rest of the line the content. Labels such as "Read more" or
 * "Update" are skipped.
 * Labels with a verb ("The Gap Goes On:") are headlines, not speakers, unless they end in a name
 * mention (`names`).
 * Example: line `WALLACE: Will she be there?` gives source "WALLACE", cue ":", content
 * "Will she be there?".
 */
export function findColonQuotes(text: string, blocks: readonly Span[], tokens: readonly Token[], { maxLabelWords = 6, names = [] }: { maxLabelWords?: number; names?: readonly Span[] } = {}): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const block of blocks) {
    const line = text.slice(block.start, Math.min(block.end, block.start + 80));
    const m = /^"?([A-Z][\w.'-]*(?: [A-Z(][\w.'()-]*| of| the| and)*):\s+(?=\S)/.exec(line);
    if (!m) continue;
    const label = m[1];
    const at = block.start + m[0].indexOf(label);
    if (LABELS.test(label) || label.split(' ').length > maxLabelWords || /^\d/.test(label)) continue;
    // "The Gap Goes On: ..." is a headline, not a speaker: a label has no verb.
    let verb = false;
    for (let t = tokenAt(tokens, at); t < tokens.length && tokens[t].end <= at + label.length; t++) verb ||= tokens[t].pos === 'VERB' || tokens[t].pos === 'AUX';
    // A tagger reads some names in Title Case lines as verbs ("Ted/VERB Cruz: ..."): a label
    // that ends in a name mention, or in the surname of one ("Lynch" for "Loretta Lynch"), is a
    // speaker all the same.
    const last = label.split(' ').pop()!;
    const named = names.some((n) => n.end === at + label.length || (n.end - n.start > last.length && text.slice(n.start, n.end).endsWith(` ${last}`)));
    if (verb && !named) continue;
    const content = { start: block.start + m[0].length, end: block.end };
    if (content.end - content.start < 12) continue;
    out.push({
      content: [content],
      cue: { start: at + label.length, end: at + label.length + 1 },
      source: { start: at, end: at + label.length },
      confidence: 0.6,
    });
  }
  return out;
}
