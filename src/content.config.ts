import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { ENV } from './config/env';
import { collectionLoader } from './io/loaders';
import { COLLECTIONS, REGISTRY, type CollectionName } from './registry';

/**
 * One Astro collection per entry of the registry (src/registry.ts), each loaded from its folder
 * of the content directory (CONTENT_DIR, default `./content`) and validated by its schema.
 */
function define<K extends CollectionName>(name: K) {
  const loader: Loader = collectionLoader(ENV.contentDir, name, { deferRender: ENV.bench.deferRender });
  return defineCollection({ loader, schema: REGISTRY[name].schema });
}

type Collections = { [K in CollectionName]: ReturnType<typeof define<K>> };

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, define(name)])) as Collections;
