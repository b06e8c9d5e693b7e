/**
 * Stance trigger lexicon for classify-stance.ts.
 *
 * Source: written by hand for Storyline from the stance scale in docs/positions.md, the cues
 * named in issue 8 ("rule out", "an option", "at outer edge", "would welcome", "wouldn't fit",
 * negation, modals) and general English usage in political reporting. Patterns are
 * case-insensitive regular expressions over text whose apostrophes are straight ('). They were
 * written before scoring on eval-gold/positions.jsonl and are kept general: no names, no topics.
 */

/** The stance scale, most favourable first. Definitions and examples: docs/positions.md. */
export const stances = ['supports', 'open', 'undecided', 'reluctant', 'opposes', 'rules_out'] as const;
export type Stance = (typeof stances)[number];

/** One trigger: where it matches, it votes for `stance` with `weight` (3 = phrase, 2 = word, 1 = weak cue). */
export interface StanceTrigger {
  readonly stance: Stance;
  readonly pattern: string;
  readonly weight: number;
}

const NEG = "(?:not|n't|never|no longer|hardly)";

export const stanceTriggers: readonly StanceTrigger[] = [
  // rules_out: categorical exclusion of an action.
  { stance: 'rules_out', pattern: '\\brul(?:e|es|ed|ing) (?:\\w+ )?out\\b', weight: 4 },
  { stance: 'rules_out', pattern: '\\brefus\\w*\\b', weight: 3 },
  { stance: 'rules_out', pattern: '\\bcategorical(?:ly)?\\b', weight: 3 },
  { stance: 'rules_out', pattern: "\\b(?:never|no way|no chance|under no circumstances|not under any circumstances)\\b", weight: 3 },
  { stance: 'rules_out', pattern: `\\b(?:will|would|was|were|am|is|are|do|does|did)\\s*${NEG}\\s+(?:be\\s+|going to\\s+)?(?:go(?:ing)? to\\s+)?(?:send|sending|take|taking|accept|accepting|vote|voting|back|backing|endorse|endorsing|sign|signing|commit|committing|allow|deploy|deploying|join|joining)\\b`, weight: 4 },
  { stance: 'rules_out', pattern: "(?:\\bnot|\\bnever|n't)\\s*going to\\b", weight: 3 },
  { stance: 'rules_out', pattern: `\\b(?:wo|ca)n't\\s+(?:be\\s+)?(?:send|take|accept|vote|back|endorse|sign|commit|deploy|join)\\w*\\b`, weight: 4 },
  // reluctant: leaning against without excluding it.
  { stance: 'reluctant', pattern: '\\bouter edge\\b', weight: 4 },
  { stance: 'reluctant', pattern: '\\b(?:reluctan\\w*|hesitan\\w*|wary|reservations?|misgivings?|qualms?|last resort)\\b', weight: 3 },
  { stance: 'reluctant', pattern: '\\bdeclin(?:e|es|ed|ing) to\\b', weight: 3 },
  { stance: 'reluctant', pattern: '\\b(?:concerns?|worr(?:y|ies|ied|isome))\\b', weight: 2 },
  { stance: 'reluctant', pattern: `\\b(?:not keen|${NEG} (?:my|our) (?:first )?(?:preference|choice)|rather not|prefer not)\\b`, weight: 3 },
  { stance: 'reluctant', pattern: '\\bshould be (?:changed|amended|modified|narrowed|revised)\\b', weight: 3 },
  { stance: 'reluctant', pattern: '\\b(?:far )?more appropriate\\b', weight: 2 },
  { stance: 'reluctant', pattern: '\\b(?:should|must|can|could) wait\\b|\\bwait until\\b|\\b(?:premature|too soon|not now|not yet)\\b', weight: 3 },
  // opposes: against it, or critical of it.
  { stance: 'opposes', pattern: '(?<!as )\\b(?:oppos(?:e|es|ed|ing|ition)\\b|disagree\\w*|reject\\w*|condemn\\w*|criticiz\\w*|criticis\\w*|denounc\\w*|object\\w*)\\b', weight: 3 },
  { stance: 'opposes', pattern: "\\b(?:wouldn't|won't|doesn't|don't|does not|do not|would not) (?:\\w+ ){0,2}fit\\w*\\b|\\bnot fitting\\b", weight: 4 },
  { stance: 'opposes', pattern: `\\b(?:do|does|did)\\s*${NEG}\\s+(?:want|agree|support|like|believe|accept)\\b|\\bnot what (?:\\w+ )?(?:want|wants|need)\\b`, weight: 4 },
  { stance: 'opposes', pattern: `\\b${NEG} (?:in the habit of )?(?:supporting|backing|agreeing|endorsing)\\b|\\bunendorse\\w*\\b|\\boff-ramp\\b`, weight: 4 },
  { stance: 'opposes', pattern: "\\b(?:bad idea|wrong|fraud|liar|insane|rigged|phony|unfair\\w*|corrupt|dangerous|disgusting|amoral|bully|nasty|disgrace\\w*|scandal\\w*|failure|failed|lash\\w* out|attack\\w*|threat\\w*|provocati\\w*|destabiliz\\w*|unfounded|reckless|not working|do nothing|hoax|rubbish|mistake|loopholes?|rip\\w* off|gaming the|cannot allow|can't allow)\\b", weight: 2 },
  { stance: 'opposes', pattern: '\\b(?:resign\\w*|step down|be fired|be investigated|criminally|be prosecuted|impeach\\w*|scapegoat\\w*|blam\\w*|outrag\\w*|shame\\w*|gutless|unacceptable|irresponsible|incompetent|dishonest|disastrous|terrible|awful|absurd|ridiculous|scam|deplorable|shameful|appalling|reprehensible|warn\\w*)\\b', weight: 2 },
  // "against" is as often spatial or military ("fight against X") as it is a stance.
  { stance: 'opposes', pattern: '\\b(?:risk|against|retaliat\\w*|harm\\w*|hurt\\w*|barrier|damag\\w*|worse)\\b', weight: 1 },
  // A call for the target's undoing is against it: "you should resign", "called for the repeal of X",
  // "ought to pull that back". Written as one pattern so the call ("should", "urged") does not read as support.
  { stance: 'opposes', pattern: `\\b(?:should|must|ought to|needs? to|has to|have to|got to|call\\w* (?:on|for)|urg\\w*|demand\\w*|want\\w*|asked?)\\s+(?:\\w+\\s+){0,3}?(?:resign\\w*|step\\w* down|apologi[sz]\\w*|pull \\w+ back|give (?:\\w+ )?back|withdraw\\w*|drop out|quit|repeal\\w*|scrap\\w*|abolish\\w*|stop|halt|block\\w*|veto\\w*|be (?:\\w+ )?(?:fired|investigated|prosecuted|jailed|impeached|punished|removed|held accountable))\\b`, weight: 5 },
  { stance: 'opposes', pattern: '\\b(?:repeal\\w*|do(?:ing)? away with|scrap\\w*|abolish\\w*)\\b', weight: 2 },
  // Modal + not: "X should not be a requirement".
  { stance: 'opposes', pattern: "\\b(?:should|must|ought)\\s*(?:not|n't)\\b", weight: 3 },
  // Critical vocabulary of political reporting: accusations (often the reporting cue) and charges.
  { stance: 'opposes', pattern: '\\b(?:accus\\w*|blast\\w*|slam\\w*|incens\\w*|seeth\\w*|lambast\\w*|assail\\w*|decr(?:y|ies|ied)|chastis\\w*|rebuk\\w*|berat\\w*|ploy|stunt|hypocri\\w*|mishandl\\w*|troubling|waste of time|illegitimate|not a legitimate|photo op|smear\\w*|frenzy|reeks?|lied|lying|liars?|double standards?|different (?:set of )?standards|demoraliz\\w*|unbearable|intolerable|stack\\w* the deck)\\b', weight: 2 },
  { stance: 'opposes', pattern: "\\b(?:cannot|can't|doesn't|does not|won't|didn't|did not|never) tell the truth\\b", weight: 3 },
  // supports: for it.
  { stance: 'supports', pattern: '\\b(?:support\\w*|endors\\w*|back(?:s|ed|ing)?|favou?r\\w*|welcom\\w*|champion\\w*|applaud\\w*|prais\\w*|vote for|honou?red|superior|absolutely right|day in court|fair share)\\b', weight: 3 },
  { stance: 'supports', pattern: "\\b(?:will|would|i'll|we'll) (?:(?!not|never)\\w+ )?vote for\\b", weight: 4 },
  { stance: 'supports', pattern: '\\b(?:will|would|to) (?:sign|pass|seek|introduce|fix|create|impose|join|take \\w+ (?:steps|action|measures))\\b', weight: 3 },
  { stance: 'supports', pattern: '\\b(?:should|must|need(?:s)? to|ought to|have to|got to|urg\\w*|call\\w* (?:for|on)|insist\\w*|asking for|demand\\w*)\\b', weight: 2 },
  { stance: 'supports', pattern: '\\b(?:excellent|terrific|wonderful|tremendous|proud|thrilled|delighted|grateful|wise|smart|necessary|essential|vital|good idea|great idea)\\b', weight: 2 },
  { stance: 'supports', pattern: '\\b(?:right|good|great|success\\w*|progress|respect|believ\\w*|justice|benefit\\w*|important|appropriate)\\b', weight: 1 },
  { stance: 'supports', pattern: "\\b(?:(?:is|are) not|isn't|aren't) optional\\b", weight: 3 },
  // open: willing to consider, not committed.
  { stance: 'open', pattern: '\\b(?:an option|(?:potential|possible|real) option|on the table|open to|remain open|not ruled)\\b', weight: 4 },
  { stance: 'open', pattern: '\\bconsider\\w*\\b', weight: 2 },
  { stance: 'open', pattern: '\\b(?:possibl\\w*|potential\\w*|perhaps|maybe|only if|if \\w+ (?:can|could) be)\\b', weight: 2 },
  { stance: 'open', pattern: '\\b(?:could|may|might)\\b', weight: 1 },
  // undecided: explicitly no position yet.
  { stance: 'undecided', pattern: "\\b(?:undecided|not (?:yet )?decided|haven't decided|hasn't decided|no decision|not sure|we'll see|wait and see|see if|see whether|depends? on|too early)\\b", weight: 3 },
];
