import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ENV } from '../config/env';
import { COLLECTIONS, type CollectionName, type DataOf } from '../registry';
import { ContentIntegrityError, type ContentSet, type Entry } from '../model/entry';
import { checkIntegrity } from '../model/integrity';
import { buildTimeline, type Timeline } from '../model/timeline';

/**
 * The one place that loads the collections for pages. Drafts (from `npm run ingest`) are shown in
 * `npm run dev` and left out of production builds. `astro build` has checked every file before it
 * writes anything (src/integrations/content-check.ts); `astro dev` checks here, on every load.
 */
let cached: Promise<Timeline> | undefined;

async function load<K extends CollectionName>(name: K): Promise<Entry<DataOf<K>>[]> {
  const entries = await getCollection(name, (e) => import.meta.env.DEV || !e.data.draft);
  return entries.map((e) => ({
    id: e.id,
    filePath: e.filePath ?? `${name}/${e.id}.md`,
    data: e.data as DataOf<K>,
    body: e.body ?? '',
  }));
}

async function loadAll(): Promise<Timeline> {
  const loaded = await Promise.all(COLLECTIONS.map(async (name) => [name, await load(name)] as const));
  const content = Object.fromEntries(loaded) as unknown as ContentSet;
  if (import.meta.env.DEV) {
    const problems = checkIntegrity(content);
    if (problems.length > 0) throw new ContentIntegrityError(problems);
  }
  return buildTimeline(content);
}

/** Loads, sorts and indexes all content; memoised for the whole build (reloaded in dev). */
export function loadTimeline(): Promise<Timeline> {
  if (!cached || import.meta.env.DEV || ENV.bench.noCache) cached = loadAll();
  return cached;
}

/** The Astro entry of a rendered entry (an event), for `render()`. */
export async function getEventEntry(id: string): Promise<CollectionEntry<'events'>> {
  const entry = await getEntry('events' satisfies CollectionName, id);
  if (!entry) throw new Error(`no event "${id}"`);
  return entry;
}
