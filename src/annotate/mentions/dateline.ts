import type { Mention } from '../../core/doc.js';
import type { Word } from './words.js';

const DATE_AFTER = /^\d{4}-\d\d-\d\d$/;
const AGENCY = /^(?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg|IANS|PTI)$/;
const DASH = /^(?:-|--|—|–)$/;

/**
 * The place of a wire-copy dateline: capitalised words opening a line, optionally with a state
 * after a comma, followed by a date, an agency mark or (for an ALL CAPS place) a dash and
 * normal text: "BELGRADE 1996-08-30", "LONDON (Reuters)", "FLINT, Mich. (UPI) --",
 * "WASHINGTON — The". Only the first place is returned; undefined when the line is not one.
 * Example: words of "LONDON 1996-08-30" give a LOC mention over `LONDON`.
 */
export function datelinePlace(words: readonly Word[]): Mention | undefined {
  let n = 0;
  while (n < words.length && n < 4 && words[n].cap && /^\p{L}/u.test(words[n].text)) n++;
  if (n === 0 || n >= words.length) return undefined;
  let k = n;
  if (words[k].text === ',' && words[k + 1]?.cap) {
    k += 2;
    while (k < words.length && k < n + 4 && words[k].cap) k++;
  }
  const at = words[k];
  if (!at) return undefined;
  const agency = at.text === '(' && AGENCY.test(words[k + 1]?.text ?? '') && words[k + 2]?.text === ')';
  const dashed = DASH.test(at.text) && words.slice(0, n).every((w) => w.upper) && words[k + 1] !== undefined && !words[k + 1].upper;
  if (!agency && !dashed && !DATE_AFTER.test(at.text)) return undefined;
  return { start: words[0].start, end: words[n - 1].end, type: 'LOC', kind: 'name' };
}
