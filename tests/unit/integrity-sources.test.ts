import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE, problemsOf } from '../helpers';

/**
 * The rules of issue 14 (future announcements, fragments, other reports of a quote, former ids,
 * sources that differ, involvement of actors) and the schema of corrections, each on a broken copy
 * of tests/fixtures/valid, each naming file and field.
 */

/** A fixture file with each `search` replaced by its `replacement` (each must occur). */
async function edit(file: string, ...pairs: Array<[string, string]>): Promise<Record<string, string>> {
  let text = await readFile(path.join(VALID_FIXTURE, file), 'utf8');
  for (const [search, replacement] of pairs) {
    expect(text).toContain(search);
    text = text.replace(search, replacement);
  }
  return { [file]: text };
}

/** A second article, published the day after the sample article, that differs from it. */
const SECOND = {
  'articles/second-article.md': `---
title: "Second article"
publisher: "Other Wire"
published: "2025-03-12"
publishedBasis: "Printed in the byline."
---
Rubio said the “ball is in Russia’s court” after the talks.
The talks in Jeddah ended with a joint statement whose terms depend on Russia’s acceptance.
The statement said the U.S. will resume aid.
`,
};

const EVENT = 'events/2025-03-11-talks.md';
const TRIP = 'events/2025-03-witkoff-trip.md';
const QUOTE = 'statements/rubio-ball-in-their-court.md';

describe('(a) nothing announced as future starts before its announcement', () => {
  it('a planned item dated before the article that announces it', async () => {
    const { problems } = await problemsOf(await edit(TRIP, ['date: "2025-03-17"', 'date: "2025-03-10"']));
    expect(problems).toEqual([
      {
        file: TRIP,
        field: 'date',
        message: expect.stringContaining('2025-03-10 is before 2025-03-11, when article "sample-article"'),
      },
    ]);
  });

  it('an item whose excerpt reports it as future (“will … next week”), whatever its status', async () => {
    const { problems } = await problemsOf(
      await edit(
        TRIP,
        ['status: "planned"', 'status: "reported"'],
        ['date: "2025-03-17"', 'date: "2025-03-10"'],
        ['endDate: "2025-03-23"', 'endDate: "2025-03-11"'],
      ),
    );
    expect(problems).toEqual([
      { file: TRIP, field: 'date', message: expect.stringContaining('its excerpt reports it as future (“will”') },
    ]);
  });

  it('but not when the excerpt attributes the future to a statement, dated by the statement', async () => {
    const { text } = await problemsOf({
      ...SECOND,
      ...(await edit(EVENT, ['tags: ["jeddah-talks"]', 'tags: ["jeddah-talks"]\nrelated: []'])),
      'events/2025-03-11-aid.md': `---
title: "U.S. to resume aid"
summary: "The statement said so."
date: "2025-03-11"
dateBasis: "The statement of 11 March."
status: "confirmed"
sources:
  - article: "second-article"
    excerpt: "The statement said the U.S. will resume aid."
---
`,
    });
    expect(text).toBe('');
  });
});

describe('(c) a quote shorter than three words says why it is kept', () => {
  it('a two-word quote without fragment and reason', async () => {
    const { problems } = await problemsOf(
      await edit(QUOTE, ['quote: "The ball is now in their court"', 'quote: "The ball"']),
    );
    expect(problems).toEqual([{ file: QUOTE, field: 'quote', message: expect.stringContaining('has 2 word(s)') }]);
  });

  it('a fragment without its reason, and a reason without the mark', async () => {
    const marked = await problemsOf(
      await edit(QUOTE, ['quote: "The ball is now in their court"', 'quote: "The ball"\nfragment: true']),
    );
    expect(marked.problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      `${QUOTE}: quote`,
      `${QUOTE}: fragmentReason`,
    ]);
    const reason = await problemsOf(
      await edit(QUOTE, ['status: "confirmed"', 'status: "confirmed"\nfragmentReason: "x"']),
    );
    expect(reason.problems).toEqual([{ file: QUOTE, field: 'fragment', message: expect.stringContaining('not true') }]);
  });

  it('accepts a fragment with its reason', async () => {
    const { text } = await problemsOf(
      await edit(QUOTE, [
        'quote: "The ball is now in their court"',
        'quote: "The ball"\nfragment: true\nfragmentReason: "Only these words are quoted."',
      ]),
    );
    expect(text).toBe('');
  });
});

describe('one remark, several reports', () => {
  const report = (wording: string, excerpt = 'Rubio said the “ball is in Russia’s court” after the talks.') =>
    `reports:\n  - article: "second-article"\n    excerpt: "${excerpt.replace(/"/g, '\\"')}"\n    wording: "${wording}"\nstatus: "confirmed"`;

  it('accepts another source’s wording inside its excerpt, and a former id', async () => {
    const { text } = await problemsOf({
      ...SECOND,
      ...(await edit(QUOTE, [
        'status: "confirmed"',
        `${report('ball is in Russia’s court')}\naliases: ["rubio-old-id"]`,
      ])),
    });
    expect(text).toBe('');
  });

  it('a wording that is not in its excerpt', async () => {
    const { problems } = await problemsOf({
      ...SECOND,
      ...(await edit(QUOTE, ['status: "confirmed"', report('ball is in Moscow’s court')])),
    });
    expect(problems).toEqual([
      {
        file: QUOTE,
        field: 'reports[0].wording',
        message: expect.stringContaining('wording not found in its excerpt'),
      },
    ]);
  });

  it('an excerpt of a report that is not in its article (the citations rule finds it)', async () => {
    const { problems } = await problemsOf({
      ...SECOND,
      ...(await edit(QUOTE, [
        'status: "confirmed"',
        report('ball is in Russia’s court', 'the “ball is in Russia’s court” today'),
      ])),
    });
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${QUOTE}: reports[0].excerpt`]);
  });

  it('a former id that is the id of a statement', async () => {
    const { problems } = await problemsOf(
      await edit(QUOTE, ['status: "confirmed"', 'status: "confirmed"\naliases: ["rubio-ball-in-their-court"]']),
    );
    expect(problems).toEqual([
      { file: QUOTE, field: 'aliases[0]', message: expect.stringContaining('not a former id') },
    ]);
  });
});

describe('sources that differ', () => {
  const conditional = `  - article: "second-article"
    excerpt: "The talks in Jeddah ended with a joint statement whose terms depend on Russia’s acceptance."
tags:`;

  it('refuses an event whose sources give a condition and no condition, without accounts', async () => {
    const { problems } = await problemsOf({ ...SECOND, ...(await edit(EVENT, ['tags:', conditional])) });
    expect(problems).toEqual([
      {
        file: EVENT,
        field: 'accounts',
        message: expect.stringContaining(
          'the sources differ: sources[1] ("second-article") makes it depend on a condition',
        ),
      },
    ]);
  });

  const accounts = (second: string) => `${conditional.replace('\ntags:', '')}
accounts:
  - article: "sample-article"
    excerpt: "The talks in Jeddah ended on Tuesday"
    says: "No condition."
  - article: "${second}"
    excerpt: "whose terms depend on Russia’s acceptance"
    says: "A condition."
tags:`;

  it('accepts the event when it gives each account', async () => {
    const { text } = await problemsOf({ ...SECOND, ...(await edit(EVENT, ['tags:', accounts('second-article')])) });
    expect(text).toBe('');
  });

  it('accounts from one article only, or from an article not among the sources', async () => {
    const one = await problemsOf({
      ...SECOND,
      ...(await edit(EVENT, [
        'tags:',
        `accounts:\n  - article: "sample-article"\n    excerpt: "The talks in Jeddah"\n    says: "a"\n  - article: "sample-article"\n    excerpt: "ended on Tuesday"\n    says: "b"\ntags:`,
      ])),
    });
    expect(one.problems).toEqual([
      { file: EVENT, field: 'accounts', message: expect.stringContaining('at least two articles') },
    ]);
    const outside = await problemsOf({
      ...SECOND,
      ...(await edit(EVENT, [
        'tags:',
        `accounts:\n  - article: "sample-article"\n    excerpt: "The talks in Jeddah"\n    says: "a"\n  - article: "second-article"\n    excerpt: "The statement said"\n    says: "b"\ntags:`,
      ])),
    });
    expect(outside.problems).toEqual([
      { file: EVENT, field: 'accounts[1].article', message: expect.stringContaining('not among the event') },
    ]);
  });
});

describe('roles kept apart', () => {
  const outlet = `---
name: "Sample News"
kind: "organisation"
sources:
  - article: "sample-article"
    excerpt: "Secretary of State Marco Rubio said."
---
`;

  it('an outlet (the publisher of a cited article) as a participant', async () => {
    const { problems } = await problemsOf({
      'actors/sample-news.md': outlet,
      ...(await edit(EVENT, ['actors: ["marco-rubio"]', 'actors: ["marco-rubio", "sample-news"]'])),
    });
    expect(problems).toEqual([
      { file: EVENT, field: 'actors[1]', message: expect.stringContaining('"sample-news" is a news outlet') },
    ]);
  });

  it('accepts it as the reporting outlet, or with kind "outlet" and no involvement given', async () => {
    const asOutlet = await problemsOf({
      'actors/sample-news.md': outlet,
      ...(await edit(EVENT, [
        'actors: ["marco-rubio"]',
        'actors: ["marco-rubio", "sample-news"]\ninvolvement:\n  sample-news: "outlet"',
      ])),
    });
    expect(asOutlet.text).toBe('');
    const byKind = await problemsOf({
      'actors/sample-news.md': outlet.replace('"organisation"', '"outlet"'),
      ...(await edit(EVENT, ['actors: ["marco-rubio"]', 'actors: ["marco-rubio", "sample-news"]'])),
    });
    expect(byKind.text).toBe('');
  });

  it('an involvement for an actor not in the event, and a person as an outlet', async () => {
    const { problems } = await problemsOf(
      await edit(EVENT, [
        'actors: ["marco-rubio"]',
        'actors: ["marco-rubio"]\ninvolvement:\n  russia: "subject"\n  marco-rubio: "outlet"',
      ]),
    );
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      `${EVENT}: involvement.russia`,
      `${EVENT}: involvement.marco-rubio`,
    ]);
  });

  it('an unknown involvement is a schema error', async () => {
    const { problems } = await problemsOf(
      await edit(EVENT, ['actors: ["marco-rubio"]', 'actors: ["marco-rubio"]\ninvolvement:\n  marco-rubio: "host"']),
    );
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${EVENT}: involvement.marco-rubio`]);
  });
});

describe('corrections', () => {
  it('accepts a correction with its day and what changed', async () => {
    const { text } = await problemsOf(
      await edit(EVENT, [
        'status: "confirmed"',
        'status: "confirmed"\ncorrections:\n  - date: "2026-11-25"\n    what: "Fixed."',
      ]),
    );
    expect(text).toBe('');
  });

  it('a correction dated only to the month, or saying nothing', async () => {
    const { problems } = await problemsOf(
      await edit(EVENT, [
        'status: "confirmed"',
        'status: "confirmed"\ncorrections:\n  - date: "2026-11"\n    what: ""',
      ]),
    );
    expect(problems.map((p) => `${p.file}: ${p.field}`).sort()).toEqual([
      `${EVENT}: corrections[0].date`,
      `${EVENT}: corrections[0].what`,
    ]);
  });
});
