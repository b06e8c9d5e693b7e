/** A piece of HTML that is already safe to emit: built by `html`, never from untrusted text. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What `html` accepts in a hole: text is escaped, Html passes through, arrays are joined, null/false vanish. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values: `escapeHtml('<b a="1">')` is `&lt;b a=&quot;1&quot;&gt;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every hole unless it is Html. Attribute values must be quoted.
 * Example: html`<b title="${name}">${name}</b>` with name `<script>` gives `<b title="&lt;script&gt;">&lt;script&gt;</b>`.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Marks a string of HTML the code itself produced as safe. Never pass article text here. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * An href that cannot run script: http(s) URLs and same-site paths pass, anything else
 * (`javascript:`, `data:`, `vbscript:`) becomes null. Example: `safeUrl('javascript:alert(1)')` is null.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Path segment encoding for ids in links: `path('/articles/', id)`. */
export function path(prefix: string, id: string): string {
  return prefix + encodeURIComponent(id);
}
