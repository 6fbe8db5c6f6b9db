import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, jsonOutput } from '../../src/ingest/cli';
import { loadContentDir } from '../../src/io/content-dir';
import { checkIntegrity } from '../../src/model/integrity';
import { formatProblems } from '../../src/model/entry';
import { VALID_FIXTURE } from '../helpers';

const ARTICLE = path.resolve('tests/fixtures/articles/new-article.txt');
let dir: string;
let content: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ingest-'));
  content = path.join(dir, 'content');
  await cp(VALID_FIXTURE, content, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function files(): Promise<string[]> {
  const entries = await readdir(content, { recursive: true, withFileTypes: true });
  return entries
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => path.relative(content, path.join(d.parentPath, d.name)))
    .sort();
}
async function write(name: string, data: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, data);
  return file;
}

describe('ingest of a new article', { timeout: 30_000 }, () => {
  it('writes the article verbatim and drafts that pass every schema and integrity rule', async () => {
    const { plan, report } = await ingest([ARTICLE], content);
    expect(plan.article).toMatchObject({
      id: 'example-wire-2025-03-20',
      title: 'Allies meet in Brussels on ceasefire monitoring',
      publisher: 'Example Wire',
      published: '2025-03-20',
    });
    const article = await readFile(path.join(content, 'articles/example-wire-2025-03-20.md'), 'utf8');
    expect(article).toContain((await readFile(ARTICLE, 'utf8')).split('\n\n').slice(1).join('\n\n').trim());
    expect(article).toMatch(/^draft: true$/m);
    expect(report.written.length).toBe(plan.files.length);
    const loaded = await loadContentDir(content, content);
    expect(formatProblems(loaded.problems)).toBe('');
    expect(formatProblems(checkIntegrity(loaded.content))).toBe('');
    for (const s of loaded.content.statements.filter((x) => x.data.draft))
      expect(s.data.sources[0]!.article).toBe('example-wire-2025-03-20');
  });

  it('finds split quotes, fragments, titles and he/she attributions', async () => {
    const { plan } = await ingest([ARTICLE, '--dry-run'], content);
    const by = Object.fromEntries(plan.statements.map((s) => [s.quote, s.speaker?.id ?? null]));
    expect(by).toMatchObject({
      'We are ready to help, but the details matter': 'marco-rubio',
      'Nobody wants a ceasefire that collapses in a week.': 'marco-rubio',
      'this coming Saturday': 'marco-rubio', // "The secretary of state added"
      'no plans to deploy troops': 'jane-example', // a person the article introduces
    });
    // A one-word fragment (“constructive”) is not a statement (issue 12); he/she attribution is
    // tested in tests/unit/ingest-nlp.test.ts.
    expect(by).not.toHaveProperty('constructive');
  });

  it('resolves dates against the publication date, with their precision', async () => {
    const { plan } = await ingest([ARTICLE, '--dry-run'], content);
    const dates = plan.events.map((e) => [e.date, e.precision]);
    expect(dates).toEqual(
      expect.arrayContaining([
        ['2025-03-16', 'day'], // on Sunday
        ['2025-03', 'month'], // last week (approximate: its Monday's month, no day)
        ['2024-11-25', 'day'], // Nov. 25: the latest one on or before publication
        ['2022-02', 'month'], // February 2022
      ]),
    );
    const saturday = plan.events.find((e) => e.excerpt.includes('this coming Saturday'))!;
    expect(saturday.date).toBe('2025-03-22');
    expect(plan.files.find((f) => f.id === saturday.id)!.text).toMatch(/status: ["']planned["']/);
  });

  it('proposes unknown actors as drafts and prints JSON in the documented shape', async () => {
    const result = await ingest([ARTICLE, '--json'], content);
    expect(result.plan.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Jane Example', 'NATO']));
    const json = jsonOutput(result);
    expect(Object.keys(json)).toEqual([
      'status',
      'dryRun',
      'article',
      'statements',
      'events',
      'actors',
      'proposals',
      'written',
      'kept',
      'removed',
      'skippedRejected',
      'leftOut',
      'recovered',
      'reviewUrl',
    ]);
    expect(json.statements[0]).toEqual({
      id: expect.any(String),
      quote: expect.any(String),
      speaker: expect.objectContaining({ id: expect.any(String), name: expect.any(String) }),
      date: expect.any(String),
    });
    expect(Object.keys(json.events[0]!).sort()).toEqual(['date', 'excerpt', 'id', 'precision']);
  });
});

describe('safety', { timeout: 30_000 }, () => {
  it('ingesting the same article again writes nothing', async () => {
    await ingest([ARTICLE], content);
    const before = await files();
    const again = await ingest([ARTICLE], content);
    expect(again.status).toBe('same');
    expect(again.report.written).toEqual([]);
    expect(await files()).toEqual(before);
  });

  it('refuses a different text under an existing id unless --force, and never overwrites a reviewed file', async () => {
    await ingest([ARTICLE, '--id', 'wire-1'], content);
    const changed = await write('changed.txt', (await readFile(ARTICLE, 'utf8')).replace('on Sunday', 'on Saturday'));
    await expect(ingest([changed, '--id', 'wire-1'], content)).rejects.toThrow(/already holds a different text/);
    // An editor reviews one draft (removes draft: true); a forced re-ingest must keep it.
    const statements = (await files()).filter((f) => f.startsWith('statements/marco-rubio-we-are'));
    const reviewed = path.join(content, statements[0]!);
    const text = (await readFile(reviewed, 'utf8'))
      .replace('draft: true\n', '')
      .replace(/ \[TODO[^\]]*\]/g, '')
      .replace('Quoted in', 'Reviewed: quoted in');
    await writeFile(reviewed, text);
    const forced = await ingest([changed, '--id', 'wire-1', '--force'], content);
    expect(forced.report.written.length).toBeGreaterThan(0);
    expect(await readFile(reviewed, 'utf8')).toBe(text);
    // …and its quote is not drafted a second time.
    expect(forced.plan.statements.map((s) => s.quote)).not.toContain('We are ready to help, but the details matter');
    expect(await readFile(path.join(content, 'articles/wire-1.md'), 'utf8')).toContain('on Saturday');
  });

  it('writes nothing when it cannot finish (a write fails half-way: everything is rolled back)', async () => {
    const before = await files();
    const { plan } = await ingest([ARTICLE, '--dry-run'], content);
    // A folder where an event file should go: the rename fails after others succeeded.
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(content, plan.files.find((f) => f.collection === 'events')!.path), { recursive: true });
    await expect(ingest([ARTICLE], content)).rejects.toThrow(/nothing was written/);
    expect((await files()).filter((f) => !before.includes(f))).toEqual([]);
    expect(existsSync(path.join(content, 'articles/example-wire-2025-03-20.md'))).toBe(false);
  });
});

describe('bad input: a clear message or a correct result', { timeout: 30_000 }, () => {
  it('a missing file', async () => {
    await expect(ingest([path.join(dir, 'nope.txt')], content)).rejects.toThrow(/nope\.txt: no such file/);
  });
  it('an empty file', async () => {
    await expect(ingest([await write('empty.txt', '  \n\n')], content)).rejects.toThrow(/is empty/);
  });
  it('a binary file', async () => {
    await expect(
      ingest([await write('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))], content),
    ).rejects.toThrow(/binary/);
  });
  it('a 20 MB file', async () => {
    await expect(
      ingest([await write('huge.txt', 'word '.repeat(4 * 1024 * 1024)), '--published', '2025-01-01'], content),
    ).rejects.toThrow(/too large \(20\.0 MB/);
  });
  it('no publication date', async () => {
    await expect(ingest([await write('a.txt', 'Some text said on Monday.')], content)).rejects.toThrow(/--published/);
    await expect(ingest([await write('b.txt', 'Text.'), '--published', '2025-02-30'], content)).rejects.toThrow(
      /not a real date/,
    );
  });
  it('<script> and raw HTML are kept verbatim as text', async () => {
    const file = await write(
      'x.txt',
      'Published: 2025-03-01\n\nOfficials said <script>alert(1)</script> on Monday. “It is <b>bold</b>,” Marco Rubio said.\n',
    );
    const { plan } = await ingest([file], content);
    expect(await readFile(path.join(content, `articles/${plan.article.id}.md`), 'utf8')).toContain(
      '<script>alert(1)</script>',
    );
    expect(plan.statements[0]).toMatchObject({ quote: 'It is <b>bold</b>', speaker: { id: 'marco-rubio' } });
  });
  it('CRLF line ends and a byte-order mark', async () => {
    const text = (await readFile(ARTICLE, 'utf8')).replace(/\n/g, '\r\n');
    const { plan } = await ingest([await write('crlf.txt', `\uFEFF${text}`)], content);
    expect(plan.article.title).toBe('Allies meet in Brussels on ceasefire monitoring');
    const written = await readFile(path.join(content, `articles/${plan.article.id}.md`), 'utf8');
    expect(written).not.toMatch(/\r|\uFEFF/);
    expect(plan.statements.length).toBeGreaterThan(3);
  });
  it('non-Latin scripts', async () => {
    const file = await write(
      'uk.txt',
      'Title: Переговори в Джидді\nPublished: 2025-03-11\n\n«Ми готові до миру», — сказав Володимир Зеленський 11 березня. 東京でも会談が行われた。\n',
    );
    const { plan } = await ingest([file], content);
    expect(plan.article.title).toBe('Переговори в Джидді');
    expect(plan.statements.map((s) => s.quote)).toContain('Ми готові до миру');
    const loaded = await loadContentDir(content, content);
    expect(formatProblems([...loaded.problems, ...checkIntegrity(loaded.content)])).toBe('');
  });
});
