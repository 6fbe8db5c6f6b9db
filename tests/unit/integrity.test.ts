import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE, problemsOf } from '../helpers';

/** A fixture file with one `search` replaced by `replacement` (which must change it). */
async function edit(file: string, search: string, replacement: string): Promise<Record<string, string>> {
  const text = await readFile(path.join(VALID_FIXTURE, file), 'utf8');
  expect(text).toContain(search);
  return { [file]: text.replace(search, replacement) };
}

describe('the valid fixture', () => {
  it('has no problems', async () => {
    const { text } = await problemsOf({});
    expect(text).toBe('');
  });
});

describe('integrity rules, each naming file and field', () => {
  it('an unknown actor reference', async () => {
    const { problems } = await problemsOf(
      await edit('events/2025-03-11-talks.md', '["marco-rubio"]', '["marco-rubio", "nobody-known"]'),
    );
    expect(problems).toEqual([
      {
        file: 'events/2025-03-11-talks.md',
        field: 'actors[1]',
        message: expect.stringContaining('unknown actor "nobody-known"'),
      },
    ]);
  });

  it('an unknown speaker, event and article', async () => {
    const file = 'statements/rubio-ball-in-their-court.md';
    let changes = await edit(file, 'speaker: "marco-rubio"', 'speaker: "marco-rubi0"');
    changes = {
      [file]: changes[file]!.replace('event: "2025-03-11-talks"', 'event: "no-such-event"').replace(
        'article: "sample-article"',
        'article: "missing-article"',
      ),
    };
    const { problems } = await problemsOf(changes);
    const fields = problems.map((p) => `${p.file}: ${p.field}`);
    expect(fields).toEqual([`${file}: speaker`, `${file}: event`, `${file}: sources[0].article`]);
    expect(problems[2]!.message).toContain('unknown article "missing-article"');
  });

  it('an unknown related event and a dangling disputedBy', async () => {
    const file = 'events/2025-03-witkoff-trip.md';
    const changes = await edit(
      file,
      'related: ["2025-03-11-talks"]',
      'related: ["2025-03-11-talk"]\ndisputedBy: ["no-statement"]',
    );
    const { text } = await problemsOf(changes);
    expect(text).toContain(`${file}: related[0]: unknown event "2025-03-11-talk"`);
    expect(text).toContain(`${file}: disputedBy[0]: unknown statement "no-statement"`);
  });

  it('a duplicate id across sub-folders of one collection', async () => {
    const text = await readFile(path.join(VALID_FIXTURE, 'actors/russia.md'), 'utf8');
    const { problems } = await problemsOf({ 'actors/countries/russia.md': text });
    expect(problems).toEqual([
      {
        file: 'actors/russia.md',
        field: 'id',
        message: expect.stringContaining('duplicate actor id "russia" (also actors/countries/russia.md)'),
      },
    ]);
  });

  it('a file name that is not a valid id', async () => {
    const text = await readFile(path.join(VALID_FIXTURE, 'actors/russia.md'), 'utf8');
    const { problems } = await problemsOf({
      'actors/russia.md': null,
      'actors/Russia Federation.md': text,
      'events/2025-03-witkoff-trip.md': null,
    });
    expect(problems).toEqual([
      { file: 'actors/Russia Federation.md', field: 'id', message: expect.stringContaining('not a valid id') },
    ]);
  });

  it('an excerpt that is not in its article', async () => {
    const { problems } = await problemsOf(
      await edit(
        'events/2025-03-11-talks.md',
        'ended on Tuesday with a joint statement.',
        'ended on Wednesday with a joint statement.',
      ),
    );
    expect(problems).toEqual([
      {
        file: 'events/2025-03-11-talks.md',
        field: 'sources[0].excerpt',
        message: expect.stringContaining('excerpt not found in the text of article "sample-article"'),
      },
    ]);
    // It says where the excerpt departs from the article.
    expect(problems[0]?.message).toMatch(
      /the article has "[^"]*ended on " but not what follows: "Wednesday with a joint/,
    );
  });

  it('accepts an excerpt that differs only in whitespace, quote style and dashes', async () => {
    const { text } = await problemsOf(
      await edit(
        'statements/rubio-ball-in-their-court.md',
        '“The ball is now in their court,” Secretary',
        '\\"The ball is now   in their court,\\" Secretary',
      ),
    );
    expect(text).toBe('');
  });

  it('a quote that is in none of its sources', async () => {
    const file = 'statements/rubio-ball-in-their-court.md';
    const { problems } = await problemsOf(
      await edit(file, 'quote: "The ball is now in their court"', 'quote: "The ball is in their court"'),
    );
    expect(problems).toEqual([
      {
        file,
        field: 'quote',
        message: expect.stringContaining('quote not found in the text of any of its sources (sample-article)'),
      },
    ]);
  });

  it('a role title that its article does not give', async () => {
    const file = 'actors/marco-rubio.md';
    const { problems } = await problemsOf(
      await edit(file, 'title: "Secretary of State"', 'title: "Secretary of Defense"'),
    );
    expect(problems).toEqual([
      { file, field: 'roles[0].title', message: expect.stringContaining('role "Secretary of Defense" not found') },
    ]);
  });

  it('an event dated after the article that reports it', async () => {
    const file = 'events/2025-03-11-talks.md';
    const { problems } = await problemsOf(await edit(file, 'date: "2025-03-11"', 'date: "2025-03-12"'));
    expect(problems).toEqual([
      { file, field: 'date', message: expect.stringContaining('2025-03-12 is after 2025-03-11') },
    ]);
  });

  it('a statement whose end date is after its article', async () => {
    const file = 'statements/rubio-ball-in-their-court.md';
    const { problems } = await problemsOf(
      await edit(file, 'date: "2025-03-11"', 'date: "2025-03-10"\nendDate: "2025-04"'),
    );
    expect(problems).toEqual([
      { file, field: 'endDate', message: expect.stringContaining('2025-04 is after 2025-03-11') },
    ]);
  });

  it('allows a planned event after its article, and a month that contains the publication day', async () => {
    const { text } = await problemsOf(
      await edit('events/2025-03-11-talks.md', 'date: "2025-03-11"', 'date: "2025-03"'),
    );
    expect(text).toBe('');
  });

  it('the planned exception applies only to planned items', async () => {
    const file = 'events/2025-03-witkoff-trip.md';
    const { problems } = await problemsOf(await edit(file, 'status: "planned"', 'status: "reported"'));
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${file}: date`, `${file}: endDate`]);
  });

  it('an end date before the start', async () => {
    const file = 'events/2025-03-witkoff-trip.md';
    const { problems } = await problemsOf(await edit(file, 'endDate: "2025-03-23"', 'endDate: "2025-03-16"'));
    expect(problems).toEqual([
      { file, field: 'endDate', message: 'end date 2025-03-16 is before the date 2025-03-17' },
    ]);
  });
});

describe('schema errors, each naming file and field', () => {
  it('an impossible calendar date is an error, not a roll-over', async () => {
    const file = 'events/2025-03-11-talks.md';
    const { problems } = await problemsOf(await edit(file, 'date: "2025-03-11"', 'date: "2025-02-30"'));
    expect(problems).toEqual([
      {
        file,
        field: 'date',
        message: '"2025-02-30" is not a real calendar date (expected "YYYY-MM-DD", "YYYY-MM" or "YYYY")',
      },
    ]);
  });

  it('an unquoted YAML date is refused with a hint, and an unquoted impossible one is never rolled over', async () => {
    // Astro's front-matter parser turns unquoted dates into timestamps (2025-02-30 would become 2 March).
    const file = 'events/2025-03-11-talks.md';
    const valid = await problemsOf(await edit(file, 'date: "2025-03-11"', 'date: 2025-03-11'));
    expect(valid.problems).toEqual([
      { file, field: 'date', message: expect.stringContaining('write the date in quotes') },
    ]);
    const impossible = await problemsOf(await edit(file, 'date: "2025-03-11"', 'date: 2025-02-30'));
    expect(impossible.problems).toEqual([
      { file, field: 'date', message: expect.stringContaining('write the date in quotes') },
    ]);
  });

  it('a missing required field', async () => {
    const file = 'statements/rubio-ball-in-their-court.md';
    const { problems } = await problemsOf(await edit(file, 'speaker: "marco-rubio"\n', ''));
    expect(problems).toEqual([{ file, field: 'speaker', message: expect.stringContaining('expected an id') }]);
  });

  it('an unknown field', async () => {
    const file = 'events/2025-03-11-talks.md';
    const { problems } = await problemsOf(
      await edit(file, 'status: "confirmed"', 'status: "confirmed"\nsatus: "denied"'),
    );
    expect(problems).toEqual([{ file, field: 'satus', message: expect.stringContaining('Unrecognized key') }]);
  });

  it('an unknown status', async () => {
    const file = 'events/2025-03-11-talks.md';
    const { problems } = await problemsOf(await edit(file, 'status: "confirmed"', 'status: "rumoured"'));
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${file}: status`]);
  });

  it('an event without sources', async () => {
    const file = 'events/2025-03-witkoff-trip.md';
    const text = (await readFile(path.join(VALID_FIXTURE, file), 'utf8')).replace(
      /sources:\n(?: {2}.*\n)+/,
      'sources: []\n',
    );
    const { problems } = await problemsOf({ [file]: text });
    expect(problems).toEqual([{ file, field: 'sources', message: 'at least one source is required' }]);
  });

  it('bad YAML', async () => {
    const file = 'actors/russia.md';
    const { problems } = await problemsOf(await edit(file, 'kind: "country"', 'kind: "country\n  bad: [unclosed'));
    expect(problems).toEqual([{ file, field: '(front matter)', message: expect.stringContaining('invalid YAML') }]);
  });

  it('an empty file', async () => {
    const { problems } = await problemsOf({ 'actors/empty.md': '' });
    expect(problems).toEqual([{ file: 'actors/empty.md', field: '(file)', message: 'the file is empty' }]);
  });
});
