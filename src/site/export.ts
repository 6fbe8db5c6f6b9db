import { precisionOf } from '../model/dates';
import type { Entry } from '../model/entry';
import type { Timeline } from '../model/timeline';
import { COLLECTIONS, type CollectionName, type DataOf } from '../registry';
import { involvementOf } from '../model/involvement';

/** Page URL builders, with the base path applied (see `src/site/paths.ts`). */
export interface PagePaths {
  event(id: string): string;
  statement(id: string, eventId: string | undefined, speakerId: string): string;
  actor(id: string): string;
  source(id: string): string;
}

const citations = (sources: ReadonlyArray<{ article: string; excerpt: string; note?: string | undefined }>) =>
  sources.map(({ article, excerpt, note }) => ({ article, excerpt, ...(note ? { note } : {}) }));

/**
 * A date as the export gives it, wherever there is one: the value at its precision, the precision,
 * whether it is approximate, and the end of a span or range (with its own precision) or null.
 */
export function exportedDate(data: { date: string; approximate: boolean; endDate?: string | undefined }) {
  return {
    date: data.date,
    precision: precisionOf(data.date),
    approximate: data.approximate,
    endDate: data.endDate ?? null,
    endPrecision: data.endDate ? precisionOf(data.endDate) : null,
  };
}

const corrections = (list: ReadonlyArray<{ date: string; what: string }>) =>
  list.map(({ date, what }) => ({ date, what }));

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
    precision: precisionOf(data.published),
    approximate: data.publishedApproximate,
    url: data.url ?? null,
    corrections: corrections(data.corrections),
    page: pages.source(id),
  }),
  actors: ({ id, data }: Entry<DataOf<'actors'>>, pages: PagePaths) => ({
    id,
    name: data.name,
    aliases: data.aliases,
    kind: data.kind,
    corrections: corrections(data.corrections),
    page: pages.actor(id),
  }),
  events: ({ id, data }: Entry<DataOf<'events'>>, pages: PagePaths, timeline: Timeline) => ({
    id,
    title: data.title,
    summary: data.summary,
    ...exportedDate(data),
    status: data.status,
    sourcesDiffer: data.accounts.length > 0,
    actors: data.actors,
    involvement: Object.fromEntries(
      data.actors.map((actor) => [actor, involvementOf(data, actor, timeline.actor.get(actor))]),
    ),
    sources: citations(data.sources),
    accounts: data.accounts.map(({ article, excerpt, says }) => ({ article, excerpt, says })),
    tags: data.tags,
    corrections: corrections(data.corrections),
    page: pages.event(id),
  }),
  statements: ({ id, data }: Entry<DataOf<'statements'>>, pages: PagePaths) => ({
    id,
    quote: data.quote,
    fragment: data.fragment,
    speaker: data.speaker,
    ...exportedDate(data),
    context: data.context,
    event: data.event ?? null,
    status: data.status,
    sources: citations(data.sources),
    reports: data.reports.map(({ article, excerpt, wording }) => ({ article, excerpt, wording })),
    formerIds: data.aliases,
    corrections: corrections(data.corrections),
    page: pages.statement(id, data.event, data.speaker),
  }),
} satisfies {
  [K in CollectionName]: (
    entry: Entry<DataOf<K>>,
    pages: PagePaths,
    timeline: Timeline,
  ) => { id: string; page: string };
};

/** The public data export: when it was generated, then each collection's items in the site's order. */
export type TimelineExport = { generated: string } & {
  [K in CollectionName]: Array<ReturnType<(typeof EXPORTERS)[K]>>;
};

/**
 * The public data export (`/data/timeline.json`): every entry of every collection with the URL
 * path of its page. Every date carries its precision (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), whether it
 * is approximate, and its end; every entry its corrections.
 */
export function buildExport(timeline: Timeline, pages: PagePaths, generated: Date): TimelineExport {
  const exportOf = <K extends CollectionName>(name: K) =>
    (timeline[name] as Entry<DataOf<K>>[]).map((entry) =>
      (EXPORTERS[name] as (e: Entry<DataOf<K>>, p: PagePaths, t: Timeline) => unknown)(entry, pages, timeline),
    );
  return {
    generated: generated.toISOString(),
    ...Object.fromEntries(COLLECTIONS.map((name) => [name, exportOf(name)])),
  } as TimelineExport;
}
