/**
 * Words that tell a clause's tense, for tense.ts. Hand-kept: the irregular simple past forms
 * are the common ones of English grammar lists (simple past that is not also the present or
 * the participle of a frequent verb: "put", "hit", "cut", "read" are left out); the "-ed"
 * lookalikes are words ending in "ed" that are not past verbs ("succeed", "hundred").
 */

/** Irregular simple past forms (lower case) that mark a past-tense clause. */
export const irregularPasts = [
  'arose', 'ate', 'became', 'began', 'bought', 'broke', 'brought', 'built', 'caught', 'chose',
  'came', 'drew', 'drove', 'fell', 'felt', 'fled', 'flew', 'fought', 'found', 'forgot', 'gave',
  'got', 'grew', 'had', 'heard', 'held', 'hung', 'kept', 'knew', 'led', 'left', 'lost', 'made',
  'meant', 'met', 'paid', 'ran', 'rang', 'rose', 'sank', 'sat', 'saw', 'said', 'sent', 'shook',
  'shot', 'sold', 'sought', 'spent', 'spoke', 'stood', 'stole', 'struck', 'swore', 'taught',
  'thought', 'threw', 'told', 'took', 'understood', 'went', 'withdrew', 'woke', 'won', 'wore', 'wrote',
];

/** Words ending in "ed" that are not past verbs. */
export const edLookalikes = [
  'bed', 'bleed', 'breed', 'creed', 'deed', 'exceed', 'feed', 'greed', 'heed', 'hundred',
  'indeed', 'kindred', 'naked', 'need', 'proceed', 'red', 'sacred', 'seed', 'shed', 'speed',
  'steed', 'succeed', 'wicked',
];

/**
 * Nouns for scheduled events: "the Nov. 1 deadline" may lie ahead, unlike "the Oct. 23 slaying"
 * (a date before any other noun names a past event). Hand-kept from news usage.
 */
export const scheduleNouns = [
  'deadline', 'meeting', 'summit', 'vote', 'election', 'elections', 'hearing', 'talks', 'session',
  'trial', 'conference', 'launch', 'opening', 'visit', 'date', 'target', 'referendum', 'ballot',
  'holiday', 'start', 'release', 'inauguration', 'ceremony', 'festival', 'debate', 'primary',
  'auction', 'sale', 'game', 'match', 'final', 'race', 'rally', 'march',
];
