import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentIntegrityError, checkIntegrity, type ContentSet, type Entry } from '../utils/integrity';
import { buildTimeline, type Timeline } from '../utils/model';

/**
 * The one place that loads the collections. Every page goes through {@link loadTimeline},
 * so every build runs the integrity checks and fails, naming file and field, on a problem.
 * Drafts (from `npm run ingest`) are shown in `npm run dev` and left out of production builds.
 */
let cached: Promise<Timeline> | undefined;

type Name = 'articles' | 'actors' | 'events' | 'statements';

async function load<N extends Name>(name: N): Promise<Entry<CollectionEntry<N>['data']>[]> {
  const entries = await getCollection(name, (e) => import.meta.env.DEV || !e.data.draft);
  return entries.map((e) => ({
    id: e.id,
    filePath: e.filePath ?? `${name}/${e.id}.md`,
    data: e.data,
    body: e.body ?? '',
  }));
}

/** Loads, checks, sorts and indexes all content; memoised for the whole build. */
export function loadTimeline(): Promise<Timeline> {
  // Reloaded on every call in dev (content changes) and when the benchmark measures what
  // loading each collection once saves (TIMELINE_NO_CACHE=1).
  if (!cached || import.meta.env.DEV || process.env.TIMELINE_NO_CACHE === '1') cached = (async () => {
    const content: ContentSet = {
      articles: await load('articles'),
      actors: await load('actors'),
      events: await load('events'),
      statements: await load('statements'),
    };
    // `astro build` has checked these very files before writing anything (content-check
    // integration); `astro dev` checks here, on every load.
    if (process.env.TIMELINE_CONTENT_CHECKED !== '1') {
      const problems = checkIntegrity(content);
      if (problems.length > 0) throw new ContentIntegrityError(problems);
    }
    return buildTimeline(content);
  })();
  return cached;
}

/** The Astro entry of an event, for `render()`. */
export async function getEventEntry(id: string): Promise<CollectionEntry<'events'>> {
  const entry = await getEntry('events', id);
  if (!entry) throw new Error(`no event "${id}"`);
  return entry;
}
