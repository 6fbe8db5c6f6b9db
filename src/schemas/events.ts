import { z } from 'astro/zod';
import { dateFields, draft, idRef, sources, status } from './common';

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
  sources,
  tags: z.array(idRef).default([]),
  location: z.string().trim().min(1).optional(),
  related: z.array(idRef).default([]),
  /** Statements that dispute or deny this event as reported. */
  disputedBy: z.array(idRef).default([]),
  draft,
});
export type EventData = z.infer<typeof eventSchema>;
