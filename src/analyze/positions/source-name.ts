/** Words that introduce a name in a source phrase but are not part of it ("Prime Minister John Key"). */
const titleWords = new Set((
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Sen Sen. Rep Rep. Gov Gov. Lt Lt. Gen Gen. Col Col. Prime Minister President ' +
  'Vice Senator Governor Secretary Leader MP General Attorney Foreign Defence Defense Finance Co-leader Chairman ' +
  'Chairwoman Chair Speaker Mayor Judge Justice Deputy Labour Green Greens Party Opposition Former Retired The'
).split(' '));
const notNames = new Set((
  'January February March April May June July August September October November December ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday He She They It We I You His Her'
).split(' '));

/**
 * The personal or organisation name at the end of a quote's source phrase, without titles:
 * used as the actor name while a quote has no linked speaker entity. '' when there is none
 * (pronouns, "the Prime Minister", dates).
 * Example: `sourceName('New Zealand Prime Minister John Key')` is `'John Key'`; `sourceName('Mr Key')` is `'Key'`.
 */
export function sourceName(source: string): string {
  const words = source.trim().replace(/[,;:]+$/, '').split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!/^[A-Z][\w'.-]*$/.test(w) || titleWords.has(w) || notNames.has(w)) break;
    name.unshift(w);
  }
  return name.length > 4 ? '' : name.join(' ');
}
