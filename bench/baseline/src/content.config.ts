import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** Every Markdown file of the benchmark's content folder, as one collection without a schema. */
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.BASELINE_CONTENT || './content' }) }),
};
