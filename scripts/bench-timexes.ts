// Words/s of findTimexes (the timexes stage's finder) beside raw chrono-node, steady state.
// Usage: node --import tsx scripts/bench-timexes.ts ../shared/eval/dates/dev.jsonl
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { findTimexes } from '../src/annotate/time/find-timexes.js';

const file = process.argv[2];
if (!file) throw new Error('usage: bench-timexes.ts <dates.jsonl>');
const records = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; dct: string });
const words = records.reduce((n, r) => n + r.text.split(/\s+/).length, 0);
const rate = (ms: number) => Math.round((words / ms) * 1000);
for (let round = 1; round <= 3; round++) {
  let t0 = performance.now();
  for (const r of records) chrono.parse(r.text, new Date(`${r.dct}T12:00:00Z`));
  const chronoMs = performance.now() - t0;
  t0 = performance.now();
  for (const r of records) findTimexes(r.text, { anchor: r.dct });
  const oursMs = performance.now() - t0;
  console.log(`round ${round}: ${words} words; chrono.parse ${rate(chronoMs)} words/s; findTimexes ${rate(oursMs)} words/s`);
}
