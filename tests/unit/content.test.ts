import { beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/model/integrity';
import { formatProblems, type ContentSet } from '../../src/model/entry';
import { loadContentDir } from '../../src/io/content-dir';

let content: ContentSet;

beforeAll(async () => {
  const loaded = await loadContentDir('content');
  expect(formatProblems(loaded.problems)).toBe('');
  content = loaded.content;
});

describe('the curated content of the five articles', () => {
  it('passes every schema and integrity rule', () => {
    expect(formatProblems(checkIntegrity(content))).toBe('');
  });

  it('holds the five articles, with their publication dates', () => {
    const dates = Object.fromEntries(content.articles.map((a) => [a.id, a.data.published]));
    expect(dates).toEqual({
      'defense-news-2025-03-11': '2025-03-11',
      'joint-statement-report-2025-03-14': '2025-03-14',
      'rksnews-2026-01-06': '2026-01-06',
      'intelligence-pause-2025-03-05': '2025-03-05',
      'rubio-guarantees-2025-11-26': '2025-11-26',
    });
  });

  it('keeps each article body verbatim, including the source errors', () => {
    const jeddah = content.articles.find((a) => a.id === 'joint-statement-report-2025-03-14')!;
    expect(jeddah.body.startsWith('14 Mar 2025, Fri')).toBe(true);
    expect(jeddah.body).toContain('the Saudi capital provided a neutral ground');
  });
});
