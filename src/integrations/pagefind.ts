import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` at the end of every
 * `astro build`. Only pages marked `data-pagefind-body` (events, actors, sources) are indexed.
 * Any Pagefind error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'timeline-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only the page types that carry data-pagefind-body need reading.
          const added = await index.addDirectory({ path: outDir, glob: '{events,actors,sources}/**/*.html' });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error('Pagefind indexed no pages: are pages marked data-pagefind-body?');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
