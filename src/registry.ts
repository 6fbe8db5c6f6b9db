import type { z } from 'astro/zod';
import { actorSchema } from './schemas/actors';
import { articleSchema } from './schemas/articles';
import { eventSchema } from './schemas/events';
import { statementSchema } from './schemas/statements';

/**
 * The collection registry: the one module that names each content collection. Everything that
 * handles collections in general — the Astro content config, the content check, the file loader,
 * the ingest, the export — derives from it; a collection name is written out nowhere else.
 *
 * A collection's folder is its name (`content/<name>/`), its entries are its `.md` files, and an
 * entry's id is its file name.
 */
export const COLLECTIONS = ['articles', 'actors', 'events', 'statements'] as const;

/** The name (and folder) of a collection. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** What the site needs to know about one collection. */
export interface CollectionSpec {
  /** The zod schema of an entry's front matter. */
  schema: z.ZodType;
  /** One entry, in messages: "duplicate event id …". */
  singular: string;
  /** True when the Markdown body is rendered on the entry's page; otherwise it is kept as data. */
  rendered: boolean;
  /**
   * The folder of the entries' pages (`/<route>/<id>/`, from `src/pages/<route>/`), or null when
   * entries have no page of their own (statements are anchors on their event's page).
   */
  route: string | null;
  /**
   * Fields that hold ids of other entries, as paths (`actors[]`, `roles[].article`, `speaker`),
   * and the collection they point into. Citations (`{ article, excerpt }`) are found wherever they
   * are and need not be listed.
   */
  references: Readonly<Record<string, CollectionName>>;
}

/** Every collection: its schema, how its body is used, and what it refers to. */
export const REGISTRY = {
  articles: { schema: articleSchema, singular: 'article', rendered: false, route: 'sources', references: {} },
  actors: {
    schema: actorSchema,
    singular: 'actor',
    rendered: false,
    route: 'actors',
    references: { 'roles[].article': 'articles' },
  },
  events: {
    schema: eventSchema,
    singular: 'event',
    rendered: true,
    route: 'events',
    references: { 'actors[]': 'actors', 'related[]': 'events', 'disputedBy[]': 'statements' },
  },
  statements: {
    schema: statementSchema,
    singular: 'statement',
    rendered: false,
    route: null,
    references: { speaker: 'actors', via: 'actors', event: 'events', 'disputedBy[]': 'statements' },
  },
} as const satisfies { [K in CollectionName]: CollectionSpec };

/** The front matter of an entry of collection `K`, as its schema returns it. */
export type DataOf<K extends CollectionName> = z.infer<(typeof REGISTRY)[K]['schema']>;

/** The schema of each collection, by name. */
export function schemaOf<K extends CollectionName>(name: K): (typeof REGISTRY)[K]['schema'] {
  return REGISTRY[name].schema;
}

/** The site path of an entry's page (`/events/<id>/`), without the base path. */
export function entryPath(name: CollectionName, id: string): string {
  const route = REGISTRY[name].route;
  if (route === null) throw new Error(`${name} have no pages of their own`);
  return `/${route}/${id}/`;
}
