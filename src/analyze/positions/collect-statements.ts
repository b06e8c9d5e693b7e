import type { Article } from '../../core/article.js';
import type { Doc, Quote } from '../../core/doc.js';
import type { Evidence, Span } from '../../core/span.js';
import type { StoryBundle } from '../../core/story.js';
import { sourceName } from './source-name.js';
import { statementDate } from './statement-date.js';

/** One attributed statement in a story, before stance and target are read. */
export interface Statement {
  readonly actorName: string;
  /** Actor id when the caller resolves one (store `actors` table), else the normalised name. */
  readonly actorId: string;
  readonly articleId: string;
  /** When it was said: a dated timex by the cue ("said in July"), else the article date. */
  readonly date: string | null;
  readonly quote: Quote;
  /** The quoted words, fragments joined by " … ". */
  readonly text: string;
  /** The reporting cue as written ("said", "urged"), '' when none. */
  readonly cueText: string;
  /** The sentence(s) around the content, for target words the quote leaves implicit. */
  readonly contextText: string;
  /** The source phrase as written ("New Zealand Prime Minister John Key"), '' when none. */
  readonly sourceText: string;
  readonly evidence: Evidence;
  /** Position in the story: article index * 1e7 + content start. */
  readonly order: number;
}

/** Maps an entity of one article to a story-wide actor id, or undefined to use the name. */
export type ActorIdOf = (articleId: string, entityId: string, name: string) => string | undefined;

function sentenceAround(doc: Doc, span: Span): Span {
  const sentences = doc.layers.sentences ?? [];
  let start = span.start;
  let end = span.end;
  for (const s of sentences) {
    if (s.end <= span.start) continue;
    if (s.start >= span.end) break;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/**
 * "Key" joins "John Key" when exactly one longer name ends with it: among the speakers, or else
 * among the story's person-name mentions ("Mr Abbott" speaks, "Tony Abbott" is mentioned).
 */
function canonicalNames(names: readonly string[], mentioned: readonly string[]): Map<string, string> {
  const unique = [...new Set(names)];
  const others = [...new Set(mentioned)];
  const out = new Map<string, string>();
  for (const name of unique) {
    let longer = name.includes(' ') ? [] : unique.filter((n) => n !== name && n.endsWith(' ' + name));
    if (longer.length === 0 && !name.includes(' ')) longer = others.filter((n) => n.endsWith(' ' + name));
    out.set(name, longer.length === 1 ? longer[0] : name);
  }
  return out;
}

/**
 * Every quote with a known speaker in the story's non-duplicate articles, oldest article first.
 * The speaker is the quote's linked entity, or else the name ending its source phrase ("Mr Key" -> "Key"),
 * with "he"/"she" taken as the story speaker whose surname occurs last before it (600 characters).
 * Actor identity across articles is the entity's canonical name ("Key" merges into "John Key"),
 * unless `actorIdOf` gives an id.
 * Example: the seed story gives statements such as
 * `{ actorName: 'John Key', text: 'definitely an option.', date: '2014-10-21', ... }`.
 */
export function collectStatements(bundle: StoryBundle, actorIdOf?: ActorIdOf): Statement[] {
  type Raw = { name: string; entityId: string; doc: Doc; article: Article; quote: Quote; index: number };
  const raw: Raw[] = [];
  const pronouns: Raw[] = [];
  bundle.articles.forEach(({ article, doc }, index) => {
    if (bundle.duplicates.includes(article.id)) return;
    const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
    for (const quote of doc.layers.quotes ?? []) {
      if (quote.content.length === 0) continue;
      const entity = quote.speaker ? entities.get(quote.speaker) : undefined;
      // Until a speaker entity is linked, the name in the source phrase stands in for it.
      const source = quote.source ? doc.text.slice(quote.source.start, quote.source.end).trim() : '';
      if (!entity && /^(?:he|she)$/i.test(source)) pronouns.push({ name: '', entityId: '', doc, article, quote, index });
      const name = entity ? (entity.type === 'PER' || entity.type === 'ORG' ? entity.name : '') : sourceName(source);
      if (name) raw.push({ name, entityId: entity?.id ?? '', doc, article, quote, index });
    }
  });
  // "he"/"she" without a linked entity: the story speaker whose surname occurs last before it.
  const surnames = new Map(raw.map((r) => [r.name.split(' ').pop()!, r.name]));
  for (const p of pronouns) {
    const before = p.doc.text.slice(Math.max(0, p.quote.source!.start - 600), p.quote.source!.start);
    let best = -1;
    for (const [surname, name] of surnames) {
      const at = before.lastIndexOf(surname);
      if (at > best && /\W/.test(before[at - 1] ?? ' ') && /\W/.test(before[at + surname.length] ?? ' ')) { best = at; p.name = name; }
    }
    if (p.name) raw.push(p);
  }
  raw.sort((a, b) => a.index - b.index || a.quote.content[0].start - b.quote.content[0].start);
  const mentioned = bundle.articles.flatMap(({ doc }) => (doc.layers.mentions ?? [])
    .filter((m) => m.type === 'PER' && m.kind === 'name')
    .map((m) => doc.text.slice(m.start, m.end).replace(/['\u2019]s$/, ''))
    .filter((n) => /^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)+$/.test(n)));
  const canonical = canonicalNames(raw.map((r) => r.name), mentioned);
  return raw.map(({ name, entityId, doc, article, quote, index }) => {
    const first = quote.content[0];
    const last = quote.content[quote.content.length - 1];
    const around = sentenceAround(doc, { start: first.start, end: last.end });
    const text = quote.content.map((c) => doc.text.slice(c.start, c.end)).join(' … ');
    const actorName = canonical.get(name) ?? name;
    return {
      actorName,
      actorId: actorIdOf?.(article.id, entityId, actorName) ?? actorName.toLowerCase(),
      articleId: article.id,
      date: statementDate(doc, quote, article.publishedAt),
      quote,
      text,
      cueText: quote.cue ? doc.text.slice(quote.cue.start, quote.cue.end) : '',
      contextText: doc.text.slice(around.start, first.start) + ' ' + doc.text.slice(last.end, around.end),
      sourceText: quote.source ? doc.text.slice(quote.source.start, quote.source.end) : '',
      evidence: { articleId: article.id, start: first.start, end: last.end },
      order: index * 1e7 + first.start,
    };
  });
}
