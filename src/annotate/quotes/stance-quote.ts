import type { Span } from '../../core/span.js';
import type { CueContext } from './cue-context.js';
import { tokenAt, trimContent } from './cue-context.js';
import { contentEnd } from './cue-neighbours.js';
import type { FoundQuote } from './find-cue-quotes.js';
import { word } from './source-phrase.js';

/**
 * True when a source phrase can hold a stance: its head is a name, a personal pronoun, or a noun
 * for people or organisations ("officials", "the campaign"). "the debate" is not.
 */
export function agentLike(ctx: CueContext, source: Span): boolean {
  const last = ctx.tokens[tokenAt(ctx.tokens, source.end) - 1];
  if (!last) return false;
  const w = ctx.text.slice(last.start, last.end).toLowerCase();
  // wink sometimes tags a surname as a verb ("Mr./PROPN Hedge/VERB"): a capital after a title counts.
  const titled = last.start > source.start && /^[A-Z]/.test(ctx.text[last.start]) && /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s/.test(ctx.text.slice(source.start, last.start));
  // Poll shares: "40 percent", "About three-quarters", "Two-thirds", "Most".
  const share = last.pos === 'NUM' || /^(\w+-)?(thirds?|quarters?|half|halves|fifths?|most|majority|minority)$/.test(w);
  // "it" stands for an organisation or a text ("The ad ran on Monday. It also mentions ...").
  // Relative "which"/"that" are left out: their antecedent is often the speaker.
  const pronoun = last.pos === 'PRON' && w === 'it' && last.start === source.start;
  const singular = w.replace(/ies$/, 'y').replace(/s$/, '');
  return last.pos === 'PROPN' || titled || share || pronoun || /^(he|she|they|i|we|who|you)$/.test(w) || PEOPLE.has(singular) || TEXTS.has(singular);
}

/**
 * True when `w` (lower case, singular or plural) is a text or medium that speaks for its author.
 * Example: `isTextNoun('tweets')` is true, `isTextNoun('voters')` false.
 */
export function isTextNoun(w: string): boolean {
  return TEXTS.has(w.replace(/ies$/, 'y').replace(/s$/, '')) || TEXTS.has(w);
}

// Texts and media that speak for their authors (FrameNet Text and Evidence frames): "the ad
// references", "one study found", "the video shows".
const TEXTS = new Set(['video', 'clip', 'film', 'documentary', 'spot', 'commercial', 'book', 'memo', 'email', 'tweet', 'post', 'piece',
  'column', 'op-ed', 'analysis', 'data', 'document', 'record', 'filing', 'complaint', 'lawsuit', 'ruling', 'website', 'release', 'review',
  'audit', 'research', 'evidence', 'estimate', 'forecast', 'message', 'speech', 'essay', 'blog', 'transcript', 'testimony']);


const PEOPLE = new Set(['official', 'critic', 'lawmaker', 'voter', 'supporter', 'opponent', 'leader', 'expert', 'analyst', 'senator',
  'president', 'candidate', 'nominee', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor',
  'minister', 'secretary', 'director', 'chairman', 'democrat', 'republican', 'activist', 'protester', 'resident', 'member', 'group',
  'campaign', 'administration', 'government', 'company', 'committee', 'party', 'court', 'judge', 'police', 'prosecutor', 'lawyer',
  'attorney', 'economist', 'researcher', 'scientist', 'author', 'reporter', 'editor', 'board', 'agency', 'department', 'ministry',
  'people', 'parent', 'teacher', 'student', 'worker', 'union', 'executive', 'ceo', 'founder', 'host', 'anchor', 'writer', 'poll', 'survey', 'study', 'report',
  'doctor', 'surrogate', 'ally', 'allie', 'rival', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'friend', 'woman', 'man', 'men', 'women',
  'citizen', 'family', 'families', 'owner', 'manager', 'officer', 'investigator', 'diplomat', 'negotiator', 'ambassador', 'spokesmen',
  'article', 'ad', 'editorial', 'letter', 'statement', 'paper', 'newspaper', 'network', 'percent', 'majority', 'council', 'panel', 'alliance',
  'coalition', 'organization', 'organisation', 'millennial', 'pastor', 'pac', 'insider', 'delegate', 'respondent', 'american', 'conservative', 'liberal', 'progressive', 'independent', 'moderate', 'evangelical', 'association', 'institute', 'foundation', 'firm', 'bank', 'legislature', 'congress', 'senate', 'house',
  'country', 'nation', 'city', 'county',
  'advocate', 'proponent', 'backer', 'donor', 'observer', 'commentator', 'pundit', 'strategist', 'consultant', 'pollster', 'historian',
  'professor', 'scholar', 'lobbyist', 'legislator', 'regulator', 'justice', 'jury', 'community', 'caucus', 'organizer', 'organiser',
  'demonstrator', 'volunteer', 'veteran', 'official', 'everyone', 'other',
  'moderator', 'panelist', 'journalist', 'correspondent', 'columnist', 'blogger', 'comedian', 'actor', 'actress', 'star', 'celebrity', 'singer', 'artist', 'athlete', 'player', 'coach', 'chief', 'commissioner', 'chair', 'chairwoman', 'congressman', 'congresswoman', 'representative', 'immigrant', 'refugee', 'victim', 'survivor', 'witness', 'neighbor', 'neighbour', 'employee', 'staffer', 'electorate', 'physician', 'nurse', 'pilot', 'farmer']);

/**
 * The quote of a stance verb whose object is the content.
 * Example: in `Clinton called for a review.` the content is `a review`, after the particle.
 */
export function stanceQuote(ctx: CueContext, unit: Span, t1: number, c: number, cue: Span, source: Span): FoundQuote | null {
  let s = c + 1;
  // "spoke to reporters (about the deal)": the hearer is not content; what follows "about" is.
  const w = word(ctx.text, ctx.tokens, c);
  if (/^(speak|spoke|spoken|speaks|speaking|talk|talked|talks|talking)$/.test(w) && ['to', 'with'].includes(word(ctx.text, ctx.tokens, s))) {
    let k = s + 1;
    while (k < t1 && k - s < 8 && !['about', 'on', 'of'].includes(word(ctx.text, ctx.tokens, k)) && ctx.tokens[k].pos !== 'PUNCT') k++;
    if (k >= t1 || ctx.tokens[k].pos === 'PUNCT' || k - s >= 8) return null;
    s = k;
  }
  // "called for [a review]" drops the particle; "plans [to call]" keeps an infinitive's "to".
  const infinitive = word(ctx.text, ctx.tokens, s) === 'to' && ['VERB', 'AUX', 'ADV'].includes(ctx.tokens[s + 1]?.pos ?? '');
  if (s < t1 && STANCE_PARTICLES.has(word(ctx.text, ctx.tokens, s)) && !infinitive) s++;
  if (s >= t1 || ctx.tokens[s].pos === 'PUNCT' && ctx.text[ctx.tokens[s].start] !== '"') return null;
  // "spoke in a cottage", "called In July": a place or time, not what was said.
  // "demanded that ...", "questioned whether ...": a complement clause is the content.
  const clause = ['that', 'whether'].includes(word(ctx.text, ctx.tokens, s)) && s === c + 1;
  // "announced on Friday the arrest of ...": a time phrase before the object is skipped.
  if (word(ctx.text, ctx.tokens, s) === 'on' && TIME_WORD.test(word(ctx.text, ctx.tokens, s + 1)) && ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(ctx.tokens[s + 2]?.pos ?? '')) s += 2;
  if ((ctx.tokens[s].pos === 'ADP' || ctx.tokens[s].pos === 'SCONJ') && !clause) return null;
  // "voted Wednesday to hold ...", "called Friday for ...": a time word before the content is skipped.
  while (s < t1 - 1 && TIME_WORD.test(word(ctx.text, ctx.tokens, s))) s++;
  if (STANCE_PARTICLES.has(word(ctx.text, ctx.tokens, s)) && s > c + 1 && word(ctx.text, ctx.tokens, s) !== 'to') s++;
  const content = trimContent(ctx.text, { start: ctx.tokens[s].start, end: contentEnd(ctx, s, t1, unit) });
  // "spoke for an hour", "talked for 77 minutes, ...", "released Thursday.": a time, not what was said.
  if (DURATION.test(ctx.text.slice(content.start, content.end)) || TIME_ONLY.test(ctx.text.slice(content.start, content.end)) || content.end - content.start < 2 || ctx.tokens[s].pos === 'PUNCT' && ctx.text[ctx.tokens[s].start] !== '"') return null;
  return { content: [content], cue, source, confidence: 0.5 };
}

const DURATION = /^(an?|one|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|several|many|few|about)?\s*(hour|minute|second|day|week|month|year|decade)s?\s*(,|$)/i;
// "spoke longer than 30 minutes.", "released last week.": the whole content is a time.
const TIME_ONLY = /^((longer|more|less) than\s+\S+|last|this|next)\s+(hour|minute|second|day|week|month|year|decade)s?\s*,?\s*$/i;
const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night)$/;

const STANCE_PARTICLES = new Set(['for', 'about', 'on', 'of', 'as', 'against', 'with', 'out', 'up', 'to']);

