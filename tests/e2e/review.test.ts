/**
 * The review page exists in `astro dev` only: a real production build of content with drafts
 * has no /review/ page, and the dev server serves it with the drafts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/api';
import { buildSite, VALID_FIXTURE } from '../helpers';
import { withAstroLock } from '../sites';

let dir: string;
let content: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'review-build-'));
  content = path.join(dir, 'content');
  await cp(VALID_FIXTURE, content, { recursive: true });
  await ingestArticle({ file: 'tests/fixtures/pipeline/jeddah-follow-up.txt', contentDir: content });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the review page', () => {
  it('is not in a production build', { timeout: 240_000 }, async () => {
    const build = await buildSite({ contentDir: content });
    try {
      expect(build.status, build.output).toBe(0);
      expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(true);
      const files = await readdir(build.outDir, { recursive: true });
      expect(files.filter((f) => /(^|\/)review(\/|\.html|$)/.test(String(f)))).toEqual([]);
    } finally {
      await build.cleanup();
    }
  });

  it('is served by astro dev, with the drafts', { timeout: 120_000 }, async () => {
    // astro dev writes the project's .astro/ folder too: not while a test builds (withAstroLock).
    await withAstroLock(async () => {
      const port = 4500 + Math.floor(Math.random() * 400);
      const dev = spawn(
        process.execPath,
        [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
        {
          // Without the variables Vitest sets for Vite (BASE_URL, MODE, NODE_ENV=test …), as in buildSite.
          env: {
            ...Object.fromEntries(
              Object.entries(process.env).filter(
                ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k),
              ),
            ),
            CONTENT_DIR: content,
            ASTRO_CACHE_DIR: path.join(dir, 'cache'),
            NO_COLOR: '1',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const exited = new Promise((resolve) => dev.once('exit', resolve));
      try {
        await new Promise<void>((resolve, reject) => {
          let log = '';
          const onData = (b: Buffer) => ((log += b), /ready in/.test(log) && resolve());
          dev.stdout.on('data', onData);
          dev.stderr.on('data', onData);
          dev.on('exit', () => reject(new Error(`astro dev exited:\n${log}`)));
        });
        const response = await fetch(`http://localhost:${port}/review/`);
        const html = await response.text();
        expect(response.status).toBe(200);
        expect(html).toContain('Jeddah talks end with a joint statement, officials say');
        expect(html).toMatch(/<mark[^>]*>Talks in Jeddah between the U\.S\. and Ukrainian delegations/);
        expect(html).toContain(
          'npm run ingest -- --accept content/.ingest/proposals/harbor-daily-2025-03-12--2025-03-11-talks.md'.replace(
            'content/',
            `${content}/`,
          ),
        );
      } finally {
        dev.kill('SIGTERM');
        await exited;
      }
    });
  });
});
