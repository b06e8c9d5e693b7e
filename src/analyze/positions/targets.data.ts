/**
 * Word lists for target-terms.ts.
 *
 * Source: written by hand for Storyline. `targetClasses` groups common nouns that news reports
 * use interchangeably for one thing a stance can be about (general political and military
 * vocabulary, after WordNet-style synonym sets); `targetStopwords` is a short English function-word
 * and reporting-verb list plus shell nouns ("issue", "question"), so "said", "think" or "issue" never
 * become a target.
 */

/** Words (lowercase) mapped to one class key: "troops", "forces" and "soldiers" are one target. */
export const targetClasses: Readonly<Record<string, readonly string[]>> = {
  'armed forces': ['troops', 'troop', 'forces', 'force', 'soldiers', 'soldier', 'army', 'military', 'personnel', 'marines', 'servicemen', 'deployment', 'boots', 'combat', 'units'],
  legislation: ['law', 'laws', 'legislation', 'bill', 'bills', 'act', 'statute', 'statutes', 'amendment'],
  sanctions: ['sanction', 'sanctions', 'measures', 'penalties', 'embargo'],
  talks: ['talks', 'negotiation', 'negotiations', 'dialogue', 'diplomacy'],
  taxes: ['tax', 'taxes', 'taxation', 'loophole', 'loopholes'],
  climate: ['climate', 'environmental', 'environment', 'emissions', 'carbon', 'warming'],
  veto: ['veto', 'vetoes', 'vetoed', 'override'],
  agreement: ['deal', 'deals', 'agreement', 'agreements', 'arrangement', 'arrangements', 'pact', 'pacts', 'accord', 'accords', 'treaty'],
  inquiry: ['investigation', 'investigations', 'probe', 'probes', 'inquiry', 'inquiries', 'hearing', 'hearings'],
  motion: ['resolution', 'resolutions', 'motion', 'motions'],
};

export const targetStopwords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can ' +
    'cannot could did do does doing down during each even ever every few for from further had has have having he her here hers him ' +
    'himself his how i if in into is it its itself just me more most much must my myself no nor not now of off on once only or other ' +
    'our ours out over own per quite rather really same she should so some still such than that the their theirs them then there these ' +
    'they this those through to too under until up upon us very was we were what when where which while who whom whose why will with ' +
    'would you your yours yes yet one two three many way ways thing things lot time times day days year years week today yesterday ' +
    'said say says saying told tell tells asked ask added adds think thinks thought believe believes know knows stated stating ' +
    'according going want wants wanted like get got make made take took see seen come came well mr mrs ms dr sen rep gov ' +
    'definitely pretty absolutely simply really clear clearly terms view position part kind sort anything something nothing ' +
    'everything anybody somebody nobody everyone people person able fact case point statement comments remarks interview ' +
    'january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday ' +
    // shell nouns: they stand for whatever the sentence is about, so they never name it themselves
    'issue issues question questions matter matters problem problems reason reasons idea ideas situation aspect aspects ' +
    'area areas level levels side sides number'
  ).split(' '),
);
