import { extractionTask } from './extraction.js';
import { datesTask } from './dates.js';
import { summariesEval } from './summaries.js';
import { timelinesEval } from './timelines.js';
import { positionsTask } from './positions.js';
import { quotesTask } from './quotes.js';
import { entitiesEval } from './entities.js';
import { storiesTask } from './stories.js';
import type { EvalTask } from './task.js';

/**
 * Every eval task, by name. Each task lives in its own file under src/eval/ and is added here
 * with one line.
 */
export const evalTasks: EvalTask[] = [
  extractionTask,
  datesTask,
  summariesEval,
  timelinesEval,
  positionsTask,
  quotesTask,
  entitiesEval,
  storiesTask,
];
