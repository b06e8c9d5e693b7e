import { countryDemonyms, demonymCountry, placeAliases, placeNames } from '../mentions/places.data.js';

const ABBREVIATIONS: Record<string, string> = {
  'Gov.': 'Governor', 'Sen.': 'Senator', 'Rep.': 'Representative', 'Gen.': 'General', 'Lt.': 'Lieutenant', 'Col.': 'Colonel',
  'Capt.': 'Captain', 'Del.': 'Delegate', 'Sgt.': 'Sergeant', 'Adm.': 'Admiral', 'Pres.': 'President', 'Cmdr.': 'Commander', 'Supt.': 'Superintendent',
};
const POSSESSIVE_START = /^(?:his|her|their|its|our|the|a|an)\s+/i;
const PLURAL_ROLE = /^(contenders|candidates|leaders|co-leaders|ministers|officials|members|advisers|advisors|spokesmen|rivals|lawmakers|senators|mps)$/i;

/**
 * A role phrase made readable: leading determiners go, a possessive "'s" goes, a plural head is
 * made singular, and a leading nationality or country becomes "of <country>":
 * `normalizeRole('Australian Prime Minister')` is "Prime Minister of Australia",
 * `normalizeRole("the Labour party's leadership contenders")` is "Labour party leadership contender",
 * `normalizeRole('Republican Indiana Gov.')` is "Republican Indiana Governor".
 */
export function normalizeRole(phrase: string): string {
  let role = phrase.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim().replace(/[,:]$/, '');
  while (POSSESSIVE_START.test(role)) role = role.replace(POSSESSIVE_START, '');
  role = role.replace(/['’]s\b/g, '').replace(/\b[A-Z][a-z]{1,4}\./g, (abbr) => ABBREVIATIONS[abbr] ?? abbr);
  const words = role.split(' ');
  const last = words[words.length - 1];
  if (PLURAL_ROLE.test(last)) words[words.length - 1] = last.replace(/(?:men)$/i, 'man').replace(/s$/i, '');
  role = words.join(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    const country = demonymCountry.get(lead) ?? (placeNames.has(lead) && countryDemonyms.has(placeAliases.get(lead) ?? lead) ? placeAliases.get(lead) ?? lead : undefined);
    const rest = words.slice(n).join(' ');
    if (country && /^\p{Lu}/u.test(rest) && !/counterpart/i.test(rest)) return `${rest} of ${country === 'United States' ? 'the United States' : country}`;
  }
  return role;
}

/**
 * "his Malaysian counterpart" beside someone whose role is "Prime Minister of Australia" is
 * "Prime Minister of Malaysia"; undefined when it cannot be inferred.
 * Example: `counterpartRole('Malaysian counterpart', 'Prime Minister of Australia')` is "Prime Minister of Malaysia".
 */
export function counterpartRole(phrase: string, otherRole: string): string | undefined {
  const m = /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) counterpart/u.exec(phrase);
  const office = /^(.*) of (?:the )?[\p{Lu}][\p{L} ]+$/u.exec(otherRole);
  if (!m || !office) return undefined;
  const country = demonymCountry.get(m[1]) ?? (placeNames.has(m[1]) ? m[1] : undefined);
  return country ? `${office[1]} of ${country}` : undefined;
}
