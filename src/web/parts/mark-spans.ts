import { escapeHtml } from '../html.js';

/**
 * One span to wrap in markup. Lower `rank` nests outside higher rank; when spans cross, the
 * inner one is closed and reopened with `cont` (so ids appear once, on the first piece).
 * `open`, `cont` and `close` are markup the caller built with escaping.
 */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  readonly open: string;
  readonly cont: string;
  readonly close: string;
}

function order(a: Mark, b: Mark): number {
  return a.rank - b.rank || a.start - b.start || b.end - a.end;
}

/**
 * Escapes `text` and wraps each mark's range in its markup, always well nested.
 * Cost is O(n log n) in marks plus O(depth) per boundary.
 * Example: `markSpans('Mr Key said', [{start: 3, end: 6, rank: 0, open: '<b>', cont: '<b>', close: '</b>'}])`
 * is `'Mr <b>Key</b> said'`.
 */
export function markSpans(text: string, marks: readonly Mark[]): string {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const bounds = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const opened = new Set<Mark>();
  let active: Mark[] = [];
  let stack: Mark[] = [];
  let next = 0;
  let out = '';
  for (let i = 0; i < bounds.length - 1; i++) {
    const pos = bounds[i];
    active = active.filter((m) => m.end > pos);
    while (next < valid.length && valid[next].start <= pos) active.push(valid[next++]);
    const desired = [...active].sort(order);
    let keep = 0;
    while (keep < stack.length && keep < desired.length && stack[keep] === desired[keep]) keep++;
    for (let j = stack.length - 1; j >= keep; j--) out += stack[j].close;
    for (let j = keep; j < desired.length; j++) {
      out += opened.has(desired[j]) ? desired[j].cont : desired[j].open;
      opened.add(desired[j]);
    }
    stack = desired;
    out += escapeHtml(text.slice(pos, bounds[i + 1]));
  }
  for (let j = stack.length - 1; j >= 0; j--) out += stack[j].close;
  return out;
}
