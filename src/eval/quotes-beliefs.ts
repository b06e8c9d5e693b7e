// Which gold attributions are beliefs or intentions. PolNeAR's released brat files give no
// separate label for them, so the eval reads the cue: a fixed list of belief, feeling and
// intention verbs (Levin 29.4-29.5 and 32, PARC 3.0's "thought" cues), kept apart from the
// product's lexicon so the count does not move when the lexicon grows.

const LEMMAS = `believe think hope fear expect feel know worry doubt suspect realize realise understand assume
wonder want wish intend plan hope prefer seek aim desire suppose presume imagine reckon guess trust`.split(/\s+/);

const FORM = new RegExp(`^(${LEMMAS.join('|')})(s|es|d|ed|ing|t)?$`);
const IRREGULAR = new Set(['thought', 'knew', 'known', 'felt', 'understood', 'sought', 'worried', 'worries', 'planned', 'planning', 'hoping', 'hoped']);

/**
 * True when a gold cue names a belief, feeling or intention.
 * Example: `isBeliefCue('still believes')` is true; `isBeliefCue('said')` is false.
 */
export function isBeliefCue(cue: string): boolean {
  return cue.toLowerCase().split(/[^a-z]+/).some((w) => FORM.test(w) || IRREGULAR.has(w));
}
