import { z } from 'astro/zod';
import { corrections, dateFields, draft, excerpt, idRef, sources, status } from './common';

/**
 * What an actor was in an event: a `participant` (took part, acted, spoke), its `subject` (what
 * the event is about or aimed at, without acting in it) or the `outlet` that reported it (a news
 * organisation: shown with the sources, never as a participant).
 */
export const INVOLVEMENTS = ['participant', 'subject', 'outlet'] as const;
export const involvement = z.enum(INVOLVEMENTS);
export type Involvement = z.infer<typeof involvement>;

/**
 * One source's account of an event where the sources differ (on a condition, a date, a number):
 * the article, the passage, and what it says, in the site's words.
 */
export const accountSchema = z.strictObject({
  article: idRef,
  excerpt,
  /** What this source says, in one sentence of the site's own words. */
  says: z.string().trim().min(1, { error: 'say what this source says' }),
});
export type Account = z.infer<typeof accountSchema>;

/** Something that happened (or is planned), as the sources report it. */
export const eventSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** One sentence. */
  summary: z.string().trim().min(1),
  ...dateFields,
  status,
  /**
   * The order of events on the same day, when the sources tell it: 1 happened first. Events
   * without it follow the ones they react to (see `eventOrder` in src/model/timeline.ts).
   */
  sequence: z.number().int().min(1).optional(),
  actors: z.array(idRef).default([]),
  /**
   * What each actor was, by actor id (`cbs-news: outlet`, `russia: subject`). An actor not listed
   * is a participant, or an outlet when its kind is `outlet`.
   */
  involvement: z.record(idRef, involvement).default({}),
  sources,
  /**
   * When the sources give different accounts: each account with its source, shown side by side.
   * An event with accounts is marked "Sources differ" (whatever its status).
   */
  accounts: z.array(accountSchema).default([]),
  tags: z.array(idRef).default([]),
  location: z.string().trim().min(1).optional(),
  related: z.array(idRef).default([]),
  /** Statements that dispute or deny this event as reported. */
  disputedBy: z.array(idRef).default([]),
  corrections,
  draft,
});
export type EventData = z.infer<typeof eventSchema>;
