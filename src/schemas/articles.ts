import { z } from 'astro/zod';
import { corrections, draft, partialDate } from './common';

/** A source article. Its Markdown body is the article text, verbatim as received. */
export const articleSchema = z.strictObject({
  /** The headline, or a plain description when the text carries none (see `headline`). */
  title: z.string().trim().min(1),
  /** False when the source text has no headline and `title` is the site's description of it. */
  headline: z.boolean().default(true),
  /** The publisher, or "unknown". */
  publisher: z.string().trim().min(1),
  author: z.string().trim().min(1).optional(),
  url: z.url().optional(),
  /** Publication date, at its precision. */
  published: partialDate,
  /** True when the publication date is inferred rather than printed. */
  publishedApproximate: z.boolean().default(false),
  /** How the publication date is known. */
  publishedBasis: z.string().trim().min(1, { error: 'say how the publication date is known' }),
  /** Outlets the article cites as its own sources, e.g. Reuters, Politico. */
  cites: z.array(z.string().trim().min(1)).default([]),
  corrections,
  draft,
});
export type Article = z.infer<typeof articleSchema>;
