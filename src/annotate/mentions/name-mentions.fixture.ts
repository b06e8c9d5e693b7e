import { docFromText } from '../annotate.js';

/**
 * Test helper: the name mentions of a one-line body (after a headline), as "surface/TYPE".
 * Example: `nameMentions('Labour MP Phil Goff says')` gives ['Labour/ORG', 'Phil Goff/PER'].
 */
export function nameMentions(body: string): string[] {
  const { doc } = docFromText({ text: `a headline\n\n${body}` });
  return doc.layers.mentions!.filter((m) => m.kind === 'name').map((m) => `${doc.text.slice(m.start, m.end)}/${m.type}`);
}
