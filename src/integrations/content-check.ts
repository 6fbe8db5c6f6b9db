import type { AstroIntegration } from 'astro';
import { loadContentDir } from '../io/content-dir';
import { ContentIntegrityError, withoutDrafts } from '../model/entry';
import { checkIntegrity } from '../model/integrity';

/**
 * Checks every content file against its schema and the integrity rules before `astro build`
 * writes anything: a failing build stops with `file: field: reason` lines and leaves the
 * previous `dist/` untouched. This is the build's one content check; `astro dev` checks on every
 * load instead (src/io/load-timeline.ts).
 */
export default function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'timeline-content-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const { content, problems } = await loadContentDir(contentDir);
        const all = problems.length > 0 ? problems : checkIntegrity(withoutDrafts(content));
        if (all.length > 0) throw new ContentIntegrityError(all);
        const n = Object.values(content).reduce((sum, entries) => sum + entries.length, 0);
        logger.info(`${n} content entries pass the schemas and integrity rules`);
      },
    },
  };
}
