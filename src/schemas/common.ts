import { z } from 'astro/zod';
import { isValidPartialDate } from '../model/dates';

/** Ids are file names: lower-case words joined by single hyphens, e.g. `2025-03-11-jeddah-talks`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its id (its file name without extension). */
export const idRef = z
  .string({ error: 'expected an id (a file name without extension)' })
  .regex(ID_PATTERN, { error: 'an id is lower-case letters, digits and single hyphens, e.g. "marco-rubio"' });

/**
 * A date as a quoted string at its precision: `"2025-03-11"` (day), `"2025-03"` (month) or
 * `"2025"` (year). Impossible days (2025-02-30) are errors. Unquoted YAML dates are refused:
 * Astro's YAML parser turns them into timestamps, which lose the precision and silently roll
 * impossible days over into the next month.
 */
export const partialDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date in quotes ("2025-03-11", "2025-03" or "2025"): unquoted YAML dates lose their precision and roll impossible days over'
        : 'expected a date string "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
  })
  .refine(isValidPartialDate, {
    error: (issue) =>
      `"${String(issue.input)}" is not a real calendar date (expected "YYYY-MM-DD", "YYYY-MM" or "YYYY")`,
  });

/** How sure the site is that something happened or was said, as the sources report it. */
export const STATUSES = ['confirmed', 'reported', 'disputed', 'denied', 'planned'] as const;
export const status = z.enum(STATUSES);
export type Status = z.infer<typeof status>;

/** A citation: the article's id and a passage copied verbatim from its text. */
export const sourceRef = z.strictObject({
  article: idRef,
  excerpt: z.string().trim().min(1, { error: 'the excerpt is empty' }),
});
export type SourceRef = z.infer<typeof sourceRef>;

/** At least one citation. */
export const sources = z.array(sourceRef).min(1, { error: 'at least one source is required' });

/** The date fields shared by events and statements. */
export const dateFields = {
  /** When it happened, at its precision. */
  date: partialDate,
  /** True when the sources only let us say "about then" ("c. 5 March 2025"). */
  approximate: z.boolean().default(false),
  /** For spans or uncertain ranges: the last day, month or year. */
  endDate: partialDate.optional(),
  /** How the date is known, e.g. "'on Tuesday' in an article published 11 March 2025". */
  dateBasis: z.string().trim().min(1, { error: 'say how the date is known' }),
};

/** Entries written by `npm run ingest` await review; drafts never reach production builds. */
export const draft = z.boolean().default(false);
