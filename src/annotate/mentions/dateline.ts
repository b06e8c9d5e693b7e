import type { Mention } from '../../core/doc.js';
import type { Word } from './words.js';

const DATE_AFTER = /^\d{4}-\d\d-\d\d$/;
const AGENCY = /^(?:Reuters|AP|AFP|dpa|Xinhua|Bloomberg|IANS|PTI|UPI)$/;

/**
 * The place of a wire-copy dateline: capitalised words opening a line and followed by a date or
 * an agency mark ("BELGRADE 1996-08-30", "LONDON (Reuters)"). Undefined when the line is not one.
 */
export function datelinePlace(words: readonly Word[]): Mention | undefined {
  let n = 0;
  while (n < words.length && n < 4 && words[n].cap && /^\p{L}/u.test(words[n].text)) n++;
  if (n === 0 || n >= words.length) return undefined;
  const agency = words[n].text === '(' && AGENCY.test(words[n + 1]?.text ?? '') && words[n + 2]?.text === ')';
  if (!agency && !DATE_AFTER.test(words[n].text)) return undefined;
  return { start: words[0].start, end: words[n - 1].end, type: 'LOC', kind: 'name' };
}
