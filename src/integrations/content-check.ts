import type { AstroIntegration } from 'astro';
import { loadContentDir } from '../utils/content-files';
import { ContentIntegrityError, checkIntegrity, withoutDrafts } from '../utils/integrity';

/**
 * Checks every content file against its schema and the integrity rules before `astro build`
 * writes anything: a failing build stops with `file: field: reason` lines and leaves the
 * previous `dist/` untouched. (Pages check again through `loadTimeline`, which also covers
 * `astro dev`.)
 */
export default function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'timeline-content-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const { content, problems } = await loadContentDir(contentDir);
        const all = problems.length > 0 ? problems : checkIntegrity(withoutDrafts(content));
        if (all.length > 0) throw new ContentIntegrityError(all);
        // The pages need not check the same files again (see src/lib/collections.ts).
        process.env.TIMELINE_CONTENT_CHECKED = '1';
        const n = content.events.length + content.statements.length + content.actors.length + content.articles.length;
        logger.info(`${n} content entries pass the schemas and integrity rules`);
      },
    },
  };
}
