// Writes the bad-input batch of issue 2 into a temporary folder: good inputs of every format
// (two of them in Windows-1252 and UTF-16 with a BOM) and one input of each kind of bad file.
// Used by the reader test and the CLI test.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BODY = 'The Prime Minister said the decision would be made by Cabinet in the coming weeks, after advice from officials.';

/** The batch: `good` and `bad` are paths; `expected` maps each bad path to its reason. */
export interface Batch {
  readonly dir: string;
  readonly good: string[];
  readonly bad: string[];
  readonly expected: Record<string, RegExp>;
  /** Good articles the batch holds (the .jsonl file has two). */
  readonly goodArticles: number;
}

/** Creates the batch in a fresh folder under os.tmpdir(). The 50 MB file is generated, never committed. */
export function writeBadInputBatch(): Batch {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-batch-'));
  const file = (name: string, data: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  const good = [
    file('good.txt', `Key rules out SAS in Iraq\n\n${BODY}\n`),
    file('good.md', `---\ntitle: Cabinet to decide\ndate: 2014-10-07\n---\n\n${BODY} More to come.\n`),
    file('good.html', `<html><head><title>Page</title></head><body><article><h1>Page</h1><p>${BODY} From a web page.</p><p>${BODY} Second paragraph.</p></article></body></html>`),
    file('good.jsonl', `{"title":"One","text":"${BODY} One."}\n{"title":"Two","text":"${BODY} Two."}\n`),
    file('good.rss', `<rss><channel><title>Feed</title><item><title>Item</title><description>${BODY} From a feed.</description></item></channel></rss>`),
    // "Café owner says “no”" in Windows-1252 (é = 0xe9, curly quotes = 0x93/0x94), then the body.
    file('cp1252.txt', Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owner says '), 0x93, ...Buffer.from('no'), 0x94, ...Buffer.from(`\n\n${BODY} Windows.\n`)])),
    file('utf16-bom.txt', Uint8Array.from([0xff, 0xfe, ...Buffer.from(`Résumé of the week\n\n${BODY} UTF-16.\n`, 'utf16le')])),
  ];
  const emptyDir = join(dir, 'no-articles');
  mkdirSync(emptyDir);
  writeFileSync(join(emptyDir, 'picture.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  const expected: Record<string, RegExp> = {
    [file('binary.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]))]: /^binary file/,
    [file('empty.txt', '')]: /^empty file$/,
    [file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a'))]: /^file too large \(50\.0 MB/,
    [file('invalid-utf8.txt', Uint8Array.from([0x4b, 0x65, 0x79, 0xc3, 0x28, 0x81, 0x8d, 0xfe, 0xff, 0x90, 0x9d]))]: /^invalid UTF-8/,
    [file('malformed.html', '<html><head><title>x</title></head><body><div><p')]: /^malformed or empty HTML/,
    [file('truncated.json', `{"title": "Cut", "text": "${BODY.slice(0, 30)}`)]: /^invalid JSON/,
    [file('broken.rss', '<rss><channel><item><title>A</title><description>B</item></channel></rss>')]: /^broken XML: line 1/,
    [emptyDir]: /^no articles in this folder \(1 file of other types skipped\)$/,
  };
  return { dir, good, bad: Object.keys(expected), expected, goodArticles: 8 };
}
