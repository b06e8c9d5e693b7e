import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PositionsView, ShiftEndView } from '../../api/views.js';
import { html } from '../html.js';
import { positionsView } from './positions-view.js';

const end = (stance: string, date: string, text: string, articleId: string): ShiftEndView => ({ stance, date, text, evidence: [{ articleId, start: 0, end: 5 }] });
const cite = (ev: readonly { articleId: string }[]) => html`<a class="cite">${ev.map((e) => e.articleId)}</a>`;

test('two consecutive shifts of one actor on one target read as one chain of three stances', () => {
  const open = end('open', '2014-10-21', 'an option', 'b');
  const view: PositionsView = {
    positions: [],
    disagreements: [],
    shifts: [
      { actor: 'John Key', actorId: 'a-1', target: 'SAS', from: end('reluctant', '2014-10-07', 'outer edge', 'a'), to: open },
      { actor: 'John Key', actorId: 'a-1', target: 'SAS', from: open, to: end('rules_out', '2016-02-15', 'rule out', 'c') },
    ],
  };
  const out = positionsView(view, cite).value;
  assert.equal((out.match(/<article class="shift">/g) ?? []).length, 1);
  assert.deepEqual([...out.matchAll(/class="stance stance-([a-z-]+)">([^<]+)</g)].map((m) => m[2]), ['reluctant', 'open', 'rules out']);
  assert.ok(out.includes('<a href="/actors/a-1">John Key</a>'));
});

test('a disagreement shows both actors, both stances and both citations', () => {
  const view: PositionsView = {
    positions: [],
    shifts: [],
    disagreements: [{ target: 'SAS', a: { actor: 'John Key', ...end('supports', '2014-10-21', 'yes', 'b') }, b: { actor: 'Russel Norman', ...end('opposes', '2014-10-21', 'no', 'c') } }],
  };
  const out = positionsView(view, cite).value;
  assert.match(out, /<h3>John Key <span class="on">vs<\/span> Russel Norman <span class="on">on<\/span> SAS<\/h3>/);
  assert.deepEqual([...out.matchAll(/<a class="cite">(\w)<\/a>/g)].map((m) => m[1]), ['b', 'c']);
  assert.match(out, /No position shifts found/);
});
