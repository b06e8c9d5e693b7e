import type { TimelineEntryView } from '../../api/views.js';
import type { Evidence } from '../../core/span.js';
import { html, type Html } from '../html.js';
import { dateValue } from './date-value.js';

type Cite = (evidence: readonly Evidence[]) => Html;

function axis(entries: readonly { n: number; t: number; date: string }[], width: number): Html {
  const t0 = Math.min(...entries.map((e) => e.t));
  const t1 = Math.max(...entries.map((e) => e.t));
  const pad = 24;
  const x = (t: number) => (t1 === t0 ? width / 2 : pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad));
  const firstYear = new Date(t0).getUTCFullYear();
  const lastYear = new Date(t1).getUTCFullYear();
  const ticks: Html[] = [];
  for (let y = firstYear + 1; y <= lastYear && lastYear - firstYear < 40; y++) {
    const at = x(Date.UTC(y, 0, 1));
    const tx = at.toFixed(1);
    // A year label that would collide with the end labels is left off; its tick stays.
    const label = at > 60 && at < width - 60 ? html`<text x="${tx}" y="54" class="tick mid">${y}</text>` : '';
    ticks.push(html`<line x1="${tx}" y1="26" x2="${tx}" y2="40" class="tick-line"/>${label}`);
  }
  // Entries closer than 18px share one dot labelled with their range of numbers.
  const groups: { x: number; first: number; last: number; dates: string[] }[] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last && x(e.t) - last.x < 18) (last.last = e.n), last.dates.push(e.date);
    else groups.push({ x: x(e.t), first: e.n, last: e.n, dates: [e.date] });
  }
  const dots = groups.map((g, i) => {
    const cx = g.x.toFixed(1);
    const label = g.first === g.last ? String(g.first) : `${g.first}–${g.last}`;
    return html`<a href="#tl-${g.first}"><circle cx="${cx}" cy="33" r="${g.first === g.last ? 6 : 8}" class="dot"><title>${[...new Set(g.dates)].join(', ')}</title></circle><text x="${cx}" y="${i % 2 === 0 ? 18 : 10}" class="tick mid">${label}</text></a>`;
  });
  return html`<svg class="timeline-axis" viewBox="0 0 ${width} 60" role="img" aria-label="Timeline from ${new Date(t0).toISOString().slice(0, 10)} to ${new Date(t1).toISOString().slice(0, 10)}">
<line x1="0" y1="33" x2="${width}" y2="33" class="axis"/>${ticks}${dots}
<text x="2" y="54" class="tick">${entries[0].date}</text><text x="${width - 2}" y="54" class="tick end">${entries[entries.length - 1].date}</text></svg>`;
}

/**
 * The timeline drawn as a timeline: an SVG axis with one numbered dot per dated entry (placed in
 * proportion to time, with year ticks), above a vertical list of the entries in date order, each
 * with its citations. Entries whose date is not a calendar date are listed last.
 */
export function timelineView(entries: readonly TimelineEntryView[], cite: Cite, { width = 720 }: { width?: number } = {}): Html {
  if (entries.length === 0) return html`<p class="na">No dated events found.</p>`;
  const placed = entries.map((e) => ({ e, t: dateValue(e.date) }));
  placed.sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity));
  const dated = placed.flatMap(({ e, t }, i) => (t === null ? [] : [{ n: i + 1, t, date: e.date }]));
  return html`<div class="timeline">
${dated.length ? axis(dated, width) : ''}
<ol class="tl-list">${placed.map(({ e }, i) => html`<li id="tl-${i + 1}"><span class="tl-when"><span class="tl-n">${i + 1}</span> <time datetime="${e.date}">${e.date}</time></span><p>${e.text} ${cite(e.evidence)}</p></li>`)}</ol>
</div>`;
}
