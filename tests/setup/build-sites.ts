import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestAndPublish, type Publication } from '../editor';
import { SITES, buildTestSite } from '../sites';

/** The test articles an editor adds next (fictional news-style texts with their header lines). */
const ARTICLE_DIRS = ['tests/fixtures/articles', 'tests/fixtures/pipeline'];

/** The live content with every test article ingested and published; returns what each took. */
async function growContent(): Promise<Publication[]> {
  const dir = SITES.grown.contentDir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.dirname(dir), { recursive: true });
  await cp(SITES.real.contentDir, dir, { recursive: true });
  const published: Publication[] = [];
  for (const folder of ARTICLE_DIRS) {
    for (const name of (await readdir(folder)).filter((f) => f.endsWith('.txt')).sort()) {
      published.push(await ingestAndPublish(path.resolve(folder, name), dir));
    }
  }
  await writeFile(path.join(path.dirname(dir), 'publications.json'), `${JSON.stringify(published, null, 2)}\n`);
  return published;
}

/**
 * Global setup of the build project: builds the real and the fixture site, and the grown site
 * (the real content after the next articles, built as the deploy workflow builds), side by side.
 */
export default async function setup(): Promise<void> {
  const grown = growContent();
  const first = Promise.all([buildTestSite(SITES.real), buildTestSite(SITES.fixture)]);
  await grown;
  const results = [...(await first), await buildTestSite(SITES.grown, { env: { CI: 'true' } })];
  const names = ['real', 'fixture', 'grown'];
  results.forEach(({ status, output }, i) => {
    if (status !== 0) throw new Error(`the build of the ${names[i]} site failed:\n${output}`);
  });
}
