import type { Article } from './article.js';
import type { Doc, LayerName } from './doc.js';

/** What a stage may read besides the Doc. */
export interface StageContext {
  readonly article: Article;
}

/**
 * A small named step over a Doc that states which layers it needs and which it adds.
 * `assigns` may name a sub-field ("quotes.speaker"); `requires` names whole layers.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly string[];
  run(doc: Doc, ctx: StageContext): void;
}

/** Throws when a stage requires a layer that no earlier stage assigns. Run once at start-up. */
export function checkPipeline(stages: readonly Stage[], given: readonly LayerName[] = []): void {
  const have = new Set<string>(given);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) {
        throw new Error(`stage "${stage.name}" requires layer "${need}", which no earlier stage assigns; reorder the pipeline`);
      }
    }
    for (const out of stage.assigns) have.add(out.split('.')[0]);
  }
}
