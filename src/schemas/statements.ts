import { z } from 'astro/zod';
import { dateFields, draft, idRef, sources, status } from './common';

/** A direct quote with a named speaker, verbatim as printed. */
export const statementSchema = z.strictObject({
  quote: z.string().trim().min(1),
  speaker: idRef,
  ...dateFields,
  /** How it was said: "press conference", "CBS News interview", "joint statement" … */
  context: z.string().trim().min(1),
  event: idRef.optional(),
  /** The outlet that relayed the words of an anonymous speaker ("an official told Reuters"). */
  via: idRef.optional(),
  sources,
  status,
  /** Statements that dispute this one. */
  disputedBy: z.array(idRef).default([]),
  draft,
});
export type StatementData = z.infer<typeof statementSchema>;
