/**
 * End to end, as an editor works: `npm run ingest` an article into a copy of the real
 * content, accept every draft (complete each placeholder, remove `draft: true`), accept every
 * source proposal, delete quotes without a speaker, then `npm run ingest -- --check` must be
 * green. Records drafts, field edits and seconds per article in
 * tests/.output/ingest-pipeline-e2e.json.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishAll } from '../editor';

const ARTICLES = [
  'tests/fixtures/articles/new-article.txt',
  'tests/fixtures/pipeline/jeddah-follow-up.txt',
  'tests/fixtures/pipeline/museum-reopens.txt',
];
const rows: Array<Record<string, unknown>> = [];

/** `npm run -s ingest -- …` on a content folder; returns status, stdout, stderr and seconds. */
function npmIngest(content: string, args: string[]) {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '-s', 'ingest', '--', ...args], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (performance.now() - t0) / 1000 };
}

afterAll(async () => {
  await mkdir('tests/.output', { recursive: true });
  await writeFile('tests/.output/ingest-pipeline-e2e.json', `${JSON.stringify(rows, null, 2)}\n`);
  console.log(rows.map((r) => JSON.stringify(r)).join('\n'));
});

describe('ingest, review and publish, end to end on the real content', () => {
  for (const article of ARTICLES) {
    it(path.basename(article), { timeout: 120_000 }, async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'e2e-'));
      const content = path.join(dir, 'content');
      try {
        await cp('content', content, { recursive: true });
        const ingest = npmIngest(content, [path.resolve(article), '--json']);
        expect(ingest.status, ingest.stderr).toBe(0);
        const result = JSON.parse(ingest.stdout);
        const t1 = performance.now();
        const published = await publishAll(result.written, result.proposals, content);
        const check = npmIngest(content, ['--check']);
        expect(check.status, check.stderr).toBe(0);
        rows.push({
          article: path.basename(article),
          ...published,
          ingestSeconds: +ingest.seconds.toFixed(2),
          checkSeconds: +check.seconds.toFixed(2),
          machineSecondsToGreen: +(ingest.seconds + (performance.now() - t1) / 1000).toFixed(2),
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
