import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE, brokenFixture } from '../helpers';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

/** Runs the real `astro build` on a content folder, into a scratch output folder. */
async function build(contentDir: string) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'timeline-build-'));
  cleanups.push(() => rm(scratch, { recursive: true, force: true }));
  const outDir = path.join(scratch, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(scratch, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('the real build on bad content', () => {
  it('fails on an integrity problem, naming file and field, and writes no pages', async () => {
    const file = 'events/2025-03-11-talks.md';
    const text = (await readFile(path.join(VALID_FIXTURE, file), 'utf8')).replace('ended on Tuesday', 'ended on Wednesday');
    const fixture = await brokenFixture({ [file]: text });
    cleanups.push(fixture.cleanup);
    const { status, output, outDir } = await build(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: sources[0].excerpt: excerpt not found in the text of article "sample-article"`);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it('fails on a schema problem (an impossible date), naming file and field', async () => {
    const file = 'statements/rubio-ball-in-their-court.md';
    const text = (await readFile(path.join(VALID_FIXTURE, file), 'utf8')).replace('date: "2025-03-11"', 'date: "2025-02-30"');
    const fixture = await brokenFixture({ [file]: text });
    cleanups.push(fixture.cleanup);
    const { status, output } = await build(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('rubio-ball-in-their-court');
    expect(output).toMatch(/date.*"2025-02-30" is not a real calendar date/);
  });

  it('builds the valid fixture', async () => {
    const { status, output, outDir } = await build(VALID_FIXTURE);
    expect(status, output).toBe(0);
    expect(existsSync(path.join(outDir, 'events/2025-03-11-talks/index.html'))).toBe(true);
  });
});
