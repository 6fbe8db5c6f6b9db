import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differences } from '../../bench/compare';
import { addArticle } from '../../bench/generate';
import { buildTestSite, type TestSite } from '../sites';

/**
 * Issue 15: an incremental build (Astro's incremental build with a cache key per page, dist/
 * kept, stale files removed) must write exactly what a clean full build writes, after any
 * sequence of edits: a new article with events, statements and an actor; a changed title; a
 * renamed actor; deleted entries. Specifics come from a copy of the fixture site.
 */
const ROOT = path.resolve('tests/.output/builds');
let scratch: string;
let content: string;
let site: TestSite;

async function build(name: string, options: { fresh?: boolean; env?: Record<string, string> } = {}) {
  const target = options.fresh
    ? { ...site, outDir: path.join(scratch, `${name}/dist`), cacheDir: path.join(scratch, `${name}/cache`) }
    : site;
  const result = await buildTestSite(target, {
    keepOutDir: !options.fresh,
    ...(options.env ? { env: options.env } : {}),
  });
  if (result.status !== 0) throw new Error(`the ${name} build failed:\n${result.output}`);
  return { ...result, outDir: target.outDir, kept: (result.output.match(/\((cached|restored)\)/g) ?? []).length };
}

/** Replaces text in a content file, failing when it is not there. */
async function edit(file: string, from: string, to: string) {
  const full = path.join(content, file);
  const text = await readFile(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  await writeFile(full, text.replace(from, to));
}

async function expectSameAsCleanBuild(name: string) {
  const clean = await build(name, { fresh: true });
  expect(await differences(site.outDir, clean.outDir)).toEqual([]);
}

beforeAll(async () => {
  await mkdir(ROOT, { recursive: true });
  scratch = await mkdtemp(path.join(ROOT, 'incremental-'));
  content = path.join(scratch, 'content');
  await cp('tests/fixtures/site', content, { recursive: true });
  site = {
    contentDir: content,
    outDir: path.join(scratch, 'kept/dist'),
    cacheDir: path.join(scratch, 'kept/cache'),
    base: '/timeline',
    site: 'https://incremental.example.org',
  };
  const first = await build('first');
  expect(first.kept).toBe(0);
}, 120_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('incremental builds write what a clean build writes', () => {
  it('after a new article with three events, three statements and a new actor', async () => {
    addArticle(content, 1, { id: 'ukraine', name: 'Ukraine' });
    const again = await build('after-article');
    expect(again.kept).toBeGreaterThan(10);
    await expectSameAsCleanBuild('clean-after-article');
  }, 120_000);

  it('after a changed title, a renamed actor and deleted entries', async () => {
    await edit(
      'events/2025-03-11-jeddah-talks.md',
      'title: "U.S. and Ukrainian delegations meet in Jeddah"',
      'title: "U.S. and Ukrainian delegations hold talks in Jeddah"',
    );
    await build('after-title');
    await expectSameAsCleanBuild('clean-after-title');
    await edit('actors/cia.md', 'name: "', 'name: "The ');
    await build('after-rename');
    for (const file of ['statements/new-statement-1-2.md', 'events/new-event-1-2.md'])
      await rm(path.join(content, file));
    const last = await build('after-delete');
    expect(last.kept).toBeGreaterThan(10);
    expect(last.output).toMatch(/removed \d+ file\(s\) no route produces any more/);
    await expectSameAsCleanBuild('clean-after-edits');
  }, 240_000);

  it('after a build with the incremental build off, then a revert of what it built', async () => {
    const file = 'events/2025-03-11-jeddah-talks.md';
    const before = await readFile(path.join(content, file), 'utf8');
    await writeFile(path.join(content, file), `${before}\nA sentence added to the narrative only.\n`);
    await build('incremental-off', { env: { ASTRO_INCREMENTAL_BUILD: '0' } });
    await writeFile(path.join(content, file), before);
    const reverted = await build('after-revert');
    expect(reverted.output).toMatch(/no finished build with this cache wrote this dist/);
    await expectSameAsCleanBuild('clean-after-revert');
    // The next build, with nothing changed, keeps the pages and the search index.
    const unchanged = await build('unchanged');
    expect(unchanged.kept).toBeGreaterThan(10);
    expect(unchanged.output).toMatch(/Pagefind: no record changed/);
    await expectSameAsCleanBuild('clean-unchanged');
  }, 240_000);
});
