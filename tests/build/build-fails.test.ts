import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE, brokenFixture, buildSite } from '../helpers';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

/** Runs the real `astro build` on a content folder, into a scratch output folder. */
async function build(contentDir: string) {
  const result = await buildSite({ contentDir });
  cleanups.push(result.cleanup);
  return result;
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
