import { actorSchema } from './actors';
import { articleSchema } from './articles';
import { eventSchema } from './events';
import { statementSchema } from './statements';

export * from './common';
export * from './actors';
export * from './articles';
export * from './events';
export * from './statements';

/** The four collections, their folder names under the content directory, and their schemas. */
export const SCHEMAS = {
  articles: articleSchema,
  actors: actorSchema,
  events: eventSchema,
  statements: statementSchema,
} as const;

export type CollectionName = keyof typeof SCHEMAS;
export const COLLECTIONS = Object.keys(SCHEMAS) as CollectionName[];
