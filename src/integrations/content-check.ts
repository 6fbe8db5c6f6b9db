import type { AstroIntegration } from 'astro';
import { loadContentDir } from '../io/content-dir';
import { ContentIntegrityError, withoutDrafts, type ContentSet } from '../model/entry';
import { checkIntegrity } from '../model/integrity';

/**
 * Checks every content file against its schema and the integrity rules as the first step of
 * `astro build`, before Astro syncs or writes anything: a failing build stops with
 * `file: field: reason` lines and leaves the previous `dist/` untouched. This is the build's one
 * content check; `astro dev` checks on every load instead (src/io/load-timeline.ts). The checked
 * content is handed on (`checked`) to what indexes it, which can then start at once.
 */
export default function contentCheck(contentDir: string): AstroIntegration & { checked: () => Promise<ContentSet> } {
  let building = false;
  let checked: Promise<ContentSet> | undefined;
  return {
    name: 'timeline-content-check',
    /** The content this build checked, for the integrations that index it (after config:done). */
    checked: () => checked ?? Promise.reject(new Error('the content has not been checked yet')),
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': async ({ logger }) => {
        if (!building) return;
        const { content, problems } = await loadContentDir(contentDir);
        const all = problems.length > 0 ? problems : checkIntegrity(withoutDrafts(content));
        if (all.length > 0) throw new ContentIntegrityError(all);
        checked = Promise.resolve(content);
        const n = Object.values(content).reduce((sum, entries) => sum + entries.length, 0);
        logger.info(`${n} content entries pass the schemas and integrity rules`);
      },
    },
  };
}
