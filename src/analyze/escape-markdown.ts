/**
 * Escapes untrusted text (article text, titles, names) for inline Markdown: backslash-escapes every
 * character that could start formatting, a link, code, a table cell or a heading, turns < > & into
 * entities so no HTML gets through, and collapses line breaks so text cannot open a new block.
 * Example: `escapeMarkdown('[click](javascript:x) <b>')` is `'\\[click\\]\\(javascript:x\\) &lt;b&gt;'`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\\`*_[\]()#|~!{}+]/g, '\\$&')
    .replace(/^(\s*)([-=>]|\d+\.)/, '$1\\$2');
}
