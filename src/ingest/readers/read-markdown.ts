import type { RawArticle } from '../raw-article.js';
import { frontMatter } from './front-matter.js';
import { normalizeDate } from './normalize-date.js';
import { textTitle } from './read-text.js';

/**
 * Strips Markdown markup that is not text: heading marks, emphasis, link targets, images,
 * list bullets and block-quote marks. Paragraph breaks stay.
 * Example: `markdownToText('## Key\n\nSee [the story](https://x).')` → 'Key\n\nSee the story.'.
 */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '')
    .replace(/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2')
    .replace(/(^|\W)[*_](?=\S)([^*_\n]+?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * A Markdown article with optional YAML front matter (title, date or publishedAt, source, url,
 * author). Without a title field, the first line of the body is the title as for .txt (see
 * `textTitle`: not when it is a caption or the lede); a
 * front-matter title is put on the text's first line, so the text always starts with its title.
 * Example: `readMarkdown('a.md', '---\ntitle: Key\ndate: 2014-10-07\n---\nBody.')` → title 'Key', publishedAt '2014-10-07'.
 */
export function readMarkdown(origin: string, raw: string): RawArticle {
  const { fields, body } = frontMatter(raw);
  const text = markdownToText(body);
  const date = normalizeDate(fields.publishedat ?? fields.published_at ?? fields.date ?? fields.published ?? null);
  const firstLine = text.trimStart().split('\n', 1)[0].trim();
  // The blocks stage reads the first line as the title, so a front-matter title goes on top.
  const title = fields.title || textTitle(text);
  return {
    origin,
    format: 'markdown',
    text: fields.title && fields.title !== firstLine ? `${fields.title}\n\n${text.trimStart()}` : text,
    raw,
    title,
    titleInText: true,
    url: fields.url ?? fields.link ?? null,
    source: fields.source ?? fields.publisher ?? null,
    byline: fields.author ?? fields.byline ?? null,
    publishedAt: date,
    dateSource: date ? 'metadata' : 'unknown',
  };
}
