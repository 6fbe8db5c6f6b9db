import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The small, valid content set every broken fixture starts from. */
export const VALID_FIXTURE = path.resolve('tests/fixtures/valid');

/**
 * Copies the valid fixture to a temporary folder and applies `changes` (paths relative to the
 * content folder → new file text, or `null` to delete). Returns the folder; remove it with
 * the returned `cleanup`.
 */
export async function brokenFixture(changes: Record<string, string | null>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
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

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const BUILDS = path.resolve('tests/.output/builds');

/**
 * Runs the real `astro build` into a scratch folder, with its own content store, optionally on
 * another content folder and with extra environment (e.g. BASE_PATH). Returns the exit status,
 * all output, the output folder and a cleanup.
 */
export async function buildSite(options: { contentDir?: string; env?: Record<string, string>; seed?: Record<string, string> } = {}) {
  // Inside the project: Astro puts its temporary prerender output next to an outDir within the
  // working directory, but in the shared ./.astro/ otherwise, where parallel builds collide.
  await mkdir(BUILDS, { recursive: true });
  const scratch = await mkdtemp(path.join(BUILDS, 'build-'));
  const outDir = path.join(scratch, 'dist');
  // Files already in the output folder, as a previous build would have left them.
  for (const [file, text] of Object.entries(options.seed ?? {})) {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await writeFile(path.join(outDir, file), text);
  }
  // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR, VITEST…, NODE_ENV=test) into process.env;
  // a child build must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)),
  );
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env: {
      ...inherited,
      ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
      ASTRO_CACHE_DIR: path.join(scratch, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...options.env,
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    cleanup: () => rm(scratch, { recursive: true, force: true }),
  };
}
