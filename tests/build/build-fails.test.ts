import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE, brokenFixture, buildSite } from '../helpers';

/**
 * One real `astro build` on bad content proves the whole path: the content check runs before
 * Astro writes anything, the build fails naming file and field, and the previous output stays
 * as it was. Every rule's message is checked without a build in tests/unit/integrity.test.ts.
 */
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

/** A previous, good build's output, which a failing build must leave as it was. */
const PREVIOUS: Record<string, string> = {
  'index.html': '<!doctype html><title>previous build</title>',
  'events/old/index.html': '<!doctype html><title>old</title>',
};

describe('the real build', () => {
  it('fails on bad content naming file and field, and leaves the previous output untouched', async () => {
    const file = 'events/2025-03-11-talks.md';
    const text = (await readFile(path.join(VALID_FIXTURE, file), 'utf8')).replace(
      'ended on Tuesday',
      'ended on Wednesday',
    );
    const fixture = await brokenFixture({ [file]: text });
    cleanups.push(fixture.cleanup);
    const { status, output, outDir, cleanup } = await buildSite({ contentDir: fixture.dir, seed: PREVIOUS });
    cleanups.push(cleanup);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: sources[0].excerpt: excerpt not found in the text of article "sample-article"`);
    const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => path.relative(outDir, path.join(d.parentPath, d.name)));
    expect(files.sort()).toEqual(Object.keys(PREVIOUS).sort());
    for (const [rel, body] of Object.entries(PREVIOUS))
      expect(await readFile(path.join(outDir, rel), 'utf8')).toBe(body);
  });

  it('fails on a deployment machine (CI=true) without SITE_URL, naming SITE_URL', async () => {
    const { status, output, cleanup } = await buildSite({
      contentDir: VALID_FIXTURE,
      env: { CI: 'true', SITE_URL: '' },
    });
    cleanups.push(cleanup);
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
  });
});
