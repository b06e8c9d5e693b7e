import type { TimexRule } from './timex-rule.js';

const ref = (name: string, source: string, value: string): TimexRule => ({
  name,
  pattern: new RegExp(source, 'gi'),
  make: () => ({ type: 'DATE', value, relative: false }),
});

/**
 * Vague references to the present, past and future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
 * "former", "once", "previously", "soon" and a bare "future" are left out: TimeBank does not mark them (0 of 31 "former" on DEV).
 * Example: "Mr Key is currently in Iraq" -> "currently" = PRESENT_REF. "now" after "was" or
 * before "seeking"-like verbs is left alone by the false-hit filter in find-timexes.ts.
 */
export const refRules: TimexRule[] = [
  ref('present-ref', String.raw`\b(?:right now|now|currently|current|at present|presently|nowadays|these days|at the moment|at this time|the present)\b`, 'PRESENT_REF'),
  ref('past-ref', String.raw`\b(?:recently|recent|lately|the past)\b`, 'PAST_REF'),
  ref('future-ref', String.raw`\b(?:the (?:near |distant |foreseeable )?future|(?:the )?coming (?:years|months|weeks|days|quarters)|future (?:years|months|quarters)|the (?:near|short) term)\b`, 'FUTURE_REF'),
];
