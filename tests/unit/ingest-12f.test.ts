import { describe, expect, it } from 'vitest';
import { backgroundDates, findDate } from '../../src/ingest/dates';
import { happeningsOf } from '../../src/ingest/happenings';
import { checkPlan, type IngestPlan } from '../../src/ingest/plan';
import { settlePlan } from '../../src/ingest/settle';
import { parseEntry } from '../../src/io/markdown';
import { NO_CONTENT as NONE, planArticle as plan, readQuotes } from '../ingest-read';

// The patterns of issue 12f, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

const PUBLISHED = new Date('2026-05-14T12:00:00Z'); // a Thursday
/** The problems the content checks find in a plan's drafts. */
const problemsOf = (p: IngestPlan) => checkPlan(p, NONE, (f) => parseEntry(f.collection, `content/${f.path}`, f.text));
/** The event drafts of a plan as [date, status, first excerpt]. */
const events = (p: IngestPlan) =>
  p.files
    .filter((f) => f.collection === 'events')
    .map((f) => [/^date: '?([\d-]+)/m.exec(f.text)?.[1], /^status: '?(\w+)/m.exec(f.text)?.[1], f.path]);

describe('the ingest never drafts what its own checks refuse', () => {
  it('"is due to rule on …, its largest project, by April 2": the clause with the verb makes the date future', () => {
    const s = 'The Velmar Water Board is due to rule on the Oskel reservoir, its largest project, by April 2.';
    expect(findDate(s, PUBLISHED)).toMatchObject({ date: '2027-04-02', future: true });
    const p = plan(s);
    expect(problemsOf(p)).toEqual([]);
    expect(events(p)).toEqual([['2027-04-02', 'planned', expect.any(String)]]);
  });
  it('a future-worded happening whose date still reads as past is dated from the publication, planned', () => {
    const p = plan('The Orrin ferry line is due to reopen, its owners hope, in March.');
    expect(problemsOf(p)).toEqual([]);
    expect(events(p)).toEqual([['2026-05-14', 'planned', expect.any(String)]]);
    const file = p.files.find((f) => f.collection === 'events')!;
    expect(file.text).toMatch(/read as 2026-03, before the article that announces it as future/);
    expect(file.text).toContain('[TODO: set the date the article announces]');
  });
  it('"opened an inquiry last month and is due to report by June 30": the past clause ends before the future one', () => {
    const p = plan(
      "The Tessaly Rowing Union's ethics panel opened an inquiry into the club's accounts last month and is due to report by June 30.",
    );
    expect(problemsOf(p)).toEqual([]);
    expect(events(p).map(([date, status]) => [date, status])).toEqual([
      ['2026-04', 'reported'],
      ['2026-06-30', 'planned'],
    ]);
  });
  it('a draft the checks still refuse is left out and named, and the rest of the article is kept', () => {
    const p = plan('Harlan Dace, the port director, said on Tuesday: "We will reopen the quay on Friday."');
    const statement = p.files.find((f) => f.collection === 'statements')!;
    const refuse = (q: IngestPlan) =>
      q.files.includes(statement) ? [{ file: `content/${statement.path}`, field: 'date', message: 'refused' }] : [];
    expect(settlePlan(p, refuse)).toEqual([]);
    expect(p.leftOut).toEqual([{ path: statement.path, why: 'date: refused' }]);
    expect(p.statements).toEqual([]);
    expect(p.files.some((f) => f.collection === 'articles')).toBe(true);
  });
  it('a problem of the article itself still stops the ingest', () => {
    const p = plan('The quay reopened on Tuesday.');
    const article = p.files.find((f) => f.collection === 'articles')!;
    const problem = { file: `content/${article.path}`, field: 'published', message: 'refused' };
    expect(settlePlan(p, () => [problem])).toEqual([problem]);
  });
});

describe('two speakers in one paragraph, and split quotes', () => {
  /** A registry that knows a trade minister, whose title the text also uses for someone else. */
  const known = [
    {
      id: 'mira-stoll',
      data: {
        name: 'Mira Stoll',
        aliases: ['Stoll'],
        kind: 'person' as const,
        roles: [{ title: 'Trade Minister', article: 'background' }],
      },
    },
  ];
  const read = (text: string) => readQuotes(text, { publisher: 'Quillon Ledger', known });
  it('"said <Country>’s deputy trade minister, <Name>": the person named, not the known holder of a like title', () => {
    const { who } = read('“The quota stays,” said Harthland’s deputy trade minister, Oswin Pellar.');
    expect(who).toEqual({ 'The quota stays': 'Oswin Pellar' });
  });
  it('"<Country>’s <First> <Last> replied": the possessive is no part of the name, "replied" marks a speaker', () => {
    const { who, members } = read('“We never agreed to it,” Dovaria’s Ilka Serrano replied.');
    expect(who).toEqual({ 'We never agreed to it': 'Ilka Serrano' });
    expect(members.some((m) => m.name.includes('Dovaria’s'))).toBe(false);
  });
  it('two speakers alternate in a paragraph, a split quote keeps its speaker, and a bare quote paragraph continues it', () => {
    const { who } = read(
      '“The quota stays,” said Harthland’s deputy trade minister, Oswin Pellar. “We never agreed to it,” Dovaria’s Ilka Serrano replied. “Not once.”\n\n“We came to trade,” Serrano said, “not to haggle over old lists.”\n\n“My cabinet gave me one more week.”',
    );
    expect(who).toEqual({
      'The quota stays': 'Oswin Pellar',
      'We never agreed to it': 'Ilka Serrano',
      'Not once.': 'Ilka Serrano',
      'We came to trade': 'Ilka Serrano',
      'not to haggle over old lists': 'Ilka Serrano',
      'My cabinet gave me one more week.': 'Ilka Serrano',
    });
  });
});

describe('scenes of speaking and letters are no news', () => {
  it('"Addressing a rally … on Monday afternoon, <Name> told the crowd …" is no happening; in a Monday article that Monday', () => {
    const monday = new Date('2026-05-11T12:00:00Z');
    const s =
      'Addressing a rally outside the Harth depot on Monday afternoon, guild secretary Wenna Drace told the crowd the drivers had waited long enough.';
    expect(happeningsOf(s, monday)).toEqual([]);
    expect(findDate('The drivers marched on Monday afternoon.', monday)?.date).toBe('2026-05-11');
  });
  it('"In a letter to <someone> last week, <body> warned that … “…”": the letter is the document, dated last week, and no event', () => {
    const p = plan(
      'The Harth Drivers Guild wrote to the mayor. In a letter to the mayor last week, the guild warned that drivers were "quitting faster than we can train them" and that a stoppage would begin on May 29.',
    );
    expect(p.statements.map((s) => [s.quote, s.date])).toEqual([['quitting faster than we can train them', '2026-05']]);
    const speaker = p.actors.find((a) => a.id === p.statements[0]!.speaker?.id);
    expect(speaker).toMatchObject({ kind: 'document', name: expect.stringMatching(/letter$/) });
    expect(events(p).map(([date, status]) => [date, status])).toEqual([['2026-05-29', 'planned']]);
  });
});

describe('"he said" and "she said" after someone speaks without quotes', () => {
  it('"<Name>, a spokesman for council leader <Name2>, said <Name2> would …" then “…,” he said: the spokesman', () => {
    const { who } = readQuotes(
      'Oren Talby, a spokesman for council leader Brice Hallam-Oke, said Mr Hallam-Oke would see the drivers on Friday. "Nobody has been shut out," he said.',
      { publisher: 'Quillon Ledger' },
    );
    expect(who).toEqual({ 'Nobody has been shut out': 'Oren Talby' });
  });
  it('an unnamed source, then "Another, <Name> of <Place>, said she …" and “…,” she said: the person named', () => {
    const { who } = readQuotes(
      'One shop owner, who asked not to be named, told the Ledger trade was "down by half". Another, Tamsin Orrow of Pell Street Books in Harth, said she had opened for two hours. "It was not trading, it was waiting," she said.',
      { publisher: 'Quillon Ledger' },
    );
    expect(who).toEqual({
      'down by half': 'One shop owner (unnamed source)',
      'It was not trading, it was waiting': 'Tamsin Orrow',
    });
  });
});

describe('dates of clauses about the future and the past', () => {
  /** The happenings of a sentence as [excerpt, date, future] triples. */
  const happenings = (sentence: string) =>
    happeningsOf(sentence, PUBLISHED).map((h) => [h.excerpt, h.date.date, h.date.future ?? false]);
  it('"… met on Tuesday without a deal, but will meet again on June 2, the brokers said": two happenings, the second planned', () => {
    expect(
      happenings(
        'The two guilds met in Harth on Tuesday without a deal, but will meet again on June 2, the brokers said.',
      ),
    ).toEqual([
      ['The two guilds met in Harth on Tuesday without a deal', '2026-05-12', false],
      ['will meet again on June 2, the brokers said.', '2026-06-02', true],
    ]);
  });
  it('"…, and <Name> said crews would start … next week": the future of the reported words, not a past report', () => {
    expect(
      findDate('The port has reopened, and Drace said crews would start repairs next week.', PUBLISHED),
    ).toMatchObject({
      date: '2026-05',
      future: true,
    });
  });
  it('"the toll from Friday’s storm rose to 40 on Sunday": the date of a noun does not date the clause', () => {
    const sunday = new Date('2026-05-17T12:00:00Z');
    expect(findDate('The toll from Friday’s storm in Harth rose to 40 on Sunday.', sunday)?.date).toBe('2026-05-17');
    expect(findDate('Friday’s storm flooded the Harth depot.', sunday)?.date).toBe('2026-05-15');
  });
  it('"in March last year" is March of the year before; coordinated past clauses in a background clause are two happenings', () => {
    expect(findDate('The mill closed in March last year.', PUBLISHED)?.date).toBe('2025-03');
    expect(
      backgroundDates(
        'Orla Penn, who founded the mill in 1999 and sold it in March last year, spoke first.',
        PUBLISHED,
      ).map((b) => [b.clause, b.date.date]),
    ).toEqual([
      ['who founded the mill in 1999', '1999'],
      ['sold it in March last year', '2025-03'],
    ]);
  });
});

describe('an organisation’s written words', () => {
  const read = (text: string) => readQuotes(text, { publisher: 'Quillon Ledger' });
  it('"(Agency) -- <Company> Inc. …" is a dateline; "<First word> said in a statement" later is the company’s statement', () => {
    const { speaker, members } = read(
      '(Quillon Ledger) -- Tarrow Biologics Inc. shares fell on Monday. Tarrow said in a statement that it had cash "well into next year" and would keep its staff.',
    );
    expect(speaker('well into next year')).toMatchObject({ kind: 'document', name: 'Tarrow Biologics Inc statement' });
    expect(members.some((m) => m.name.includes('Quillon Ledger'))).toBe(false);
  });
  it('"In a preliminary report, the institute warned …" is the institute’s report', () => {
    const { speaker } = read(
      'The Harth Seismic Institute counted 40 tremors. In a preliminary report, the institute warned that more shocks were "likely for some days".',
    );
    expect(speaker('likely for some days')).toMatchObject({
      kind: 'document',
      name: 'Harth Seismic Institute preliminary report',
    });
  });
});
