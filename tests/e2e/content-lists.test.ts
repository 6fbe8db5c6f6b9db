import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildTestSite, SITES, type TestSite } from '../sites';
import { VALID_FIXTURE } from '../helpers';

/**
 * Astro keeps the content store in the cache directory but writes the list of the images its
 * entries import into the project's own `.astro/` folder, rewriting it only when the store changed.
 * A build whose store is kept must still bundle its own images after a build of other content with
 * another cache (what the tests' sites and any CONTENT_DIR do): src/integrations/schema-guard.ts.
 */
const ROOT = path.resolve('tests/.output/builds');
let scratch = '';
afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

async function build(site: TestSite): Promise<void> {
  const { status, output } = await buildTestSite(site);
  if (status !== 0) throw new Error(`the build of ${site.contentDir} failed:\n${output}`);
}

it('bundles a narrative image with a kept store after a build of other content', { timeout: 240_000 }, async () => {
  await mkdir(ROOT, { recursive: true });
  scratch = await mkdtemp(path.join(ROOT, 'lists-'));
  const fixture = { ...SITES.fixture, outDir: path.join(scratch, 'fixture'), cacheDir: path.join(scratch, 'cache-a') };
  const other = {
    ...fixture,
    contentDir: VALID_FIXTURE,
    outDir: path.join(scratch, 'other'),
    cacheDir: path.join(scratch, 'cache-b'),
  };
  await build(fixture);
  await build(other);
  // The fixture again, its store kept in cache-a: nothing in it changed.
  await build(fixture);
  const html = await readFile(
    path.join(fixture.outDir, 'events/2025-03-05-concerns-over-starlink-for-ukraine/index.html'),
    'utf8',
  );
  expect(html).not.toContain('__ASTRO_IMAGE_');
  expect(html).toMatch(/<img[^>]+src="\/_astro\/starlink-map\.[\w-]+\.webp"/);
});
