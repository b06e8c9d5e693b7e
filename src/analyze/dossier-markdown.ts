import type { Evidence } from '../core/span.js';
import type { StoryBundle } from '../core/story.js';
import { escapeMarkdown as md } from './escape-markdown.js';
import { storyPositions, type StoryPositions } from './positions/story-positions.js';
import { storyActors, storyQuotes } from './story-people.js';
import { storySummary } from './story-summary.js';
import { storyTimeline } from './story-timeline.js';

/** Quote content without its own outer quote marks, so that the dossier adds exactly one pair. */
const unquote = (text: string) => text.replace(/^["']+|["']+$/g, '');

/** Options of dossierMarkdown: `{ words: 150, timelineLimit: 15 }` by default. */
export interface DossierMarkdownOptions {
  /** Summary word limit. */
  readonly words?: number;
  /** ISO date: the summary tells only what is new after it. */
  readonly since?: string;
  readonly query?: string;
  /** Most timeline entries shown. */
  readonly timelineLimit?: number;
  /** Positions to show (shifts first); computed from the quotes when absent and any article has quotes. */
  readonly positions?: StoryPositions;
}

/**
 * A story dossier as Markdown: title, date span, numbered sources, a cited summary ([n] = source n),
 * timeline, actors, key quotes and positions (shifts first). All article text is escaped.
 * Example: `dossierMarkdown(bundle, { words: 120 })` starts with `# <story title>`.
 */
export function dossierMarkdown(bundle: StoryBundle, options: DossierMarkdownOptions = {}): string {
  const { words = 150, since, query, timelineLimit = 15 } = options;
  const number = new Map(bundle.articles.map(({ article }, i) => [article.id, i + 1]));
  const cite = (evidence: readonly Evidence[]) => [...new Set(evidence.map((e) => number.get(e.articleId)))].map((n) => `[${n}]`).join('');
  const dates = bundle.articles.map(({ article }) => article.publishedAt?.slice(0, 10)).filter((d): d is string => !!d).sort();
  const out: string[] = [`# ${md(bundle.title)}`, ''];
  out.push(`${dates.length ? `${dates[0]} – ${dates[dates.length - 1]}` : 'undated'} · ${bundle.articles.length} article${bundle.articles.length === 1 ? '' : 's'}`, '');

  out.push('## Sources', '');
  bundle.articles.forEach(({ article }, i) => {
    const parts = [md(article.title ?? 'untitled'), article.source ? md(article.source) : null, article.publishedAt?.slice(0, 10) ?? 'undated'];
    out.push(`${i + 1}. ${parts.filter(Boolean).join(' · ')}${article.url ? ` <${encodeURI(article.url).replace(/>/g, '%3E')}>` : ''}`);
  });
  out.push('');

  const summary = storySummary(bundle, { words, since, query });
  out.push(since ? `## What's new since ${md(since)}` : '## Summary', '');
  out.push(summary.length ? summary.map((s) => `${md(s.text)} ${cite(s.evidence)}`).join(' ') : '_Nothing to summarise._', '');

  out.push('## Timeline', '');
  const timeline = storyTimeline(bundle, { limit: timelineLimit });
  out.push(...(timeline.length ? timeline.map((e) => `- **${e.date}** ${md(e.text)} ${cite(e.evidence)}`) : ['_No dated events._']), '');

  out.push('## Actors', '');
  // Nationality adjectives and other MISC names ("Iraqi") are not actors.
  const actors = storyActors(bundle).filter((a) => a.type !== 'MISC').slice(0, 12);
  out.push(...(actors.length ? actors.map((a) => `- **${md(a.name)}** (${a.type})${a.roles.length ? `, ${md(a.roles.join('; '))}` : ''} · ${a.mentions} mentions ${cite(a.evidence)}`) : ['_No actors found._']), '');

  out.push('## Key quotes', '');
  const quotes = storyQuotes(bundle).slice(0, 8);
  out.push(...(quotes.length ? quotes.map((q) => `> "${md(unquote(q.text))}" (${md(q.speaker ?? 'unattributed')}) ${cite([q.evidence])}\n`) : ['_No quotes found._', '']));

  out.push('## Positions', '');
  const positions = options.positions ?? (bundle.articles.some(({ doc }) => doc.layers.quotes?.length) ? storyPositions(bundle) : null);
  if (!positions || (!positions.shifts.length && !positions.positions.length)) out.push('_No positions found._');
  for (const s of positions?.shifts ?? []) {
    out.push(`- **${md(s.actor.name)}** on ${md(s.target)}: ${s.from.stance} (${s.from.date ?? 'undated'}) ${cite([s.from.evidence])} → ${s.to.stance} (${s.to.date ?? 'undated'}) ${cite([s.to.evidence])}`);
  }
  for (const p of (positions?.positions ?? []).slice(0, 8)) {
    const last = p.statements[p.statements.length - 1];
    if (last) out.push(`- ${md(p.actor.name)} on ${md(p.target)}: ${last.stance} ${cite(p.statements.map((s) => s.evidence))}`);
  }
  out.push('');
  return out.join('\n');
}
