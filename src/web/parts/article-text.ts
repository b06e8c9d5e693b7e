import { speakerNames } from '../../annotate/quotes/speaker-name.js';
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { html, trusted, type Html } from '../html.js';
import { markSpans, type Mark } from './mark-spans.js';

/** Number of speaker colours in style.css (`.sp-0` … `.sp-7`). */
export const speakerColours = 8;

/** The id a citation targets: `s-120-245` for the span [120, 245). */
export function sentenceAnchor(span: Span): string {
  return `s-${span.start}-${span.end}`;
}

function tagged(start: number, end: number, rank: number, open: Html, cont: Html, close: string): Mark {
  return { start, end, rank, open: open.value, cont: cont.value, close };
}

/**
 * The article's cleaned text as HTML: blocks as paragraphs (caption, credit, link, boilerplate and
 * duplicate blocks greyed out and labelled), sentences with ids for citations, quotes coloured by
 * speaker, entity mentions and timexes highlighted. `highlight` (a citation's evidence span) gets
 * its own anchor when it is not exactly a sentence. All text is escaped.
 * Example: `articleText(doc, {highlight: {start: 120, end: 245}}).speakers` lists `{name, colour}` for the legend.
 */
export function articleText(doc: Doc, { highlight }: { highlight?: Span } = {}): { body: Html; speakers: { name: string; colour: number }[] } {
  const { sentences = [], quotes = [], mentions = [], timexes = [], entities = [] } = doc.layers;
  // Without a blocks layer the whole text is one body paragraph.
  const blocks = doc.layers.blocks ?? [{ start: 0, end: doc.text.length, type: 'body' as const }];
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const marks: Mark[] = [];
  for (const b of blocks) {
    const grey = b.type !== 'body' && b.type !== 'headline';
    const label = grey ? html`<span class="blk-label">${b.type}</span>` : '';
    marks.push(tagged(b.start, b.end, 0, html`<p class="blk blk-${b.type}">${label}`, html`<p class="blk blk-${b.type}">`, '</p>'));
  }
  const ids = new Set<string>();
  for (const s of sentences) {
    ids.add(sentenceAnchor(s));
    marks.push(tagged(s.start, s.end, 1, html`<span class="s" id="${sentenceAnchor(s)}">`, html`<span class="s">`, '</span>'));
  }
  if (highlight && !ids.has(sentenceAnchor(highlight))) {
    marks.push(tagged(highlight.start, highlight.end, 2, html`<span class="s" id="${sentenceAnchor(highlight)}">`, html`<span class="s">`, '</span>'));
  }
  const speakers = new Map<string, number>();
  const quoteNames = speakerNames(doc, quotes);
  for (const [i, q] of quotes.entries()) {
    const name = quoteNames[i] ?? 'unknown speaker';
    if (!speakers.has(name)) speakers.set(name, speakers.size % speakerColours);
    const colour = speakers.get(name)!;
    const title = `${q.kind} quote · ${name}`;
    for (const c of q.content) marks.push(tagged(c.start, c.end, 3, html`<span class="q sp-${colour}" title="${title}">`, html`<span class="q sp-${colour}" title="${title}">`, '</span>'));
    if (q.cue) marks.push(tagged(q.cue.start, q.cue.end, 4, html`<span class="cue" title="cue">`, html`<span class="cue">`, '</span>'));
  }
  for (const m of mentions) {
    const name = m.entity ? names.get(m.entity) : undefined;
    const title = `${m.type}${name ? ' · ' + name : ''}`;
    marks.push(tagged(m.start, m.end, 4, html`<span class="m m-${m.type}" title="${title}">`, html`<span class="m m-${m.type}" title="${title}">`, '</span>'));
  }
  for (const t of timexes) {
    const title = `${t.type} · ${t.value ?? 'unresolved'}`;
    marks.push(tagged(t.start, t.end, 4, html`<span class="t" title="${title}">`, html`<span class="t" title="${title}">`, '</span>'));
  }
  return { body: trusted(markSpans(doc.text, marks)), speakers: [...speakers].map(([name, colour]) => ({ name, colour })) };
}
