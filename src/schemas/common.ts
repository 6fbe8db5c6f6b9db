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

/** A passage copied verbatim from an article's text. */
export const excerpt = z.string().trim().min(1, { error: 'the excerpt is empty' });

/**
 * A citation: the article's id and a passage copied verbatim from its text, with an optional
 * editor's note on the passage (a slip in the source, quoted as printed: "Jeddah is not the
 * capital"), shown next to the excerpt wherever it appears.
 */
export const sourceRef = z.strictObject({
  article: idRef,
  excerpt,
  note: z.string().trim().min(1).optional(),
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

/** A date at day precision, "YYYY-MM-DD". */
export const dayDate = partialDate.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
  error: 'expected a day, "YYYY-MM-DD"',
});

/** A correction made to an entry after publication: when, and what changed. */
export const correctionSchema = z.strictObject({
  /** The day the correction was published. */
  date: dayDate,
  /** What was wrong and what it is now, in a sentence or two. */
  what: z.string().trim().min(1, { error: 'say what was corrected' }),
});
export type Correction = z.infer<typeof correctionSchema>;

/** The corrections of an entry, oldest first; gathered on /corrections/ and in its feed. */
export const corrections = z.array(correctionSchema).default([]);

/** Entries written by `npm run ingest` await review; drafts never reach production builds. */
export const draft = z.boolean().default(false);
