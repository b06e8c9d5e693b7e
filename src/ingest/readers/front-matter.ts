/** YAML front matter split from a Markdown file: flat `key: value` pairs and the body after it. */
export interface FrontMatter {
  readonly fields: Record<string, string>;
  readonly body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads the `---` fenced front matter at the top of a Markdown file. Only flat scalar fields are
 * read (what articles carry: title, date, source, url); quotes around values are removed,
 * nested or list values are kept as their raw text. A file without front matter has no fields.
 * Example: `frontMatter('---\ntitle: "Key"\ndate: 2014-10-07\n---\nBody')` →
 * `{ fields: { title: 'Key', date: '2014-10-07' }, body: 'Body' }`.
 */
export function frontMatter(text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!kv) continue;
    fields[kv[1].toLowerCase()] = unquote(kv[2].replace(/[ \t]+#.*$/, '').trim());
  }
  return { fields, body: text.slice(match[0].length) };
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
    const inner = value.slice(1, -1);
    return value[0] === '"' ? inner.replace(/\\"/g, '"').replace(/\\n/g, '\n') : inner.replace(/''/g, "'");
  }
  return value;
}
