import type { Evidence } from '../core/span.js';
import type { Dossier } from './views.js';

/** Escapes text for Markdown so that article text cannot add links, HTML or formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_\[\]|<>&~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c)).replace(/\s+/g, ' ');
}

/**
 * The dossier as Markdown, from what the API gathered: title, span, sources, shifts, summary and
 * timeline with numbered citations [n] to the article list, actors and quotes by speaker.
 * Sections that have not landed say so. Used when the summaries part's renderer is absent.
 */
export function dossierToMarkdown(d: Dossier): string {
  const n = new Map(d.story.articles.map((a, i) => [a.id, i + 1]));
  const cite = (ev: readonly Evidence[]) => ev.map((e) => `[${n.get(e.articleId) ?? '?'}]`).join('');
  const out: string[] = [`# ${escapeMarkdown(d.story.title)}`, '', `${d.story.start ?? 'undated'} – ${d.story.end ?? 'undated'} · ${d.story.articles.length} articles`, ''];
  const section = <T>(title: string, s: { available: true; value: T } | { available: false; reason: string }, body: (v: T) => string[]) => {
    out.push(`## ${title}`, '', ...(s.available ? body(s.value) : [`Not available yet. ${s.reason}`]), '');
  };
  section('Position shifts', d.positions, (p) => (p.shifts.length ? p.shifts.map((s) => `- **${escapeMarkdown(s.actor)}** on ${escapeMarkdown(s.target)}: ${escapeMarkdown(s.from.stance)} (${s.from.date ?? 'undated'}) ${cite(s.from.evidence)} → ${escapeMarkdown(s.to.stance)} (${s.to.date ?? 'undated'}) ${cite(s.to.evidence)}`) : ['No shifts found.']));
  section('Summary', d.summary, (s) => s.map((c) => `${escapeMarkdown(c.text)} ${cite(c.evidence)}`));
  section('Timeline', d.timeline, (t) => t.map((e) => `- **${e.date}** ${escapeMarkdown(e.text)} ${cite(e.evidence)}`));
  section('Actors', d.actors, (a) => a.map((x) => `- ${escapeMarkdown(x.name)} (${x.type})${x.roles.length ? ': ' + escapeMarkdown([...new Set(x.roles.map((r) => r.title))].join('; ')) : ''}`));
  section('Quotes', d.quotes, (q) => q.map((x) => `- ${x.date ?? 'undated'} **${escapeMarkdown(x.speaker?.name ?? 'unknown')}** (${x.kind}): “${escapeMarkdown(x.text)}” [${n.get(x.articleId) ?? '?'}]`));
  out.push('## Articles', '', ...d.story.articles.map((a, i) => `${i + 1}. ${escapeMarkdown(a.title ?? 'untitled')} (${a.publishedAt ?? 'undated'}${a.source ? ', ' + escapeMarkdown(a.source) : ''}) \`${a.id}\``), '');
  return out.join('\n');
}
