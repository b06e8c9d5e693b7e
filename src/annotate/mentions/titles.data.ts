// Honorifics and role titles for the mentions and entities stages. Hand-kept from news style
// guides (Reuters and AP style on titles, the NZ/UK/US/Australian cabinet office lists) and the
// seed articles' wording. Lower-case; multi-word titles are matched word by word.

/** Words before a name that make it a person and are not part of the name: "Mr Key", "Dr. Smith". */
export const honorifics: ReadonlySet<string> = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. sir dame lady lord prof prof. professor rev rev. reverend fr fr. father sister brother sheikh sheik imam rabbi ayatollah cardinal bishop pope king queen prince princess emperor empress duke duchess count countess baron baroness gen gen. general col col. colonel lt lt. lieutenant capt capt. captain maj maj. major sgt sgt. sergeant cpl adm adm. admiral cmdr commander marshal brig brigadier sen sen. senator rep rep. representative gov gov. governor pres pres. president premier chancellor minister secretary judge justice mayor ambassador inspector detective constable superintendent chief mgr monsignor st. saint'
    .split(' '),
);

/** Honorifics that give a gender for pronoun linking. */
export const maleHonorifics: ReadonlySet<string> = new Set('mr mr. sir lord father brother king prince duke count baron sheikh'.split(' '));
export const femaleHonorifics: ReadonlySet<string> = new Set('mrs mrs. ms ms. miss dame lady sister queen princess duchess countess baroness empress'.split(' '));

/**
 * Role words: nouns (and the modifiers that build them) that state an office or job when they
 * stand before or after a name: "Prime Minister", "Defence Secretary", "co-leader", "MP".
 */
export const roleWords: ReadonlySet<string> = new Set(
  `president vice-president vice prime minister ministers premier chancellor secretary secretary-general general attorney solicitor deputy acting interim former foreign defence defense finance treasury trade justice interior home health education environment energy agriculture transport labour labor immigration police foreign-affairs affairs state senior junior assistant undersecretary under-secretary
  leader leaders co-leader co-leaders chief head heads chairman chairwoman chairperson chair co-chair director directors executive manager managers spokesman spokeswoman spokesperson spokesmen official officials envoy ambassador consul diplomat negotiator adviser advisor advisers advisors counsellor counselor counterpart counterparts
  mp mps mep senator senators congressman congresswoman representative lawmaker lawmakers legislator deputies governor governors mayor councillor councilor speaker whip minister-designate president-elect candidate candidates contender contenders nominee challenger rival incumbent
  king queen prince princess emperor sultan emir sheikh monarch pope cardinal archbishop bishop imam cleric rabbi
  general commander commanders admiral colonel major captain lieutenant sergeant marshal officer officers chief-of-staff soldier
  judge justice prosecutor lawyer attorney-general
  founder co-founder owner president-elect ceo cfo coo cto chairman-elect partner analyst economist strategist trader banker broker
  fullback full-back centre center winger wing prop flanker scrum-half fly-half hooker lock number pitcher catcher shortstop outfielder infielder quarterback linebacker receiver guard tackle jockey trainer driver rider cyclist sprinter hurdler swimmer seed
  coach manager striker midfielder defender goalkeeper forward captain skipper player all-rounder batsman bowler champion
  correspondent editor reporter journalist columnist anchor author writer producer
  professor scientist researcher doctor spokesman member members delegate commissioner commissioners superintendent del. rep. sen. gov.
  republican democrat democratic ex- ex`.split(/\s+/),
);

/** Role heads: the noun that ends a role phrase ("Foreign Minister", "Labour MP"). */
export const roleHeads: ReadonlySet<string> = new Set(
  `president vice-president minister premier chancellor secretary secretary-general attorney-general leader co-leader chief head chairman chairwoman chairperson chair co-chair director executive manager spokesman spokeswoman spokesperson official envoy ambassador consul diplomat negotiator adviser advisor counsellor counterpart mp mep senator congressman congresswoman representative lawmaker legislator governor mayor councillor speaker whip candidate contender nominee challenger king queen prince princess emperor sultan emir sheikh monarch pope cardinal archbishop bishop imam cleric general commander admiral colonel major captain lieutenant sergeant marshal officer judge justice prosecutor lawyer founder co-founder owner ceo analyst economist commissioner superintendent del. gov. gov sen. sen rep. rep gen. lt. col. capt. sgt. adm. cmdr. supt. insp. det. coach fullback full-back winger flanker scrum-half fly-half pitcher shortstop outfielder quarterback jockey driver rider striker midfielder defender goalkeeper skipper player all-rounder batsman bowler champion correspondent editor professor scientist researcher member delegate`.split(/\s+/),
);

/** Role titles that may stand alone as a reference to a person: "the Prime Minister said". */
export const referringTitles: readonly string[] = [
  'prime minister', 'president', 'premier', 'chancellor', 'foreign minister', 'defence minister', 'defense secretary', 'defence secretary',
  'secretary of state', 'attorney general', 'attorney-general', 'finance minister', 'governor', 'mayor', 'pope', 'king', 'queen',
];

/** Personal pronouns that refer to a person, with gender. */
export const personPronouns: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);
