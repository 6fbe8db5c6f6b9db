import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestAndPublish, type Publication } from '../editor';
import { SITES, buildTestSite } from '../sites';

/**
 * The articles an editor adds next: the pipeline's test articles (one reports events the site
 * already has, one is about something else entirely) and the ingest's first test article. The
 * evaluation articles are left to `npm run eval:ingest`, to keep the build project fast.
 */
const NEXT_ARTICLES = ['tests/fixtures/articles/new-article.txt', 'tests/fixtures/pipeline'];

/** The article files of a list of files and folders. */
async function articleFiles(entries: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.endsWith('.txt')) files.push(path.resolve(entry));
    else
      files.push(
        ...(await readdir(entry))
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => path.resolve(entry, f)),
      );
  }
  return files;
}

/** The live content with every test article ingested and published; returns what each took. */
async function growContent(): Promise<Publication[]> {
  const dir = SITES.grown.contentDir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.dirname(dir), { recursive: true });
  await cp(SITES.real.contentDir, dir, { recursive: true });
  const published: Publication[] = [];
  for (const file of await articleFiles(NEXT_ARTICLES)) published.push(await ingestAndPublish(file, dir));
  await writeFile(path.join(path.dirname(dir), 'publications.json'), `${JSON.stringify(published, null, 2)}\n`);
  return published;
}

/** The deployed dist/ named by TEST_REAL_DIST, as a build result. */
async function deployed(): Promise<{ status: number; output: string }> {
  const ok = existsSync(path.join(SITES.real.outDir, 'index.html'));
  return { status: ok ? 0 : 1, output: ok ? '' : `TEST_REAL_DIST: no built site in ${SITES.real.outDir}` };
}

/**
 * Global setup of the build project: builds the real and the fixture site, and the grown site
 * (the real content after the next articles, built as the deploy workflow builds). The builds
 * take turns (they share the project's .astro/ folder: see withAstroLock); the next articles are
 * ingested meanwhile.
 */
export default async function setup(): Promise<void> {
  const grown = growContent();
  // The deploy workflow has built the real site once, for deployment: test that dist/ itself.
  const real = process.env.TEST_REAL_DIST ? deployed() : buildTestSite(SITES.real);
  const first = Promise.all([real, buildTestSite(SITES.fixture)]);
  await grown;
  const results = [...(await first), await buildTestSite(SITES.grown, { env: { CI: 'true' } })];
  const names = ['real', 'fixture', 'grown'];
  results.forEach(({ status, output }, i) => {
    if (status !== 0) throw new Error(`the build of the ${names[i]} site failed:\n${output}`);
  });
}
