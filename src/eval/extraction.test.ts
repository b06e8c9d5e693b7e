import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { extractBody, extractionTask } from './extraction.js';

const P1 = 'The council voted on Monday to close the old bridge, after engineers found cracks in two of its supports.';
const P2 = 'The mayor said a new bridge would be built next year, and that buses would carry people across the river meanwhile.';
const page = (extra: string) =>
  `<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1><p>${P1}</p>${extra}<p>${P2}</p></article></body></html>`;

test('our body drops a figure caption and a share line that raw Readability keeps', () => {
  const html = page('<figure><img src="b.jpg"><figcaption>The old bridge on Monday. Photo: Jane Doe</figcaption></figure><p>Share this article</p>');
  const { ours, readability } = extractBody(html);
  assert.equal(ours, `${P1}\n\n${P2}`);
  assert.match(readability, /Photo: Jane Doe/);
});

test('the task scores a gzip JSONL file and writes {id, articleBody} with --out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-extraction-'));
  try {
    const file = join(dir, 'pages.jsonl.gz');
    const out = join(dir, 'ours.jsonl');
    const rows = [
      { id: 'p1', url: 'https://x/1', html: page('<figure><figcaption>A caption line that is not in the body at all.</figcaption></figure>'), articleBody: `${P1}\n${P2}` },
      { id: 'p2', url: 'https://x/2', html: page(''), articleBody: P1 },
    ];
    writeFileSync(file, gzipSync(rows.map((r) => JSON.stringify(r)).join('\n') + '\n'));
    const report = await extractionTask.run(file, { out });
    assert.equal(report.n, 2);
    // Page 1 is exact. Page 2: P1 has 19 tokens (16 shingles), P1+P2 40 tokens (37 shingles),
    // so recall 1 and precision 16/37.
    const ours = report.ours as { precision: number; recall: number; accuracy: number };
    assert.deepEqual([ours.recall, ours.accuracy], [1, 0.5]);
    assert.equal(ours.precision, Math.round(((1 + 16 / 37) / 2) * 10000) / 10000);
    assert.equal(report.baseline?.name, 'readability');
    const written = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(written, [{ id: 'p1', articleBody: `${P1}\n\n${P2}` }, { id: 'p2', articleBody: `${P1}\n\n${P2}` }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
