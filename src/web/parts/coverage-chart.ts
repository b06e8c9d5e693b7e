import type { StoryView } from '../../api/views.js';
import { html, type Html } from '../html.js';

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) (m = 1), y++;
  }
  return out;
}

/**
 * A small inline SVG bar chart of articles per month over the story's span (empty months show as
 * gaps), with a tooltip per bar. Example: coverage [{2014-10: 2}, {2016-02: 1}] draws 17 slots.
 */
export function coverageChart(coverage: StoryView['coverage'], { width = 240, height = 40 }: { width?: number; height?: number } = {}): Html {
  if (coverage.length === 0) return html`<span class="na">no dated articles</span>`;
  const counts = new Map(coverage.map((c) => [c.period, c.count]));
  const months = monthsBetween(coverage[0].period, coverage[coverage.length - 1].period).slice(-240);
  const max = Math.max(...coverage.map((c) => c.count));
  const slot = width / months.length;
  const bars = months.map((month, i) => {
    const n = counts.get(month) ?? 0;
    if (n === 0) return '';
    const h = Math.max(2, Math.round(((height - 4) * n) / max));
    const w = Math.min(16, Math.max(1, slot * 0.8));
    return html`<rect x="${(i * slot + (slot - w) / 2).toFixed(1)}" y="${height - h}" width="${w.toFixed(1)}" height="${h}"><title>${month}: ${n} article${n === 1 ? '' : 's'}</title></rect>`;
  });
  const label = `Articles per month, ${months[0]} to ${months[months.length - 1]}`;
  return html`<svg class="coverage" viewBox="0 0 ${width} ${height + 12}" width="${width}" height="${height + 12}" role="img" aria-label="${label}">
<line x1="0" y1="${height}" x2="${width}" y2="${height}" class="axis"/>${bars}
<text x="0" y="${height + 11}" class="tick">${months[0]}</text><text x="${width}" y="${height + 11}" class="tick end">${months[months.length - 1]}</text></svg>`;
}
