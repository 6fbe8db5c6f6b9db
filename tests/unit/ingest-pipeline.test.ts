import { eventSchema } from '../../src/schemas/events';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/api';
import { summary } from '../../src/ingest/cli';
import { likelyDuplicate, periodsOverlap, sameTextArticle } from '../../src/ingest/duplicates';
import { splitMetadata } from '../../src/ingest/input';
import { readManifests } from '../../src/ingest/manifest';
import { parseIngestOptions } from '../../src/ingest/options';
import { checkPlaceholders, PLACEHOLDER_PATTERN } from '../../src/ingest/placeholders';
import { acceptProposal, addSourceToEventText, loadProposals } from '../../src/ingest/proposals';
import { loadContentDir } from '../../src/io/content-dir';
import { checkIntegrity } from '../../src/model/integrity';
import { formatProblems } from '../../src/model/entry';
import { VALID_FIXTURE } from '../helpers';

const ARTICLE = path.resolve('tests/fixtures/articles/new-article.txt');
const FOLLOW_UP = path.resolve('tests/fixtures/pipeline/jeddah-follow-up.txt');
let dir: string;
let content: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pipeline-'));
  content = path.join(dir, 'content');
  await cp(VALID_FIXTURE, content, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function mdFiles(): Promise<string[]> {
  const entries = await readdir(content, { recursive: true, withFileTypes: true });
  return entries
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => path.relative(content, path.join(d.parentPath, d.name)))
    .sort();
}
const problemsOf = async () => {
  const loaded = await loadContentDir(content, content);
  return formatProblems([...loaded.problems, ...checkIntegrity(loaded.content)]);
};

describe('options', () => {
  it('are validated by one schema and name the flag at fault', () => {
    expect(parseIngestOptions({ file: 'a.txt' })).toMatchObject({
      file: 'a.txt',
      dryRun: false,
      force: false,
      contentDir: expect.any(String),
    });
    expect(() => parseIngestOptions({ file: 'a.txt', text: 'x' })).toThrow(/exactly one of `file` or `text`/);
    expect(() => parseIngestOptions({ text: 'x', published: '2025-02-30' })).toThrow(
      /--published: "2025-02-30" is not a real date/,
    );
    expect(() => parseIngestOptions({ text: 'x', url: 'ftp://x' })).toThrow(/--url: .* not an http/);
    expect(() => parseIngestOptions({ text: 'x', id: 'Bad Id' })).toThrow(/--id: .* not a valid id/);
    expect(() => parseIngestOptions({ text: 'x', color: 'red' })).toThrow(/color/);
  });
});

describe('header lines', () => {
  it('are recognised with or without a blank line after them', () => {
    const withBlank = splitMetadata('Title: T\nPublisher: P\nPublished: 2025-03-20\n\nThe text begins.\nMore.');
    const without = splitMetadata('Title: T\nPublisher: P\nPublished: 2025-03-20\nThe text begins.\nMore.');
    for (const r of [withBlank, without]) {
      expect(r.meta).toEqual({ title: 'T', publisher: 'P', published: '2025-03-20' });
      expect(r.body).toBe('The text begins.\nMore.');
    }
    // A first line that is not a known header is text; a repeated header ends the header block.
    expect(splitMetadata('Kyiv: talks resume.\nMore.')).toEqual({ meta: {}, body: 'Kyiv: talks resume.\nMore.' });
    expect(splitMetadata('Title: A\nTitle: B\nText.').body).toBe('Title: B\nText.');
  });

  it('without a blank line still give the article its metadata', async () => {
    const result = await ingestArticle({ file: FOLLOW_UP, contentDir: content, dryRun: true });
    expect(result.plan.article).toMatchObject({
      title: 'Jeddah talks end with a joint statement, officials say',
      publisher: 'Harbor Daily',
      published: '2025-03-12',
    });
    expect(result.plan.files[0]!.text).toMatch(/^author: ["']Sam Writer["']$/m);
    expect(result.plan.files[0]!.text).not.toContain('Publisher:');
  });
});

describe('the API', { timeout: 30_000 }, () => {
  it('takes the text itself as well as a file, and returns the plan and what it wrote', async () => {
    const text = await readFile(ARTICLE, 'utf8');
    const result = await ingestArticle({ text, contentDir: content, id: 'from-text' });
    expect(result.status).toBe('new');
    expect(result.reviewUrl).toBe('http://localhost:4321/review/');
    expect(result.report.written).toEqual(
      expect.arrayContaining(['articles/from-text.md', ...result.plan.statements.map((s) => `statements/${s.id}.md`)]),
    );
    expect(await problemsOf()).toBe('');
  });
});

describe('the same article text again', { timeout: 30_000 }, () => {
  it('under another id or file name is refused, naming the earlier article', async () => {
    await ingestArticle({ file: ARTICLE, contentDir: content });
    const before = await mdFiles();
    const text = (await readFile(ARTICLE, 'utf8'))
      .replace('Publisher: Example Wire', 'Publisher: Other Wire')
      .replace(/“|”/g, '"')
      .replace(/ {1}/g, '  ');
    const copy = path.join(dir, 'copy.txt');
    await writeFile(copy, text);
    await expect(ingestArticle({ file: copy, contentDir: content })).rejects.toThrow(
      /already ingested as article "example-wire-2025-03-20"/,
    );
    await expect(ingestArticle({ file: ARTICLE, contentDir: content, id: 'another-id', force: true })).rejects.toThrow(
      /already ingested as article "example-wire-2025-03-20"/,
    );
    expect(await mdFiles()).toEqual(before);
  });

  it('compares text, not metadata', async () => {
    const { content: known } = await loadContentDir(content, content);
    expect(sameTextArticle(`  ${known.articles[0]!.body.replace(/\n/g, '\n\n')} `, known.articles)?.id).toBe(
      'sample-article',
    );
    expect(sameTextArticle(`${known.articles[0]!.body} One more sentence.`, known.articles)).toBeUndefined();
  });
});

describe('a rejected draft stays rejected', { timeout: 30_000 }, () => {
  it('is never written again, with or without --force, and reviewed files are never changed', async () => {
    const first = await ingestArticle({ file: ARTICLE, contentDir: content, id: 'wire-1' });
    const rejectedStatement = `statements/${first.plan.statements[0]!.id}.md`;
    const rejectedEvent = `events/${first.plan.events[0]!.id}.md`;
    const reviewedPath = path.join(content, `statements/${first.plan.statements[1]!.id}.md`);
    await rm(path.join(content, rejectedStatement));
    await rm(path.join(content, rejectedEvent));
    const reviewed = (await readFile(reviewedPath, 'utf8'))
      .replace('draft: true\n', '')
      .replace(/ \[TODO[^\]]*\]/g, '');
    await writeFile(reviewedPath, reviewed);

    const same = await ingestArticle({ file: ARTICLE, contentDir: content, id: 'wire-1', force: true });
    expect(same.status).toBe('same');
    expect(existsSync(path.join(content, rejectedStatement))).toBe(false);
    // Its summary lists no drafts: none were written, and a plan drafted again would not match.
    expect(summary(same)).toContain('nothing written');
    expect(summary(same)).not.toMatch(/^(Statements|Events) \(/m);
    expect(summary(first)).toMatch(/^Statements \(/m);

    const changed = path.join(dir, 'changed.txt');
    await writeFile(
      changed,
      `${await readFile(ARTICLE, 'utf8')}Officials said on Monday that more talks were planned.\n`,
    );
    const forced = await ingestArticle({ file: changed, contentDir: content, id: 'wire-1', force: true });
    expect(forced.status).toBe('replaced');
    expect(forced.plan.skippedRejected).toEqual(expect.arrayContaining([rejectedStatement, rejectedEvent]));
    expect(existsSync(path.join(content, rejectedStatement))).toBe(false);
    expect(existsSync(path.join(content, rejectedEvent))).toBe(false);
    expect(await readFile(reviewedPath, 'utf8')).toBe(reviewed);
    const [manifest] = await readManifests(content);
    expect(
      manifest!.items
        .filter((i) => i.state === 'rejected')
        .map((i) => i.path)
        .sort(),
    ).toEqual([rejectedEvent, rejectedStatement].sort());

    // …and again: the record keeps the rejection even though the file names are not in the new plan.
    const again = await ingestArticle({ file: ARTICLE, contentDir: content, id: 'wire-1', force: true });
    expect(again.plan.files.map((f) => f.path)).not.toContain(rejectedStatement);
    expect(existsSync(path.join(content, rejectedEvent))).toBe(false);
  });

  it('a rejected article is refused until its record is deleted', async () => {
    await ingestArticle({ file: ARTICLE, contentDir: content });
    await rm(path.join(content, 'articles/example-wire-2025-03-20.md'));
    await expect(ingestArticle({ file: ARTICLE, contentDir: content, force: true })).rejects.toThrow(
      /was ingested before and rejected .*delete its record content\/.ingest\/manifests\/example-wire-2025-03-20.json/,
    );
    await expect(ingestArticle({ file: ARTICLE, contentDir: content, id: 'new-name' })).rejects.toThrow(
      /ingested before as article "example-wire-2025-03-20" and rejected/,
    );
  });
});

describe('an event the site already has', { timeout: 30_000 }, () => {
  it('gets a source proposal, not a second event; accepting it appends the source and nothing else', async () => {
    const result = await ingestArticle({ file: FOLLOW_UP, contentDir: content });
    expect(result.plan.proposals).toEqual([
      expect.objectContaining({ event: '2025-03-11-talks', excerpt: expect.stringMatching(/^Talks in Jeddah/) }),
    ]);
    expect(result.plan.events.map((e) => e.excerpt)).not.toContainEqual(expect.stringMatching(/^Talks in Jeddah/));
    const eventFile = path.join(content, 'events/2025-03-11-talks.md');
    const before = await readFile(eventFile, 'utf8');
    const { proposals } = await loadProposals(content);
    expect(proposals.map((p) => p.data.event)).toEqual(['2025-03-11-talks']);
    // The proposal is no content entry: no loader reads it.
    expect((await loadContentDir(content, content)).content.events.map((e) => e.id)).not.toContainEqual(
      expect.stringContaining('harbor'),
    );

    const accepted = await acceptProposal(path.join(content, proposals[0]!.path), content);
    expect(accepted.warning).toMatch(/still a draft/);
    const after = await readFile(eventFile, 'utf8');
    const added = after.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(added).toEqual([
      '  - article: "harbor-daily-2025-03-12"',
      `    excerpt: ${JSON.stringify(proposals[0]!.data.excerpt)}`,
    ]);
    expect((await loadProposals(content)).proposals).toEqual([]);
    expect(await problemsOf()).toBe('');
    // Re-running never proposes it again.
    const again = await ingestArticle({ file: FOLLOW_UP, contentDir: content, force: true, dryRun: true });
    expect(again.plan.proposals).toEqual([]);
  });

  it('a rejected (deleted) proposal is not made again', async () => {
    await ingestArticle({ file: FOLLOW_UP, contentDir: content, id: 'follow' });
    const { proposals } = await loadProposals(content);
    await rm(path.join(content, proposals[0]!.path));
    const changed = path.join(dir, 'changed.txt');
    await writeFile(changed, `${await readFile(FOLLOW_UP, 'utf8')}Delegations met again on Wednesday.\n`);
    const forced = await ingestArticle({ file: changed, contentDir: content, id: 'follow', force: true });
    expect(forced.plan.proposals).toEqual([]);
    expect(forced.plan.skippedRejected).toContain(proposals[0]!.path);
  });

  it('is recognised by overlapping dates and shared actors or words', () => {
    const event = {
      id: 'e',
      filePath: 'e.md',
      body: '',
      data: eventSchema.parse({
        title: 'Talks in Jeddah',
        summary: 'The talks ended with a joint statement.',
        date: '2025-03-11',
        dateBasis: 'x',
        status: 'confirmed',
        actors: ['marco-rubio'],
        sources: [{ article: 'a', excerpt: 'The talks in Jeddah ended on Tuesday.' }],
      }),
    };
    const text = 'Talks in Jeddah ended on Tuesday with a statement.';
    expect(likelyDuplicate({ text, date: '2025-03-11', actors: [] }, [event])?.event.id).toBe('e');
    expect(likelyDuplicate({ text, date: '2025-03-20', actors: [] }, [event])).toBeNull();
    expect(
      likelyDuplicate({ text: 'Rubio spoke in Jeddah.', date: '2025-03-11', actors: ['marco-rubio'] }, [event]),
    ).toBeNull();
    expect(
      likelyDuplicate({ text: 'Rubio said the Jeddah talks went well.', date: '2025-03', actors: ['marco-rubio'] }, [
        event,
      ])?.sharedActors,
    ).toEqual(['marco-rubio']);
    expect(periodsOverlap({ date: '2025-03-14', approximate: true }, { date: '2025-03-11' })).toBe(true);
    expect(periodsOverlap({ date: '2025-03-15', approximate: true }, { date: '2025-03-11' })).toBe(false);
  });

  it('appending a source keeps every other line of the event file', () => {
    const text = '---\ntitle: "T"\nsources:\n  - article: "a"\n    excerpt: "x"\ntags: ["t"]\n---\nBody.\n';
    expect(addSourceToEventText(text, { article: 'b', excerpt: 'say "y"' })).toBe(
      '---\ntitle: "T"\nsources:\n  - article: "a"\n    excerpt: "x"\n  - article: "b"\n    excerpt: "say \\"y\\""\ntags: ["t"]\n---\nBody.\n',
    );
  });
});

describe('draft placeholders', { timeout: 30_000 }, () => {
  it('fail the content check as file: field: reason once draft: true is removed, and only then', async () => {
    const result = await ingestArticle({ file: ARTICLE, contentDir: content });
    expect(await problemsOf()).toBe('');
    const event = `events/${result.plan.events[0]!.id}.md`;
    const file = path.join(content, event);
    const draft = await readFile(file, 'utf8');
    expect(draft).toMatch(PLACEHOLDER_PATTERN);
    await writeFile(file, draft.replace('draft: true\n', ''));
    const problems = await problemsOf();
    expect(problems.split('\n').sort()).toEqual(
      [
        `${event}: (narrative): ${expect.any(String)}`,
        `${event}: dateBasis: ${expect.any(String)}`,
        `${event}: title: ${expect.any(String)}`,
      ]
        .sort()
        .map(() =>
          expect.stringMatching(
            new RegExp(
              `^${event.replace(/[.]/g, '\\.')}: (title|dateBasis|\\(narrative\\)): still holds the draft placeholder`,
            ),
          ),
        ),
    );
    await writeFile(
      file,
      draft
        .replace('draft: true\n', '')
        .replace(/ ?\[TODO[^\]]*\]/g, '')
        .replace(/^\n*$/m, '')
        .concat('A narrative.\n'),
    );
    expect(await problemsOf()).toBe('');
  });

  it('the rule ignores drafts and verbatim fields', () => {
    const entry = (data: Record<string, unknown>, body = '') => ({
      id: 'x',
      filePath: 'statements/x.md',
      body,
      data: data as never,
    });
    const content = {
      articles: [],
      actors: [],
      events: [],
      statements: [
        entry({ quote: '[TODO] said', sources: [{ article: 'a', excerpt: '[TODO]' }], context: 'ok', draft: false }),
        entry({ context: '[TODO: x]', draft: true }),
      ],
    };
    expect(checkPlaceholders(content)).toEqual([]);
    content.statements.push(entry({ context: 'Quoted [TODO: check]', draft: false }));
    expect(checkPlaceholders(content)).toEqual([
      { file: 'statements/x.md', field: 'context', message: expect.stringMatching(/placeholder/) },
    ]);
  });
});
