import { docFromText } from '../annotate.js';

/**
 * Test helper: the quotes of one article body (after a headline line), each as
 * [source, cue, content..., kind?] surfaces ('-' for none); `kind` only with `{ kind: true }`.
 * Example: `quoteRows('Mr Key said it works.')` gives [['Mr Key', 'said', 'it works']].
 */
export function quoteRows(body: string, { kind = false } = {}): string[][] {
  const { doc } = docFromText({ text: `Headline\n\n${body}` });
  const s = (x: { start: number; end: number } | null) => (x ? doc.text.slice(x.start, x.end) : '-');
  return (doc.layers.quotes ?? []).map((q) => [s(q.source), s(q.cue), ...q.content.map(s), ...(kind ? [q.kind] : [])]);
}
