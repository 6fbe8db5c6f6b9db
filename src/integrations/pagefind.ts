import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { formatDate, precisionOf } from '../model/dates';
import type { TimelineExport } from '../site/export';
import { ui } from '../site/ui';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Adds each quote as a search result of its own, linking to its anchor, from the data export the
 * build has just written (`data/timeline.json`): the words, the speaker and the context.
 */
async function addQuotes(index: Index, outDir: string, base: string): Promise<number> {
  const data = JSON.parse(await readFile(`${outDir}/data/timeline.json`, 'utf8')) as TimelineExport;
  const names = new Map(data.actors.map((a) => [a.id, a.name]));
  const record = (s: TimelineExport['statements'][number]) => {
    const speaker = names.get(s.speaker) ?? s.speaker;
    const words = s.quote.split(/\s+/);
    const short = words.slice(0, 14).join(' ') + (words.length > 14 ? ' …' : '');
    return {
      url: s.page.startsWith(base) ? s.page.slice(base.length - 1) : s.page,
      content: `${s.quote} ${speaker}, ${s.context}.`,
      language: 'en',
      meta: {
        title: `${speaker}: “${short}”`,
        kind: ui.searchKinds.quote,
        date: precisionOf(s.date) ? formatDate({ date: s.date }) : s.date,
        status: ui.status[s.status].label,
      },
    };
  };
  // Each record is a round trip to the Pagefind process: send them in batches, not one by one.
  for (let i = 0; i < data.statements.length; i += 200) {
    const batch = data.statements.slice(i, i + 200);
    const added = await Promise.all(batch.map((s) => index.addCustomRecord(record(s))));
    const errors = added.flatMap((a) => a.errors);
    if (errors.length) throw new Error(`Pagefind could not add quotes: ${errors.join('; ')}`);
  }
  return data.statements.length;
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` at the end of every
 * `astro build`. Only pages marked `data-pagefind-body` (events, actors, sources) are indexed,
 * and each quote as a record of its own.
 * Any Pagefind error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'timeline-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
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
          const quotes = await addQuotes(index, outDir, base);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages and ${quotes} quotes`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
