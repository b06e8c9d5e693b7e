import { its, nlp } from '../../annotate/nlp.js';
import { stanceTriggers, type Stance } from './stance.data.js';

/** A stance with the words that triggered it. `triggers` is empty when nothing matched. */
export interface StanceReading {
  readonly stance: Stance;
  readonly triggers: string[];
  /** Summed weight of the winning triggers (0 when none): how firmly the words say it. */
  readonly score: number;
  /** Weight of the strongest winning trigger: 4 = decisive phrase, 3 = stance word, 2 = modal, <= 1 = tone or none. */
  readonly strength: number;
}

interface Hit {
  start: number;
  end: number;
  stance: Stance;
  weight: number;
}

const compiled = stanceTriggers.map((t) => ({ ...t, re: new RegExp(t.pattern, 'gi') }));
const negationBefore = /(?:\b(?:not|never|no|hardly|nor|neither)|n't)\W+(?:\w+\W+)?$/i;
/** "I don't think this is a ridiculous idea": a stance word under a negated opinion verb in the same clause flips. */
const negatedOpinion = /\b(?:don't|do not|doesn't|does not|didn't|did not) (?:think|believe)\b[^.;!?,]*$/i;
/** Words that, right before a weak supports trigger, make it a noun: "the demand for", "his right". */
const nounBefore = /\b(?:the|a|an|his|her|their|its|our|my|your|this|that|[a-z]+'s)\s+$/i;
/** Sentence or quote start: a capitalised trigger there is an ordinary word, elsewhere part of a name ("Justice Department"). */
const clauseStart = /(?:^|[.!?:;"(\u201c\u2014-]\s*|\n\s*)$/;
/** Least |tone| (wink-nlp sentiment, -1..1) that stands in for a stance when no trigger matched. */
const toneThreshold = 0.25;
/** Ties go to the more decisive reading: an explicit exclusion outweighs a modal. */
const tieOrder: Stance[] = ['rules_out', 'reluctant', 'opposes', 'open', 'supports', 'undecided'];

/** What a negated trigger means: "not an option" excludes it, "not support" opposes it. */
function negate(stance: Stance): Stance {
  if (stance === 'open') return 'rules_out';
  if (stance === 'supports') return 'opposes';
  if (stance === 'opposes') return 'supports';
  return stance;
}

/**
 * A claim with no stance word still takes a side: speakers assert what they hold. A negated
 * claim ("that is not a legitimate purpose", "nobody would") reads against, any other for,
 * both with weight 0.5 (never enough for a shift or a disagreement).
 */
function assertion(content: string): StanceReading {
  const negation = /\b(?:not|no|never|nothing|nobody|none|neither|nor|cannot)\b|n't\b/i.exec(content.replace(/[\u2018\u2019\u02bc]/g, "'"));
  if (negation) return { stance: 'opposes', triggers: [`negated claim: ${negation[0]}`], score: 0.5, strength: 0.5 };
  return { stance: 'supports', triggers: ['assertion'], score: 0.5, strength: 0.5 };
}

export interface ClassifyStanceOptions {
  /** Fall back on wink-nlp sentiment when no trigger matches (default true). */
  readonly tone?: boolean;
  /** The reporting cue ("urged", "declined", "said"): its triggers frame the content and count double. */
  readonly cue?: string;
}

/**
 * Reads the stance of one statement toward what it is about from lexical cues
 * (stance.data.ts): each trigger votes with its weight; a trigger preceded by a negation
 * within two words flips ("not an option" -> rules_out); a trigger inside a stronger one is
 * dropped ("not supporting" counts once, as opposes); triggers in the reporting `cue` ("urged",
 * "declined") count double, since the cue frames the content. With no trigger or only weak
 * ones (weight 1: modals, "against"), a clearly positive or negative tone (wink-nlp sentiment,
 * |tone| >= 0.25) reads supports/opposes with the trigger "tone ±x" and score 1; with nothing,
 * `undecided` with no triggers.
 * Example: `classifyStance("said training is \"definitely an option.\"")` is
 * `{ stance: 'open', triggers: ['an option'], score: 4, strength: 4 }`.
 */
export function classifyStance(content: string, { tone: useTone = true, cue = '' }: ClassifyStanceOptions = {}): StanceReading {
  const text = cue ? `${cue} ${content}` : content;
  const lower = text.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  const hits: Hit[] = [];
  for (const t of compiled) {
    t.re.lastIndex = 0;
    for (let m = t.re.exec(lower); m; m = t.re.exec(lower)) {
      if (m[0].length === 0) { t.re.lastIndex++; continue; }
      // Part of a hyphenated compound ("training-wise", "far-right") is not the word itself.
      if (lower[m.index - 1] === '-') continue;
      // "Justice Department", "Fair Share Act": a capitalised word inside a sentence is a name.
      if (/[A-Z]/.test(text[m.index]) && !clauseStart.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      if (t.stance === 'supports' && t.weight <= 2 && !/\s/.test(m[0]) && (nounBefore.test(lower.slice(Math.max(0, m.index - 16), m.index)) || /[A-Z][a-z]+\s+$/.test(text.slice(Math.max(0, m.index - 16), m.index)))) continue;
      const inCue = m.index < cue.length;
      hits.push({ start: m.index, end: m.index + m[0].length, stance: t.stance, weight: inCue && t.weight >= 2 ? 2 * t.weight : t.weight });
    }
  }
  hits.sort((a, b) => b.weight - a.weight || (b.end - b.start) - (a.end - a.start));
  const kept: Hit[] = [];
  for (const hit of hits) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    const lead = lower.slice(Math.max(0, hit.start - 24), hit.start);
    const negatable = hit.stance === 'open' || hit.stance === 'supports' || hit.stance === 'opposes';
    if (negatable && (negationBefore.test(lead) || negatedOpinion.test(lower.slice(Math.max(0, hit.start - 60), hit.start)))) hit.stance = negate(hit.stance);
    kept.push(hit);
  }
  const tone = (): number => Number(nlp.readDoc(text).out(its.sentiment));
  const strongest = Math.max(0, ...kept.map((k) => k.weight));
  // Modals and other weak cues (weight 1) say little; a clear tone says more.
  if (strongest <= 1 && useTone) {
    const t = tone();
    if (Math.abs(t) >= toneThreshold) return { stance: t > 0 ? 'supports' : 'opposes', triggers: [`tone ${t > 0 ? '+' : ''}${t.toFixed(2)}`], score: 1, strength: 1 };
  }
  if (kept.length === 0) return assertion(content);
  const score = new Map<Stance, number>();
  for (const k of kept) score.set(k.stance, (score.get(k.stance) ?? 0) + k.weight);
  let best: Stance = 'undecided';
  let bestScore = -1;
  for (const s of tieOrder) {
    const v = score.get(s) ?? 0;
    if (v > bestScore) { best = s; bestScore = v; }
  }
  const winning = kept.filter((k) => k.stance === best);
  const triggers = winning
    .sort((a, b) => a.start - b.start)
    .map((k) => text.slice(k.start, k.end));
  return { stance: best, triggers, score: bestScore, strength: Math.max(...winning.map((k) => k.weight)) };
}
