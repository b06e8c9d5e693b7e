import type { ActorView, QuoteView } from '../../api/views.js';
import type { Evidence } from '../../core/span.js';
import { html, path, type Html } from '../html.js';

type Cite = (evidence: readonly Evidence[]) => Html;

/** The evidence of a quote: from its first content span's start to its last one's end. */
export function quoteEvidence(q: QuoteView): Evidence {
  return { articleId: q.articleId, start: q.content[0]?.start ?? 0, end: q.content[q.content.length - 1]?.end ?? 0 };
}

/** Actor page link for a speaker name, when an actor has that name or alias. */
export function actorLinker(actors: readonly ActorView[]): (name: string) => string | null {
  const byName = new Map<string, string>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) if (!byName.has(n)) byName.set(n, a.id);
  return (name) => {
    const id = byName.get(name);
    return id ? path('/actors/', id) : null;
  };
}

/**
 * Quotes grouped by speaker (most quoted first; unknown speaker last), each group in date order,
 * with kind, cue and a citation to the quoted words in the article. Past `shown` quotes a
 * speaker's others fold into a <details>.
 */
export function quotesView(quotes: readonly QuoteView[], cite: Cite, link: (name: string) => string | null = () => null, { shown = 4 }: { shown?: number } = {}): Html {
  if (quotes.length === 0) return html`<p class="na">No quotes found.</p>`;
  const groups = new Map<string, QuoteView[]>();
  for (const q of quotes) {
    const key = q.speaker?.name ?? '';
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const ordered = [...groups].sort(([a, qa], [b, qb]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || qb.length - qa.length);
  return html`${ordered.map(([name, list]) => {
    const actorId = list.find((q) => q.speaker?.actorId)?.speaker?.actorId;
    const href = actorId ? path('/actors/', actorId) : name ? link(name) : null;
    const heading = name ? (href ? html`<a href="${href}">${name}</a>` : name) : 'Unknown speaker';
    const sorted = [...list].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
    const item = (q: QuoteView) =>
      html`<li class="quote quote-${q.kind}"><time>${q.date?.slice(0, 10) ?? 'undated'}</time> <span class="kind">${q.kind}</span> <blockquote>${q.text}</blockquote>${q.cue ? html` <span class="cue-word">(${q.cue})</span>` : ''} ${cite([quoteEvidence(q)])}</li>`;
    const rest = sorted.slice(shown);
    return html`<section class="speaker"><h3>${heading} <span class="count">${list.length}</span></h3><ul class="quotes">${sorted.slice(0, shown).map(item)}</ul>${
      rest.length ? html`<details class="more"><summary>${rest.length} more from ${name || 'unknown speakers'}</summary><ul class="quotes">${rest.map(item)}</ul></details>` : ''
    }</section>`;
  })}`;
}
