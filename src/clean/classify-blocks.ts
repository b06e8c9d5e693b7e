import type { Block, BlockType } from '../core/doc.js';
import type { Span } from '../core/span.js';

export interface ClassifyBlocksOptions {
  /** True when the first line is the article's title (plain-text input). */
  readonly firstLineIsTitle?: boolean;
}

/**
 * Types every line of the cleaned text: headline, body, caption, credit, link, boilerplate or
 * duplicate. Only headline and body are read by later stages.
 */
export function classifyBlocks(text: string, lines: readonly Span[], { firstLineIsTitle = true }: ClassifyBlocksOptions = {}): Block[] {
  const seen = new Set<string>();
  return lines.map((line, index) => {
    const value = text.slice(line.start, line.end);
    let type: BlockType = 'body';
    const key = value.toLowerCase();
    if (index === 0 && firstLineIsTitle) type = 'headline';
    else if (seen.has(key) && value.length > 0) type = 'duplicate';
    else if (/^(read more|related|see also|advertisement)\b:?/i.test(value)) type = 'link';
    seen.add(key);
    return { start: line.start, end: line.end, type };
  });
}
