import { precisionOf } from '../model/dates';
import type { Timeline } from '../model/timeline';

/** Page URL builders, with the base path applied (see `src/lib/paths.ts`). */
export interface PagePaths {
  event(id: string): string;
  statement(id: string, eventId: string | undefined, speakerId: string): string;
  actor(id: string): string;
  source(id: string): string;
}

/**
 * The public data export (`/data/timeline.json`): every article, actor, event and statement
 * with the URL path of its page. Dates keep their precision (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
 */
export function buildExport(timeline: Timeline, pages: PagePaths, generated: Date) {
  return {
    generated: generated.toISOString(),
    articles: timeline.articles.map(({ id, data }) => ({
      id,
      title: data.title,
      publisher: data.publisher,
      published: data.published,
      url: data.url ?? null,
      page: pages.source(id),
    })),
    actors: timeline.actors.map(({ id, data }) => ({
      id,
      name: data.name,
      aliases: data.aliases,
      kind: data.kind,
      page: pages.actor(id),
    })),
    events: timeline.events.map(({ id, data }) => ({
      id,
      title: data.title,
      summary: data.summary,
      date: data.date,
      precision: precisionOf(data.date),
      approximate: data.approximate,
      endDate: data.endDate ?? null,
      status: data.status,
      actors: data.actors,
      sources: data.sources.map(({ article, excerpt }) => ({ article, excerpt })),
      tags: data.tags,
      page: pages.event(id),
    })),
    statements: timeline.statements.map(({ id, data }) => ({
      id,
      quote: data.quote,
      speaker: data.speaker,
      date: data.date,
      precision: precisionOf(data.date),
      context: data.context,
      event: data.event ?? null,
      status: data.status,
      sources: data.sources.map(({ article, excerpt }) => ({ article, excerpt })),
      page: pages.statement(id, data.event, data.speaker),
    })),
  };
}

export type TimelineExport = ReturnType<typeof buildExport>;
