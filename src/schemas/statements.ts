import { z } from 'astro/zod';
import { corrections, dateFields, draft, excerpt, idRef, sources, status } from './common';

/**
 * Another source's report of the same remark, in that source's wording (checked verbatim in its
 * article): one remark, several reports, shown as one quote "also reported as …".
 */
export const reportSchema = z.strictObject({
  article: idRef,
  excerpt,
  /** The words as this source prints them. */
  wording: z.string().trim().min(1),
});
export type Report = z.infer<typeof reportSchema>;

/** A direct quote with a named speaker, verbatim as printed. */
export const statementSchema = z.strictObject({
  quote: z.string().trim().min(1),
  /** True for a quote of fewer than three words, kept for the reason given in `fragmentReason`. */
  fragment: z.boolean().default(false),
  /** Why a fragment of a quote is worth keeping as a quote. */
  fragmentReason: z.string().trim().min(1).optional(),
  /** The same remark as other sources report it, each in its own wording. */
  reports: z.array(reportSchema).default([]),
  /**
   * Former ids of statements merged into this one: each stays an anchor next to this quote, so that
   * links to the old id keep working.
   */
  aliases: z.array(idRef).default([]),
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
  corrections,
  draft,
});
export type StatementData = z.infer<typeof statementSchema>;
