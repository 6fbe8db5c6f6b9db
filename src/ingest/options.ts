/** The options of an ingest, validated by one zod schema (the CLI and the API share it). */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../schemas/common';
import { isValidPartialDate, precisionOf } from '../model/dates';
import { IngestError } from './input';

const text = z.string().trim().min(1);

export const ingestOptionsSchema = z
  .strictObject({
    /** The article file (plain text or Markdown, optionally with front matter or header lines). */
    file: text.optional(),
    /** …or the article text itself. */
    text: z.string().optional(),
    /** The content folder (default: CONTENT_DIR or `content`). */
    contentDir: text.default(() => process.env.CONTENT_DIR || 'content'),
    title: text.optional(),
    publisher: text.optional(),
    published: text
      .refine((v) => precisionOf(v) === 'day' && isValidPartialDate(v), {
        error: (i) => `"${String(i.input)}" is not a real date in the form YYYY-MM-DD`,
      })
      .optional(),
    url: text.regex(/^https?:\/\/\S+$/, { error: (i) => `"${String(i.input)}" is not an http(s) address` }).optional(),
    author: text.optional(),
    id: text
      .regex(ID_PATTERN, {
        error: (i) => `"${String(i.input)}" is not a valid id (lower-case letters, digits and single hyphens)`,
      })
      .optional(),
    /** Plan and check, write nothing. */
    dryRun: z.boolean().default(false),
    /** Replace the text of an article ingested before under the same id (its drafts; never reviewed files). */
    force: z.boolean().default(false),
  })
  .refine((o) => (o.file === undefined) !== (o.text === undefined), {
    error: 'give the article as exactly one of `file` or `text`',
  });

/** Options as a caller gives them. */
export type IngestOptionsInput = z.input<typeof ingestOptionsSchema>;
/** Options after validation and defaults. */
export type IngestOptions = z.output<typeof ingestOptionsSchema>;

const FLAG: Record<string, string> = { dryRun: '--dry-run', contentDir: '--content-dir' };

/** Validates ingest options; throws an IngestError naming each bad option (as its CLI flag). */
export function parseIngestOptions(input: unknown): IngestOptions {
  const result = ingestOptionsSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.length ? String(issue.path[0]) : '';
    return key ? `${FLAG[key] ?? `--${key}`}: ${issue.message}` : issue.message;
  });
  throw new IngestError(lines.join('\n'));
}
