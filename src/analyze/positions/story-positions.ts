import type { Evidence } from '../../core/span.js';
import type { StoryBundle } from '../../core/story.js';
import { storyBlocks } from '../../core/doc.js';
import { classifyStance } from './classify-stance.js';
import { collectStatements, type ActorIdOf } from './collect-statements.js';
import { detectShifts } from './detect-shifts.js';
import { findDisagreements } from './find-disagreements.js';
import { absorbSingletons } from './absorb-singletons.js';
import { chooseTargets, headlineWeights, targetLabel, targetVocabulary } from './group-targets.js';
import { mergeTargets } from './merge-targets.js';
import type { Stance } from './stance.data.js';
import { nounWords, storyLinks, targetTerms } from './target-terms.js';

export interface ActorRef {
  readonly id: string;
  readonly name: string;
}

/** One statement with its stance, the words that triggered it, and where it is. */
export interface PositionStatement {
  readonly date: string | null;
  readonly stance: Stance;
  readonly text: string;
  readonly evidence: Evidence;
  readonly triggers: string[];
  readonly kind: string;
}

export interface Position {
  readonly actor: ActorRef;
  /** Readable label ("troops / forces"); `targetKey` is what groups statements. */
  readonly target: string;
  readonly targetKey: string;
  readonly statements: PositionStatement[];
}

export interface ShiftEnd {
  readonly stance: Stance;
  readonly date: string | null;
  readonly evidence: Evidence;
  readonly text: string;
  readonly triggers: string[];
}

export interface Shift {
  readonly actor: ActorRef;
  readonly target: string;
  readonly from: ShiftEnd;
  readonly to: ShiftEnd;
}

/** One side of a disagreement. */
export interface DisagreementSide {
  readonly actor: ActorRef;
  readonly stance: Stance;
  readonly date: string | null;
  readonly evidence: Evidence;
  readonly text: string;
}

/** Two actors on opposite sides of one target within a month; `a` favours it, `b` is against. */
export interface Disagreement {
  readonly target: string;
  readonly a: DisagreementSide;
  readonly b: DisagreementSide;
}

export interface StoryPositions {
  readonly positions: Position[];
  readonly shifts: Shift[];
  readonly disagreements: Disagreement[];
}

export interface StoryPositionsOptions {
  /** Keep only actors whose name contains this (case-insensitive). */
  readonly actor?: string;
  readonly actorIdOf?: ActorIdOf;
}

const kindRank: Record<string, number> = { direct: 2, mixed: 1, indirect: 0 };

/**
 * What each actor in a story stands for: their statements grouped by target, each with a stance
 * read from its words; shifts (same actor and target, stance changes between dates) and
 * disagreements (two actors, opposite sides of one target, within a month).
 * Example: for the seed story, John Key on "troops / forces" reads reluctant (2014-10-07,
 * "at outer edge ..."), open (2014-10-21, "definitely an option."), rules_out (2016-02-15,
 * "... categorically rule out special forces ..."), with two shifts.
 */
export function storyPositions(bundle: StoryBundle, { actor, actorIdOf }: StoryPositionsOptions = {}): StoryPositions {
  const statements = collectStatements(bundle, actorIdOf);
  const texts = bundle.articles.map(({ doc }) => storyBlocks(doc).map((b) => doc.text.slice(b.start, b.end)).join('\n'));
  const links = storyLinks(texts);
  // Each story sentence is read once: for word frequencies and for co-occurrence.
  const sentences = bundle.articles.flatMap(({ doc }) => {
    const blocks = storyBlocks(doc);
    return (doc.layers.sentences ?? []).filter((s) => blocks.some((b) => b.start <= s.start && s.end <= b.end)).map((s) => doc.text.slice(s.start, s.end));
  });
  const sentenceTerms = sentences.map((s) => targetTerms(s, links));
  const vocabulary = targetVocabulary(texts, links, sentenceTerms.length ? sentenceTerms : undefined);
  const keyWeight = new Map<string, number>();
  for (const { doc } of bundle.articles) {
    for (const m of doc.layers.mentions ?? []) {
      if (m.type !== 'LOC' || m.kind !== 'name') continue;
      for (const t of targetTerms(doc.text.slice(m.start, m.end), links)) keyWeight.set(t.key, 0.5);
    }
  }
  const readings = statements.map((s) => classifyStance(s.text, { cue: s.cueText }));
  // Targets are named by nouns: the words the sentence stage's tagger marked NOUN/PROPN in each article.
  const nounsOf = new Map(bundle.articles.map(({ article, doc }) => [article.id, doc.layers.tokens ? nounWords(doc.text, doc.layers.tokens) : undefined]));
  // What describes the speaker (name, title, country, party in any source phrase) is not what they talk about.
  const ownWords = new Map<string, Set<string>>();
  for (const s of statements) {
    let set = ownWords.get(s.actorId);
    if (!set) ownWords.set(s.actorId, (set = new Set()));
    for (const t of targetTerms(`${s.actorName} ${s.sourceText}`.replace(/\b[A-Z][a-z]+\b/g, (w) => w + ' '))) set.add(t.key);
  }
  const evidence = statements.map((s) => ({
    actor: s.actorId,
    content: targetTerms(s.text, links, { nouns: nounsOf.get(s.articleId) }),
    context: targetTerms(s.contextText, links, { nouns: nounsOf.get(s.articleId) }),
    exclude: ownWords.get(s.actorId),
  }));
  const weights = headlineWeights(bundle.articles.map(({ article }) => article.title ?? ''), links, keyWeight);
  const chosen = absorbSingletons(evidence, chooseTargets(evidence, vocabulary, { keyWeight: weights }), (i) => statements[i].articleId);
  const merged = mergeTargets(chosen, sentences, links, { sentenceTerms });
  const keys = chosen.map((k) => merged.get(k) ?? k);
  const refs = statements.map((s) => ({ id: s.actorId, name: s.actorName }));
  const wanted = (name: string) => !actor || name.toLowerCase().includes(actor.toLowerCase());
  const keep = statements.map((s, i) => Boolean(keys[i]) && wanted(s.actorName));

  const positions = new Map<string, Position>();
  statements.forEach((s, i) => {
    if (!keep[i]) return;
    const id = `${s.actorId}\u0000${keys[i]}`;
    let p = positions.get(id);
    if (!p) positions.set(id, (p = { actor: refs[i], target: targetLabel(keys[i], vocabulary), targetKey: keys[i], statements: [] }));
    p.statements.push({ date: s.date, stance: readings[i].stance, text: s.text, evidence: s.evidence, triggers: readings[i].triggers, kind: s.quote.kind });
  });
  // A statement dated by its own sentence ("said in July") may precede the article's others.
  for (const p of positions.values()) p.statements.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));

  const shiftInput = statements.map((s, i) => ({
    actor: s.actorId, target: keys[i], date: s.date, order: s.order,
    stance: readings[i].stance, score: readings[i].strength, rank: kindRank[s.quote.kind] ?? 0,
  }));
  const end = (i: number): ShiftEnd => ({ stance: readings[i].stance, date: statements[i].date, evidence: statements[i].evidence, text: statements[i].text, triggers: readings[i].triggers });
  const shifts = detectShifts(shiftInput).filter(({ from }) => wanted(refs[from].name)).map(({ from, to }) => ({ actor: refs[from], target: targetLabel(keys[from], vocabulary), from: end(from), to: end(to) }));
  const side = (i: number): DisagreementSide => ({ actor: refs[i], stance: readings[i].stance, date: statements[i].date, evidence: statements[i].evidence, text: statements[i].text });
  const disagreements = findDisagreements(shiftInput).filter(({ a, b }) => wanted(refs[a].name) || wanted(refs[b].name)).map(({ target, a, b }) => ({ target: targetLabel(target, vocabulary), a: side(a), b: side(b) }));
  const ordered = [...positions.values()].sort((a, b) => b.statements.length - a.statements.length || a.actor.name.localeCompare(b.actor.name));
  return { positions: ordered, shifts, disagreements };
}
