import { articlesMigration } from './001-articles.js';
import { actorsMigration } from './002-actors.js';
import { storiesMigration } from './003-stories.js';
import { storyVectorsMigration } from './004-story-vectors.js';

/** A schema change, applied once, in list order, inside a transaction. */
export interface Migration {
  /** "NNN-name"; recorded in schema_migrations. */
  readonly id: string;
  readonly sql: string;
}

/** Every migration, in order. Add one line per migration file. */
export const migrations: Migration[] = [
  articlesMigration,
  actorsMigration,
  storiesMigration,
  storyVectorsMigration,
];
