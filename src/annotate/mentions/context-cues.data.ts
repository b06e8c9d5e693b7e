// Words around a lone unknown name that say what it names, for the mentions stage. Hand-kept from
// news style (Reuters and AP wording: "the town of X", "X province", "the daily X", "X shares",
// "his wife X"); lower-case. Role nouns before a name ("president X") come from titles.data.ts.

/** "the town of X", "capital X": a place noun right before the name (optionally with "of"). */
export const placeNounsBefore: ReadonlySet<string> = new Set(
  'town city village province state region district county capital port island suburb township municipality hamlet settlement enclave republic'.split(' '),
);

/**
 * "X province", "X mountains": a place noun right after the name. Not "village" or "town", which
 * follow adjectives as often ("a Moslem village", "the Transylvanian town").
 */
export const placeNounsAfter: ReadonlySet<string> = new Set(
  'province region district county mountains valley river airport peninsula township municipality prefecture governorate oblast canton'.split(' '),
);

/** "the daily X", "firm X", "X newspaper", "X shares": an organisation noun next to the name. */
export const orgNounsBefore: ReadonlySet<string> = new Set(
  'newspaper daily weekly magazine tabloid broadcaster agency firm company carrier airline bank insurer retailer maker manufacturer conglomerate group publisher'.split(' '),
);
export const orgNounsAfter: ReadonlySet<string> = new Set('newspaper daily weekly magazine shares stock spokesman spokeswoman'.split(' '));

/** "his wife X", "her son X": family words before a name. */
export const kinNouns: ReadonlySet<string> = new Set(
  'wife husband son daughter brother sister mother father widow widower uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother fiancee fiance girlfriend boyfriend'.split(' '),
);

/** "X 's profits", "X 's shareholders": what a firm has and a person seldom does. */
export const businessNouns: ReadonlySet<string> = new Set(
  'shares stock profit profits revenue revenues sales earnings output subsidiary subsidiaries headquarters executives shareholders board turnover unit'.split(' '),
);
