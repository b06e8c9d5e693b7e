import type { Stage } from '../core/stage.js';
import { checkPipeline } from '../core/stage.js';
import { blocksStage, sentencesStage } from './base-stages.js';
import { mentionsStage } from './mentions/mentions-stage.js';
import { entitiesStage } from './entities/entities-stage.js';
import { publicationDateStage } from './time/publication-date-stage.js';
import { timexesStage } from './time/timexes-stage.js';
import { quotesStage } from './quotes/quotes-stage.js';

/**
 * The annotation pipeline, in order. Each stage states what it requires and assigns; the order
 * is checked once when this module loads. Add a stage with one line.
 */
export const pipeline: Stage[] = [
  blocksStage,
  sentencesStage,
  mentionsStage,
  entitiesStage,
  publicationDateStage,
  timexesStage,
  quotesStage,
];

checkPipeline(pipeline);
