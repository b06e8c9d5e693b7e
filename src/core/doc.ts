import type { Message } from './message.js';
import type { Span } from './span.js';

/** What a block of the cleaned text is. Only `headline` and `body` are read by later stages. */
export type BlockType = 'headline' | 'body' | 'caption' | 'credit' | 'link' | 'boilerplate' | 'duplicate';

/** A line or paragraph of the cleaned text, typed. */
export interface Block extends Span {
  readonly type: BlockType;
}

/** A wink-nlp token: `pos` is the Universal POS tag ("PROPN", "VERB", ...). */
export interface Token extends Span {
  readonly pos: string;
}

export type MentionType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/**
 * A mention of an actor, trimmed to the name itself ("Julie Bishop", not "Minister Julie Bishop.").
 * `kind` tells names from titles ("the Prime Minister") and pronouns ("he");
 * `entity` is the id of the Entity it belongs to, once linked.
 */
export interface Mention extends Span {
  readonly type: MentionType;
  readonly kind: 'name' | 'title' | 'pronoun';
  entity?: string;
}

/** A role read from a title or appositive: "Labour MP" for Phil Goff. `span` is where it is stated. */
export interface Role {
  readonly title: string;
  readonly span: Span;
}

/** One referent inside one article: its mentions, canonical name and roles. */
export interface Entity {
  /** Unique inside the Doc, e.g. "e3". */
  readonly id: string;
  readonly type: MentionType;
  /** The longest name form seen in the article, e.g. "John Key". */
  readonly name: string;
  /** Indexes into `layers.mentions`. */
  readonly mentions: number[];
  readonly roles: Role[];
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** What someone said: content spans (several when broken by "he said"), cue, speaker. */
export interface Quote {
  readonly content: Span[];
  readonly cue: Span | null;
  /** The speaker's mention in the text (may be a pronoun or title), or null. */
  readonly source: Span | null;
  /** Id of the Entity in this Doc that speaks, or null when unknown. */
  readonly speaker: string | null;
  readonly kind: QuoteKind;
  /** 0..1 */
  readonly confidence: number;
}

/** A time expression with its TIMEX3 value ("2014-10-17", "2015-12", "P2W", "PRESENT_REF"). */
export interface Timex extends Span {
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value; null when it could not be anchored (e.g. the article has no date). */
  readonly value: string | null;
}

/** Every named layer a Doc can carry. Each array is sorted by `start`. */
export interface Layers {
  blocks: Block[];
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  timexes: Timex[];
}

export type LayerName = keyof Layers;

/**
 * One article's immutable cleaned text with standoff layers. Plain JSON: the same shape is
 * the DB payload, the API response and the golden fixture.
 */
export interface Doc {
  readonly articleId: string;
  readonly text: string;
  layers: Partial<Layers>;
  messages: Message[];
}

/** Returns a layer, or throws a pipeline error naming the stage order fault. */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (!value) throw new Error(`layer "${name}" is missing: a stage that assigns it must run first`);
  return value as Layers[K];
}

/** The spans of the blocks later stages read: the headline and the body. */
export function storyBlocks(doc: Doc): Block[] {
  return (doc.layers.blocks ?? []).filter((b) => b.type === 'body' || b.type === 'headline');
}
