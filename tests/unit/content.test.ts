import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/io/content-dir';
import { formatProblems, type ContentSet } from '../../src/model/entry';
import { checkIntegrity } from '../../src/model/integrity';

/**
 * The live content, whatever articles it holds: invariants only (no counts, ids or texts of
 * content/, which grows with every article).
 */
let content: ContentSet;

beforeAll(async () => {
  const loaded = await loadContentDir('content');
  expect(formatProblems(loaded.problems)).toBe('');
  content = loaded.content;
});

describe('the live content', () => {
  it('passes every schema and integrity rule', () => {
    expect(formatProblems(checkIntegrity(content))).toBe('');
  });

  it('keeps each article body exactly as received, where the file names its seed', () => {
    const seeds = path.resolve('../shared/seeds');
    for (const article of content.articles) {
      const seed = /Source file: (\S+)/.exec(readFileSync(article.filePath, 'utf8'))?.[1];
      if (!seed || !existsSync(path.join(seeds, seed))) continue;
      expect(article.body, article.id).toBe(readFileSync(path.join(seeds, seed), 'utf8').trim());
    }
  });
});
