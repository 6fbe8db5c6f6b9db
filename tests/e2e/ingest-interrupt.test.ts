/**
 * Kills a real ingest (a child process: node + tsx running src/ingest/cli.ts) inside its write
 * phase, paused by the INGEST_TEST_PAUSE_AFTER hook after two files are in place, and checks
 * that content/ ends exactly as before: at once for SIGINT and SIGTERM, at the next run for
 * SIGKILL.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/api';
import { recoverInterrupted } from '../../src/ingest/journal';
import { VALID_FIXTURE } from '../helpers';

const ARTICLE = path.resolve('tests/fixtures/articles/new-article.txt');
const CLI = path.resolve('src/ingest/cli.ts');
let dir: string;
let content: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interrupt-'));
  content = path.join(dir, 'content');
  await cp(VALID_FIXTURE, content, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Every file under the content folder (dot-folders included) with its text. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const d of await readdir(content, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) {
      const file = path.join(d.parentPath, d.name);
      out[path.relative(content, file)] = await readFile(file, 'utf8');
    }
  }
  return out;
}

/** Runs the CLI as a child process; resolves once the test hook has paused it inside the write phase. */
function startIngest(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  const paused = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (b) => {
      stderr += b;
      if (stderr.includes('INGEST_TEST_PAUSED')) resolve();
    });
    child.on('exit', () => reject(new Error(`the ingest ended before pausing:\n${stderr}`)));
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, paused, exited, output: () => ({ stdout, stderr }) };
}

describe('an ingest interrupted while writing', { timeout: 60_000 }, () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`by ${signal} rolls back before it exits: content/ is exactly as before`, async () => {
      const before = await snapshot();
      const run = startIngest([ARTICLE], { INGEST_TEST_PAUSE_AFTER: '2' });
      await run.paused;
      const during = await snapshot();
      expect(Object.keys(during).filter((f) => !(f in before) && !f.startsWith('.ingest/tmp/')).length).toBe(2);
      run.child.kill(signal);
      expect(await run.exited).toEqual({ code, signal: null });
      expect(run.output().stderr).toMatch(
        new RegExp(`interrupted by ${signal}; rolled back 2 change\\(s\\): content/ is as it was`),
      );
      expect(run.output().stdout).toBe('');
      expect(await snapshot()).toEqual(before);
    });
  }

  it('by SIGKILL is rolled back, with a clear message, at the next run', async () => {
    const before = await snapshot();
    const run = startIngest([ARTICLE], { INGEST_TEST_PAUSE_AFTER: '3' });
    await run.paused;
    run.child.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');
    const after = await snapshot();
    // Half-written: three files in place, the journal and the staged rest in the ignored work folder only.
    expect(Object.keys(after).filter((f) => !(f in before) && !f.startsWith('.ingest/tmp/')).length).toBe(3);
    expect(Object.keys(after).some((f) => f.startsWith('.ingest/tmp/') && f.endsWith('journal.json'))).toBe(true);
    expect(
      Object.keys(after)
        .filter((f) => /^(articles|actors|events|statements)\//.test(f))
        .every((f) => f.endsWith('.md')),
    ).toBe(true);
    expect(await recoverInterrupted(content)).toMatch(
      /was stopped while writing\. Rolled back its 3 change\(s\): content\/ is as it was before it/,
    );
    expect(await snapshot()).toEqual(before);
    expect(await recoverInterrupted(content)).toBeNull();
  });

  it('by SIGKILL: the next ingest recovers, says so on stderr, and then completes', async () => {
    const run = startIngest([ARTICLE], { INGEST_TEST_PAUSE_AFTER: '1' });
    await run.paused;
    run.child.kill('SIGKILL');
    await run.exited;
    const again = spawnSync(process.execPath, ['--import', 'tsx', CLI, ARTICLE, '--json'], {
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/stopped while writing\. Rolled back its 1 change/);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'new', recovered: expect.stringMatching(/Rolled back/) });
    const clean = await ingestArticle({ file: ARTICLE, contentDir: content });
    expect(clean.status).toBe('same');
  });
});

describe('the CLI', { timeout: 60_000 }, () => {
  it('--json prints exactly one JSON document on stdout and messages on stderr', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ARTICLE, '--json', '--dry-run'], {
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ status: 'new', dryRun: true, article: { id: 'example-wire-2025-03-20' } });
    const bad = spawnSync(process.execPath, ['--import', 'tsx', CLI, path.join(dir, 'nope.txt'), '--json'], {
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/nope\.txt: no such file/);
  });

  it('the work folder is ignored by git', () => {
    expect(spawnSync('git', ['check-ignore', '-q', 'content/.ingest/tmp/journal.json']).status).toBe(0);
    expect(spawnSync('git', ['check-ignore', '-q', 'content/.ingest/manifests/x.json']).status).toBe(1);
  });
});
