import type { Migration } from './index.js';

/**
 * Each independent story member keeps the unit-length vectors it added to its story's centroid
 * (JSON {title, body, names} of [term, weight] pairs), so a story that proves to hold two
 * stories can be split and both centroids re-summed. Rows stored before this have none.
 */
export const storyVectorsMigration: Migration = {
  id: '004-story-vectors',
  sql: `ALTER TABLE story_articles ADD COLUMN vectors TEXT;`,
};
