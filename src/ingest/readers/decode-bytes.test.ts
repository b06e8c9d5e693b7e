import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from './decode-bytes.js';

const text = (bytes: number[] | Uint8Array) => {
  const decoded = decodeBytes(Uint8Array.from(bytes));
  return 'text' in decoded ? [decoded.encoding, decoded.text] : ['error', decoded.error];
};

test('plain UTF-8 decodes as UTF-8', () => {
  assert.deepEqual(text(Buffer.from('Mr Key said “no”.', 'utf8')), ['utf-8', 'Mr Key said “no”.']);
});

test('a UTF-8 byte-order mark is removed', () => {
  assert.deepEqual(text([0xef, 0xbb, 0xbf, ...Buffer.from('Key')]), ['utf-8', 'Key']);
});

test('UTF-16 LE and BE with a byte-order mark decode', () => {
  assert.deepEqual(text([0xff, 0xfe, ...Buffer.from('Key é', 'utf16le')]), ['utf-16le', 'Key é']);
  const be = Buffer.from('Key é', 'utf16le').swap16();
  assert.deepEqual(text([0xfe, 0xff, ...be]), ['utf-16be', 'Key é']);
});

test('Windows-1252 text (invalid as UTF-8) falls back to Windows-1252', () => {
  // 0x93/0x94 are curly double quotes and 0xe9 is é in Windows-1252.
  assert.deepEqual(text([...Buffer.from('The caf'), 0xe9, ...Buffer.from(' said '), 0x93, ...Buffer.from('no'), 0x94]), ['windows-1252', 'The café said “no”']);
});

test('bytes that are neither UTF-8 nor plausible Windows-1252 are an error naming the offset', () => {
  assert.deepEqual(text([0x41, 0x42, 0xc3, 0x28, 0x81, 0x8d, 0xff, 0xfe, 0x90, 0x9d]), ['error', 'invalid UTF-8 (first bad byte at offset 2) and not Windows-1252 text either']);
});

test('NUL bytes mean binary, not text', () => {
  assert.deepEqual(text([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), ['error', 'binary file (contains NUL bytes), not text']);
});

test('empty and whitespace-only inputs are errors', () => {
  assert.deepEqual(text([]), ['error', 'empty file']);
  assert.deepEqual(text(Buffer.from(' \n\t\n')), ['error', 'empty file (only whitespace)']);
});

test('an input over 20 MB is refused with its size', () => {
  assert.deepEqual(text(new Uint8Array(21 * 1024 * 1024).fill(0x61)), ['error', 'file too large (21.0 MB; the limit is 20.0 MB)']);
});

test('a page that is not UTF-8 decodes with the charset it declares', () => {
  // "日本" in Shift_JIS is 0x93 0xfa 0x96 0x7b.
  const page = [...Buffer.from('<html><head><meta charset="shift_jis"></head><body>'), 0x93, 0xfa, 0x96, 0x7b, ...Buffer.from('</body></html>')];
  assert.deepEqual(text(page), ['shift_jis', '<html><head><meta charset="shift_jis"></head><body>日本</body></html>']);
});
