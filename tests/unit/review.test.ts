import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/api';
import { loadProposals } from '../../src/ingest/proposals';
import { highlight, notSpeech, reviewModel, type ReviewModel } from '../../src/ingest/review';
import { loadContentDir } from '../../src/io/content-dir';
import { VALID_FIXTURE } from '../helpers';

let dir: string;
let model: ReviewModel;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'review-'));
  const content = path.join(dir, 'content');
  await cp(VALID_FIXTURE, content, { recursive: true });
  await ingestArticle({ file: 'tests/fixtures/articles/new-article.txt', contentDir: content });
  await ingestArticle({ file: 'tests/fixtures/pipeline/jeddah-follow-up.txt', contentDir: content });
  const loaded = await loadContentDir(content, content);
  model = reviewModel({
    content: loaded.content,
    proposals: (await loadProposals(content)).proposals,
    contentDir: 'content',
  });
}, 30_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const itemsOf = (article: string) => model.articles.find((a) => a.id === article)!.items;
const flagged = (article: string, code: string) => itemsOf(article).filter((i) => i.flags.some((f) => f.code === code));

describe('the review model', () => {
  it('lists each ingested article with all its drafts, each naming its file', () => {
    expect(model.articles.map((a) => a.id).sort()).toEqual(['example-wire-2025-03-20', 'harbor-daily-2025-03-12']);
    const items = itemsOf('example-wire-2025-03-20');
    expect(items[0]).toMatchObject({ kind: 'article', file: 'content/articles/example-wire-2025-03-20.md' });
    expect(items.filter((i) => i.kind === 'statement').length).toBe(4);
    for (const item of items)
      expect(item.file).toMatch(/^content\/(articles|statements|events|actors|\.ingest\/proposals)\/[a-z0-9-]+\.md$/);
    expect(model.total).toBe(model.articles.reduce((n, a) => n + a.items.length, 0));
  });

  it('highlights every extracted sentence in the article text', () => {
    const article = model.articles.find((a) => a.id === 'example-wire-2025-03-20')!;
    const marked = new Set(article.segments.flatMap((s) => s.marks));
    for (const item of article.items.filter((i) => i.kind !== 'article')) expect(marked).toContain(item.anchor);
    expect(article.segments.map((s) => s.text).join('')).toMatch(/^Defence ministers met in Brussels/);
    const rubio = article.segments.find((s) => s.text.includes('We are ready to help'))!;
    expect(rubio.marks.length).toBeGreaterThan(0);
  });

  it('flags newly proposed and unresolved speakers, approximate dates, quotes that may not be speech', () => {
    expect(flagged('example-wire-2025-03-20', 'new-speaker').map((i) => i.label)).toContain(
      '“no plans to deploy troops”',
    );
    expect(flagged('example-wire-2025-03-20', 'approximate-date').map((i) => i.label)).toContainEqual(
      expect.stringMatching(/^Last week/),
    );
    expect(flagged('harbor-daily-2025-03-12', 'not-speech').map((i) => i.label)).toContain('“cautiously hopeful”');
  });

  it('shows the proposal for an existing event, with a link to it and the one-step accept command', () => {
    const [proposal] = flagged('harbor-daily-2025-03-12', 'proposal');
    expect(proposal!.flags[0]).toMatchObject({
      link: '/events/2025-03-11-talks/',
      message: expect.stringContaining('npm run ingest -- --accept content/.ingest/proposals/'),
    });
  });
});

describe('helpers', () => {
  it('highlight cuts text at range edges, overlapping ranges sharing a segment', () => {
    expect(
      highlight('abcdef', [
        { start: 1, end: 4, anchor: 'x' },
        { start: 3, end: 5, anchor: 'y' },
      ]),
    ).toEqual([
      { text: 'a', marks: [] },
      { text: 'bc', marks: ['x'] },
      { text: 'd', marks: ['x', 'y'] },
      { text: 'e', marks: ['y'] },
      { text: 'f', marks: [] },
    ]);
  });
  it('notSpeech recognises fragments, documents and titles', () => {
    expect(notSpeech('constructive', 'She said the meeting was “constructive.”')).toMatch(/fragment of 1 word/);
    expect(notSpeech('Security Guarantees for Ukraine', 'a draft titled “Security Guarantees for Ukraine”')).toMatch(
      /document/,
    );
    expect(notSpeech('We are ready to help', '“We are ready to help,” Rubio said.')).toBeNull();
  });
});
