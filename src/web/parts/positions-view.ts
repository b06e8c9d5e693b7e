import type { PositionsView, ShiftEndView } from '../../api/views.js';
import type { Evidence } from '../../core/span.js';
import { html, path, type Html } from '../html.js';

type Cite = (evidence: readonly Evidence[]) => Html;

const stanceClass = (stance: string) => 'stance stance-' + stance.toLowerCase().replace(/[^a-z]+/g, '-');

/**
 * Position shifts first and prominent (actor, target, from stance and date → to stance and date,
 * each with citations), then disagreements between actors, then (folded) every actor's
 * statements per target in date order.
 */
export function positionsView(view: PositionsView, cite: Cite): Html {
  const end = (e: ShiftEndView) =>
    html`<div class="shift-end"><span class="${stanceClass(e.stance)}">${e.stance.replace(/_/g, ' ')}</span> <time>${e.date?.slice(0, 10) ?? 'undated'}</time><blockquote>${e.text}</blockquote>${cite(e.evidence)}</div>`;
  // Consecutive shifts of one actor on one target read as one chain: reluctant → open → rules out.
  const chains: { actor: string; actorId: string | null; target: string; ends: ShiftEndView[] }[] = [];
  for (const s of view.shifts) {
    const last = chains[chains.length - 1];
    const tail = last?.ends[last.ends.length - 1];
    if (last && last.actor === s.actor && last.target === s.target && tail?.text === s.from.text && tail.date === s.from.date) last.ends.push(s.to);
    else chains.push({ actor: s.actor, actorId: s.actorId, target: s.target, ends: [s.from, s.to] });
  }
  const arrow = html`<span class="arrow" aria-label="shifted to">→</span>`;
  const shifts = chains.length
    ? html`<div class="shifts">${chains.map(
        (c) => html`<article class="shift"><h3>${c.actorId ? html`<a href="${path('/actors/', c.actorId)}">${c.actor}</a>` : c.actor} <span class="on">on</span> ${c.target}</h3>
<div class="shift-line">${c.ends.map((e, i) => html`${i ? arrow : ''}${end(e)}`)}</div></article>`,
      )}</div>`
    : html`<p class="na">No position shifts found.</p>`;
  const disagreements = view.disagreements.length
    ? html`<h3>Disagreements</h3><div class="shifts">${view.disagreements.map(
        (d) => html`<article class="shift disagreement"><h3>${d.a.actor} <span class="on">vs</span> ${d.b.actor} <span class="on">on</span> ${d.target}</h3>
<div class="shift-line">${end(d.a)}<span class="arrow" aria-label="against">≠</span>${end(d.b)}</div></article>`,
      )}</div>`
    : '';
  const positions = view.positions.map(
    (p) => html`<section class="position"><h3>${p.actor} <span class="on">on</span> ${p.target}</h3><ol class="statements">${p.statements.map(
      (s) => html`<li><time>${s.date?.slice(0, 10) ?? 'undated'}</time> <span class="${stanceClass(s.stance)}">${s.stance.replace(/_/g, ' ')}</span> <q>${s.text}</q> ${cite(s.evidence)}${s.triggers.length ? html` <span class="triggers">cues: ${s.triggers.join(', ')}</span>` : ''}</li>`,
    )}</ol></section>`,
  );
  return html`${shifts}${disagreements}${positions.length ? html`<details class="all-positions"><summary>All positions (${positions.length})</summary>${positions}</details>` : ''}`;
}
