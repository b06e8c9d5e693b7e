import { splitLines } from '../../annotate/split-blocks.js';
import { classifyBlocks } from '../../clean/classify-blocks.js';
import { normalizeText } from '../../clean/normalize-text.js';
import type { RawArticle } from '../raw-article.js';

/**
 * The title of a plain-text article: its first line, when cleaning types that line as the
 * headline; null when the first line is really a photo caption or the lede paragraph, so the
 * orchestrator falls back to the first body sentence.
 * Example: `textTitle('Key rules out SAS\n\nThe Prime Minister said...')` → 'Key rules out SAS'.
 */
export function textTitle(text: string): string | null {
  const clean = normalizeText(text).text;
  const first = splitLines(clean)[0];
  if (!first) return null;
  const [block] = classifyBlocks(clean, [first, ...splitLines(clean.slice(first.end)).slice(0, 3).map((s) => ({ start: s.start + first.end, end: s.end + first.end }))], { firstLineIsTitle: true });
  return block.type === 'headline' ? clean.slice(block.start, block.end) : null;
}

/**
 * A plain-text article: the first line is the title (`titleInText: true`: the text keeps it, so
 * offsets still match the file, and cleaning types it); see `textTitle` for when it is not.
 * Example: `readText('a.txt', 'Key rules out SAS\n\nThe Prime Minister said...').title` → 'Key rules out SAS'.
 */
export function readText(origin: string, text: string): RawArticle {
  return { origin, format: 'text', text, raw: text, title: textTitle(text), titleInText: true };
}
