// Nouns and adjectives that attribute speech, belief or stance, by class. Sources: PARC 3.0's
// cue inventory (Pareti 2016: nominal cues "claim", "allegation", adjectival "sure", "afraid"),
// the FrameNet frames Statement, Opinion, Certainty, Desiring and Judgment_communication, and
// Levin's (1993) classes 31.2 (admire) and 33 (judgment) in their nominal forms. Hand-kept,
// not taken from any gold file.

const list = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
const takes = (words: string[], what: string[]): [string, readonly string[]][] => words.map((w) => [w, what]);

/** Nouns of saying and believing that take a "that" clause: "his claim that ...". */
export const clauseNouns = list(`
  claim claims assertion assertions allegation allegations accusation accusations argument contention
  belief beliefs view conclusion finding findings prediction predictions promise pledge vow warning warnings
  threat suggestion complaint complaints concern concerns fear fears hope hopes worry worries doubt doubts
  suspicion suspicions insistence acknowledgment acknowledgement admission denial announcement statement
  assurance assurances notion idea theory speculation rumor rumors rumour rumours expectation expectations
  charge charges impression sense recognition realization assumption guarantee message argument`);

/** Nouns of intending and promising that take a "to" infinitive: "Trump's pledge to build ...". */
export const infinitiveNouns = list(`
  promise promises pledge pledges vow vows plan plans decision decisions call calls proposal proposals bid
  effort efforts refusal threat threats push attempt attempts intention desire determination commitment
  offer order request demand demands push willingness reluctance failure`);

/** Nouns of stance whose object is what is said or judged: "criticism of X", "support for X". */
export const stanceNouns: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...takes(['criticism', 'criticisms', 'critique', 'condemnation', 'rejection', 'defense', 'defence', 'endorsement', 'praise', 'mention',
    'denunciation', 'dismissal', 'accusations', 'allegations', 'claims', 'characterization', 'description', 'assessment'], ['of']),
  ...takes(['support', 'praise', 'call', 'calls', 'proposal', 'proposals', 'plan', 'plans', 'push', 'demand', 'demands', 'case', 'advocacy', 'enthusiasm', 'admiration', 'contempt', 'disdain'], ['for', 'of']),
  ...takes(['concern', 'concerns', 'questions', 'doubts', 'worries', 'fears', 'complaints', 'remarks', 'comments', 'statements', 'warnings', 'skepticism', 'scepticism', 'optimism', 'pessimism', 'anxiety'], ['about', 'over', 'on', 'regarding']),
  ...takes(['opposition', 'objection', 'objections', 'response', 'reference', 'references', 'reply', 'answer', 'resistance', 'commitment', 'hostility'], ['to']),
  ...takes(['attack', 'attacks', 'views', 'position', 'positions', 'stance', 'stand', 'opinion', 'opinions', 'views', 'assault', 'focus'], ['on', 'against', 'of']),
]);

/**
 * Adjectives of certainty, emotion and stance after a form of "be" ("was sure", "is critical of"),
 * with what they take: a clause ("that" or bare), or a preposition and its object.
 */
export const stanceAdjectives: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...takes(['sure', 'certain', 'confident', 'convinced', 'aware', 'adamant', 'hopeful', 'optimistic', 'pessimistic', 'positive', 'unsure', 'uncertain'], ['that', 'of', 'about', 'clause']),
  ...takes(['afraid', 'worried', 'concerned', 'fearful', 'anxious', 'nervous', 'upset', 'angry', 'furious', 'incensed', 'frustrated', 'happy',
    'glad', 'pleased', 'proud', 'disappointed', 'unhappy', 'troubled', 'outraged', 'delighted', 'relieved', 'thrilled', 'excited', 'alarmed'], ['that', 'about', 'over', 'with', 'of', 'by']),
  ...takes(['skeptical', 'sceptical', 'critical', 'supportive', 'wary', 'dismissive', 'suspicious', 'fond', 'tolerant', 'contemptuous', 'doubtful', 'mindful'], ['of', 'about', 'that']),
  ...takes(['opposed', 'open', 'receptive', 'committed', 'sympathetic', 'hostile', 'resistant'], ['to']),
  ...takes(['eager', 'determined', 'willing', 'unwilling', 'reluctant', 'keen', 'ready', 'loath', 'intent', 'inclined'], ['to', 'on']),
]);
