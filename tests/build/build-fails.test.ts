import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE, brokenFixture, buildSite } from '../helpers';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

/** A previous, good build's output, which a failing build must leave as it was. */
const PREVIOUS = { 'index.html': '<!doctype html><title>previous build</title>', 'events/old/index.html': '<!doctype html><title>old</title>' };

/** Runs the real `astro build` on a content folder, into a scratch output folder. */
async function build(contentDir: string) {
  const result = await buildSite({ contentDir, seed: PREVIOUS });
  cleanups.push(result.cleanup);
  return result;
}

async function expectUntouched(outDir: string) {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(outDir, path.join(d.parentPath, d.name)));
  expect(files.sort()).toEqual(Object.keys(PREVIOUS).sort());
  for (const [file, text] of Object.entries(PREVIOUS)) expect(await readFile(path.join(outDir, file), 'utf8')).toBe(text);
}

describe('the real build on bad content', { timeout: 120_000 }, () => {
  it('fails on an integrity problem, naming file and field, and leaves the previous dist/ untouched', async () => {
    const file = 'events/2025-03-11-talks.md';
    const text = (await readFile(path.join(VALID_FIXTURE, file), 'utf8')).replace('ended on Tuesday', 'ended on Wednesday');
    const fixture = await brokenFixture({ [file]: text });
    cleanups.push(fixture.cleanup);
    const { status, output, outDir } = await build(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: sources[0].excerpt: excerpt not found in the text of article "sample-article"`);
    await expectUntouched(outDir);
  });

  /** [case, file, change to the valid fixture's file, text the build output must contain]. */
  const CASES: Array<[string, string, (text: string) => string, RegExp]> = [
    ['bad YAML', 'actors/russia.md', (t) => t.replace('kind: "country"', 'kind: "country\n  bad: [unclosed'), /actors\/russia\.md/],
    ['unknown field', 'events/2025-03-11-talks.md', (t) => t.replace('status: "confirmed"', 'status: "confirmed"\nsatus: "denied"'), /2025-03-11-talks[\s\S]*satus/],
    ['missing required field', 'statements/rubio-ball-in-their-court.md', (t) => t.replace('speaker: "marco-rubio"\n', ''), /rubio-ball-in-their-court[\s\S]*speaker/],
    ['impossible date', 'statements/rubio-ball-in-their-court.md', (t) => t.replace('date: "2025-03-11"', 'date: "2025-02-30"'), /rubio-ball-in-their-court[\s\S]*date.*"2025-02-30" is not a real calendar date/],
    ['dangling reference', 'events/2025-03-11-talks.md', (t) => t.replace('["marco-rubio"]', '["nobody"]'), /events\/2025-03-11-talks\.md: actors\[0\]: unknown actor "nobody"/],
    ['quote not in its sources', 'statements/rubio-ball-in-their-court.md', (t) => t.replace('quote: "The ball is now in their court"', 'quote: "The ball is in our court"'), /statements\/rubio-ball-in-their-court\.md: quote: quote not found/],
    ['empty file', 'events/2025-03-12-empty.md', () => '', /events\/2025-03-12-empty\.md/],
  ];

  it.each(CASES)('fails on %s, naming file and field, leaving dist/ untouched', async (_name, file, change, expected) => {
    const original = await readFile(path.join(VALID_FIXTURE, file), 'utf8').catch(() => '');
    const fixture = await brokenFixture({ [file]: change(original) });
    cleanups.push(fixture.cleanup);
    const { status, output, outDir } = await build(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(expected);
    await expectUntouched(outDir);
  });

  it('fails on a duplicate id, naming both files', async () => {
    const text = await readFile(path.join(VALID_FIXTURE, 'actors/russia.md'), 'utf8');
    const fixture = await brokenFixture({ 'actors/countries/russia.md': text });
    cleanups.push(fixture.cleanup);
    const { status, output, outDir } = await build(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/actors\/countries\/russia\.md[\s\S]*duplicate actor id "russia"|duplicate actor id "russia"[\s\S]*actors\/countries\/russia\.md/);
    await expectUntouched(outDir);
  });

  it('builds the valid fixture, leaving drafts out', async () => {
    const event = await readFile(path.join(VALID_FIXTURE, 'events/2025-03-11-talks.md'), 'utf8');
    const fixture = await brokenFixture({ 'events/2025-03-10-a-draft.md': event.replace('status: "confirmed"', 'status: "confirmed"\ndraft: true') });
    cleanups.push(fixture.cleanup);
    const { status, output, outDir } = await build(fixture.dir);
    expect(status, output).toBe(0);
    expect(existsSync(path.join(outDir, 'events/old/index.html'))).toBe(false);
    expect(existsSync(path.join(outDir, 'events/2025-03-11-talks/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'events/2025-03-10-a-draft/index.html'))).toBe(false);
    expect(await readFile(path.join(outDir, 'data/timeline.json'), 'utf8')).not.toContain('2025-03-10-a-draft');
  });
});
