import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContentDir } from '../src/io/content-dir';
import { formatProblems, type Problem } from '../src/model/entry';
import { checkIntegrity } from '../src/model/integrity';
import { buildTestSite } from './sites';

/** The small, valid content set every broken fixture starts from. */
export const VALID_FIXTURE = path.resolve('tests/fixtures/valid');

/**
 * Copies the valid fixture to a temporary folder and applies `changes` (paths relative to the
 * content folder → new file text, or `null` to delete). Returns the folder; remove it with
 * the returned `cleanup`.
 */
export async function brokenFixture(
  changes: Record<string, string | null>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-fixture-'));
  await cp(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (text === null) {
      await rm(target);
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The problems of the valid fixture with `changes` applied: schema problems when there are any
 * (as in the build, which stops there), otherwise those of the integrity rules.
 */
export async function problemsOf(
  changes: Record<string, string | null>,
): Promise<{ problems: Problem[]; text: string }> {
  const fixture = await brokenFixture(changes);
  try {
    const { content, problems } = await loadContentDir(fixture.dir, fixture.dir);
    const all = problems.length > 0 ? problems : checkIntegrity(content);
    return { problems: all, text: formatProblems(all) };
  } finally {
    await fixture.cleanup();
  }
}

const BUILDS = path.resolve('tests/.output/builds');

/**
 * Runs the real `astro build` into a scratch folder, with its own content store, optionally on
 * another content folder and with extra environment (e.g. BASE_PATH). Files in `seed` are put in
 * the output folder first, as a previous build would have left them. Returns the exit status,
 * all output, the output folder and a cleanup.
 */
export async function buildSite(
  options: { contentDir?: string; env?: Record<string, string>; seed?: Record<string, string> } = {},
) {
  // Inside the project: Astro puts its temporary prerender output next to an outDir within the
  // working directory, but in the shared ./.astro/ otherwise, where parallel builds collide.
  await mkdir(BUILDS, { recursive: true });
  const scratch = await mkdtemp(path.join(BUILDS, 'build-'));
  const outDir = path.join(scratch, 'dist');
  for (const [file, text] of Object.entries(options.seed ?? {})) {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await writeFile(path.join(outDir, file), text);
  }
  const site = {
    contentDir: options.contentDir ?? path.resolve('content'),
    outDir,
    cacheDir: path.join(scratch, 'cache'),
    base: options.env?.BASE_PATH ?? '/',
    site: options.env?.SITE_URL ?? 'http://localhost:4321',
  };
  const { status, output } = await buildTestSite(site, {
    keepOutDir: true,
    ...(options.env ? { env: options.env } : {}),
  });
  return { status, output, outDir, cleanup: () => rm(scratch, { recursive: true, force: true }) };
}
