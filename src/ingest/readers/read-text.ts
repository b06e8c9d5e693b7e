import type { RawArticle } from '../raw-article.js';

/**
 * A plain-text article: the first non-empty line is the title, the rest the body. The text keeps
 * the title line (`titleInText: true`) so offsets still match the file; cleaning types that line.
 * Example: `readText('a.txt', 'Key rules out SAS\n\nThe Prime Minister said...')` → title 'Key rules out SAS'.
 */
export function readText(origin: string, text: string): RawArticle {
  const title = text.trimStart().split('\n', 1)[0].trim();
  return { origin, format: 'text', text, raw: text, title: title || null, titleInText: true };
}
