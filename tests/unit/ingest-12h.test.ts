import { describe, expect, it } from 'vitest';
import { backgroundDates } from '../../src/ingest/dates';
import { sentences } from '../../src/ingest/segment';
import { planArticle as plan, planEvents as events, readLedger as read, speakerOf } from '../ingest-read';

// The patterns of issue 12h, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

const PUBLISHED = new Date('2026-05-14T12:00:00Z'); // a Thursday
/** The background clauses of a sentence as [excerpt, date]. */
const background = (sentence: string) => backgroundDates(sentence, PUBLISHED).map((b) => [b.clause, b.date.date]);

describe('ranks and hyphenated names', () => {
  it('"Lt. Cdr." ends no sentence; a rank is split off a hyphenated name compromise cuts short', () => {
    const text =
      '"The dam is holding," river police spokesman Lt. Cdr. Anselm Voring-Pask told reporters Tuesday. He said the road stayed shut.';
    expect(sentences(text)).toHaveLength(2);
    expect(speakerOf(text, 'The dam is holding')).toMatchObject({ name: 'Anselm Voring-Pask', kind: 'person' });
    expect(plan(text).statements.map((s) => s.date)).toEqual(['2026-05-12']);
    expect(events(text)).toEqual([]);
  });
  it('letters after a name ("KC", "MP") are no part of it, nor a body of their own', () => {
    const text = 'Their counsel, Ruth Ambrel-Shaw KC, told the tribunal on Monday: "The file was never opened."';
    expect(speakerOf(text, 'The file was')).toMatchObject({ name: 'Ruth Ambrel-Shaw', kind: 'person' });
    expect(read(text).members.map((m) => m.name)).not.toContain('KC');
  });
});

describe('names in quotation marks', () => {
  it('a nickname led by a lower-case "the" ("“the Grey Widow”") is a name, not a quote', () => {
    const { quotes } = read(
      'Fishermen have long called the reef "the Grey Widow", and harbour master Ines Tull said the light was "never meant for ships this big".',
    );
    expect(quotes.map((q) => q.quote)).toEqual(['never meant for ships this big']);
  });
});

describe('the date a text bears', () => {
  it('"The report, dated 4 March 2024, called …" and "In a memo dated 11 May, <Body> said …": the date dates the words, no event', () => {
    const report =
      'The surveyors’ report, dated 4 March 2024 and read aloud at the hearing, called the dam wall "tired but sound after eighty winters".';
    expect(events(report)).toEqual([]);
    expect(plan(report).statements.map((s) => s.date)).toEqual(['2024-03-04']);
    const memo = 'In a memo to staff dated 11 May, Orrin Foods said it "will not close the Dellin bakery".';
    expect(events(memo)).toEqual([]);
    expect(plan(memo).statements.map((s) => s.date)).toEqual(['2026-05-11']);
  });
});

describe('unnamed sources relayed by another outlet', () => {
  it('"A nurse quoted by the daily <Outlet> said …": the nurse, via that outlet', () => {
    const { speaker, members } = read(
      'A nurse quoted by the daily Harth Morning Post said the ward had been "full since the first frost".',
    );
    const s = speaker('full since the first');
    expect(s).toMatchObject({ name: 'A nurse (unnamed source)', anonymous: true });
    expect(members.find((m) => m.id === s?.via)?.name).toBe('Harth Morning Post');
  });
  it('"<Outlet> reported …. A foreman quoted by the paper said …": the outlet named before', () => {
    const { speaker, members } = read(
      'The Orvan weekly Tessel Herald reported that the mill would close. A foreman quoted by the paper said the owners had "given up on the valley".',
    );
    const s = speaker('given up on');
    expect(s).toMatchObject({ name: 'A foreman (unnamed source)', anonymous: true });
    expect(members.find((m) => m.id === s?.via)?.name).toBe('Tessel Herald');
  });
});

describe('bodies and their letters', () => {
  it('"In a notice to tenants sent last month, the Office for <X> said … will … on Monday, and that …": the office’s notice; the plan is news', () => {
    const text =
      'In a notice to tenants sent last month, the Office for Harbour Leases said mooring fees will rise on Monday, and that boats "must be moored bow-first from now on".';
    expect(speakerOf(text, 'must be moored')).toEqual({
      name: 'Office for Harbour Leases notice',
      kind: 'document',
      anonymous: false,
    });
    expect(events(text)).toEqual([['2026-05-18', 'planned']]);
    expect(plan(text).statements.map((s) => s.date)).toEqual(['2026-04']);
  });
  it('"In a statement, <Body> said": a body of one word met before ("grid operator Tarnel") speaks in its statement', () => {
    const text =
      'Water utility Tarnel said pressure would be back by noon. In a statement, Tarnel said a burst main had "emptied the reservoir in an hour".';
    expect(speakerOf(text, 'emptied the reservoir')).toEqual({
      name: 'Tarnel statement',
      kind: 'document',
      anonymous: false,
    });
  });
  it('"The ferry’s operator, Orsk Sound Lines, said in a statement": a body set off after "operator", not a person', () => {
    const text =
      'The ferry’s operator, Orsk Sound Lines, said in a statement that the crossing had been "rougher than forecast".';
    expect(speakerOf(text, 'rougher than')).toEqual({
      name: 'Orsk Sound Lines statement',
      kind: 'document',
      anonymous: false,
    });
    expect(speakerOf('The club’s coach, Ana Velk, said the team was "tired but happy".', 'tired but')).toMatchObject({
      name: 'Ana Velk',
      kind: 'person',
    });
  });
});

describe('orders in letters', () => {
  it('"In a letter to …, seen by <Outlet>, the ministry ordered … “…”": the ministry’s letter', () => {
    const text =
      'In a letter to head teachers, seen by the Ledger, the education ministry ordered every school to test its boilers "before the first frost".';
    expect(speakerOf(text, 'before the first frost')).toMatchObject({
      kind: 'document',
      name: expect.stringMatching(/ministry letter$/i),
    });
  });
});

describe('background clauses', () => {
  it('"The mill, which opened in 1952 and employs 300 people, …": the clause with its noun, ending at its date', () => {
    expect(background('The mill, which opened in 1952 and employs 300 people, sits below the weir.')).toEqual([
      ['The mill, which opened in 1952', '1952'],
    ]);
  });
  it('", carved by Piet Olm in 1781 and …": a past participle set off by a comma is a background clause; 1781 is a year', () => {
    expect(
      background('The oldest piece is the Dellin altar, carved by Piet Olm in 1781 and restored twice since.'),
    ).toEqual([['carved by Piet Olm in 1781', '1781']]);
    expect(background('Ada Brook wrote on social media on Tuesday that the pier would reopen.')).toEqual([]);
    expect(background('The motion was carried by 1800 votes to 400.')).toEqual([]);
  });
  it('"The hearing, chaired by Judge X, opened on Monday": the participle after the subject is the main verb; "that day" after it is Monday', () => {
    const text =
      'The hearing, chaired by retired judge Osric Lenn, opened on Monday. In his opening remarks that day, Lenn said the town "deserves the whole truth".';
    expect(background(text.split('. ')[0]!)).toEqual([]);
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
    expect(plan(text).statements.map((s) => s.date)).toEqual(['2026-05-11']);
    expect(background('Marl Shipping, founded in 1952, sold four ferries on Monday.')).toEqual([
      ['Marl Shipping, founded in 1952', '1952'],
    ]);
  });
});

describe('testimony', () => {
  it('"X warned Y that …, a coroner’s court heard on Tuesday": the hearing dates the telling, no event', () => {
    expect(
      events(
        'Inspectors warned the mill owners that the dam wall was leaking three years before it burst, a coroner’s court heard on Tuesday.',
      ),
    ).toEqual([]);
  });
});
