import { precisionOf } from '../model/dates';
import type { Entry } from '../model/entry';
import type { Timeline } from '../model/timeline';
import { COLLECTIONS, type CollectionName, type DataOf } from '../registry';

/** Page URL builders, with the base path applied (see `src/site/paths.ts`). */
export interface PagePaths {
  event(id: string): string;
  statement(id: string, eventId: string | undefined, speakerId: string): string;
  actor(id: string): string;
  source(id: string): string;
}

const citations = (sources: ReadonlyArray<{ article: string; excerpt: string }>) =>
  sources.map(({ article, excerpt }) => ({ article, excerpt }));

/**
 * How each collection's entries appear in the export. The type requires one per collection of
 * the registry, so a new collection cannot be left out silently.
 */
const EXPORTERS = {
  articles: ({ id, data }: Entry<DataOf<'articles'>>, pages: PagePaths) => ({
    id,
    title: data.title,
    publisher: data.publisher,
    published: data.published,
    url: data.url ?? null,
    page: pages.source(id),
  }),
  actors: ({ id, data }: Entry<DataOf<'actors'>>, pages: PagePaths) => ({
    id,
    name: data.name,
    aliases: data.aliases,
    kind: data.kind,
    page: pages.actor(id),
  }),
  events: ({ id, data }: Entry<DataOf<'events'>>, pages: PagePaths) => ({
    id,
    title: data.title,
    summary: data.summary,
    date: data.date,
    precision: precisionOf(data.date),
    approximate: data.approximate,
    endDate: data.endDate ?? null,
    status: data.status,
    actors: data.actors,
    sources: citations(data.sources),
    tags: data.tags,
    page: pages.event(id),
  }),
  statements: ({ id, data }: Entry<DataOf<'statements'>>, pages: PagePaths) => ({
    id,
    quote: data.quote,
    speaker: data.speaker,
    date: data.date,
    precision: precisionOf(data.date),
    context: data.context,
    event: data.event ?? null,
    status: data.status,
    sources: citations(data.sources),
    page: pages.statement(id, data.event, data.speaker),
  }),
} satisfies { [K in CollectionName]: (entry: Entry<DataOf<K>>, pages: PagePaths) => { id: string; page: string } };

/** The public data export: when it was generated, then each collection's items in the site's order. */
export type TimelineExport = { generated: string } & {
  [K in CollectionName]: Array<ReturnType<(typeof EXPORTERS)[K]>>;
};

/**
 * The public data export (`/data/timeline.json`): every entry of every collection with the URL
 * path of its page. Dates keep their precision (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
 */
export function buildExport(timeline: Timeline, pages: PagePaths, generated: Date): TimelineExport {
  const exportOf = <K extends CollectionName>(name: K) =>
    (timeline[name] as Entry<DataOf<K>>[]).map((entry) =>
      (EXPORTERS[name] as (e: Entry<DataOf<K>>, p: PagePaths) => unknown)(entry, pages),
    );
  return {
    generated: generated.toISOString(),
    ...Object.fromEntries(COLLECTIONS.map((name) => [name, exportOf(name)])),
  } as TimelineExport;
}
