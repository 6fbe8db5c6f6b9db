import { describe, expect, it } from 'vitest';
import { readQuotes } from '../ingest-read';
import { findDate } from '../../src/ingest/dates';
import { isFuture } from '../../src/ingest/nlp';
import { kindOfPhrase, phraseAfter, phraseBefore } from '../../src/ingest/phrases';

// The general rules of the English reading, each on sentences written for this file: every
// name, place, outlet and role word here is invented, and none comes from the test articles.

/** Reads `text` with an empty registry; returns each quote's speaker as the cast has it. */
function read(text: string, publisher = 'Brindle Gazette') {
  return readQuotes(text, { publisher });
}
const PUBLISHED = new Date('2026-02-11T12:00:00Z'); // a Wednesday

describe('titles are every capitalised word up to the last role word compromise knows', () => {
  it('a country adjective and an unknown word before the role stay in the title', () => {
    const { speaker } = read(
      'Pelorian Forestry Commissioner Ines Walde said the logging ban was "overdue by a decade".',
    );
    expect(speaker('overdue')).toMatchObject({ name: 'Ines Walde', title: 'Pelorian Forestry Commissioner' });
  });
  it('a lower-case title before a name, with its modifier', () => {
    const { speaker } = read('Canal inspector Eskil Dunn said the locks were "rusted shut in places".');
    expect(speaker('rusted')?.name).toBe('Eskil Dunn');
  });
  it('a lower-case role set off by commas before the name', () => {
    const { speaker } = read('"The grid will hold," the region\'s water commissioner, Brannoch Tell, told reporters.');
    expect(speaker('The grid')).toMatchObject({ name: 'Brannoch Tell' });
    expect(speaker('The grid')?.title).toMatch(/water commissioner$/);
  });
});

describe('a common noun phrase that is the subject of a speech verb speaks', () => {
  it('an unnamed person, and "the <same noun>" later is the same person, with the outlet as via', () => {
    const { speaker, cast } = read(
      'A Tollish surveyor told Quillon Radio that the dyke had shifted. "Nobody measured it for years," the surveyor said.',
    );
    const s = speaker('Nobody measured');
    expect(s?.anonymous).toBe(true);
    expect(cast.members.get(s!.via!)?.name).toBe('Quillon Radio');
  });
  it('an unnamed person met for the first time with "the"', () => {
    expect(read('"The valves were never tested," the harbour pilot said.').speaker('The valves')?.anonymous).toBe(true);
  });
  it('a group, with a modifier after its head, and an auxiliary before the verb', () => {
    const { speaker } = read('Opponents in the assembly have branded the scheme "a gift to landlords".');
    expect(speaker('a gift')).toMatchObject({ anonymous: true, name: 'Opponents in the assembly (unnamed source)' });
    expect(
      read('Three people briefed on the audit said the ledger was "missing whole pages".').speaker('missing')
        ?.anonymous,
    ).toBe(true);
  });
  it('an inverted attribution: "…, said a senior …"', () => {
    expect(read('"We were never asked," said a senior dockyard foreman.').speaker('We were')?.anonymous).toBe(true);
  });
  it('a spokesperson for a named minister is the spokesperson, unnamed', () => {
    const { speaker } = read('A spokeswoman for Tillage Minister Corve Abban said the quota was "settled for good".');
    expect(speaker('settled')).toMatchObject({ anonymous: true });
    expect(speaker('settled')?.name).not.toBe('Corve Abban');
  });
  it('"the <role>" is the named person whose title has that role', () => {
    const { speaker } = read(
      'Ferrolan Mining Minister Ysolde Parr closed the pit on Monday. "It was unsafe," the minister said.',
    );
    expect(speaker('It was unsafe')?.name).toBe('Ysolde Parr');
  });
  it('an unnamed speaker that no quote needs is not proposed as an actor', () => {
    const { members } = read('Several dockers said the cranes were idle. Ysolde Parr visited the port.');
    expect(members.some((m) => m.anonymous)).toBe(false);
  });
});

describe('a noun phrase that speaks like a text is a document', () => {
  it('"the <noun> says / stipulates / reads", whatever the noun', () => {
    for (const text of [
      'The tenancy deed says that "the tenant keeps the orchard".',
      'The bylaws stipulate that "every warden serves two years".',
      'The covenant, sealed in Ambry, reads: "No wall shall rise above the elms."',
    ]) {
      expect(
        read(text).members.find((m) => m.kind === 'document'),
        text,
      ).toBeDefined();
    }
  });
  it('the phrase is read from the sentence, and its kind from its head and verb', () => {
    const masked = 'The tenancy deed says that';
    const np = phraseBefore(masked, masked.indexOf('says'));
    expect(np).toMatchObject({ head: 'deed', determiner: 'the' });
    expect(kindOfPhrase(np!, 'says')).toBe('document');
    const after = 'so said two wardens of the gaol.';
    expect(phraseAfter(after, after.indexOf('said') + 4)).toMatchObject({ head: 'wardens', plural: true });
  });
  it('a named organisation that speaks is not a document', () => {
    expect(read('The Ostry Harbour Board said the quay was "closed until spring".').speaker('closed')?.kind).not.toBe(
      'document',
    );
  });
});

describe('wire-copy attributions', () => {
  it('"said <Name>, the …" and a split quote', () => {
    const { speaker } = read('"We tried," said Yusuf Amrel, the deputy reeve of Kessel. "Nobody listened."');
    expect(speaker('We tried')).toMatchObject({ name: 'Yusuf Amrel', title: 'deputy reeve of Kessel' });
    expect(speaker('Nobody listened')?.name).toBe('Yusuf Amrel');
  });
  it('"<Name>, <role>, told <Outlet>:" and "told reporters" is no title', () => {
    const { speaker, members } = read(
      'Tarn Holvey, the chairman of Ostmark Rail, told Valley Radio: "Trains will run." "We are ready," Holvey told reporters.',
    );
    expect(speaker('Trains')?.name).toBe('Tarn Holvey');
    expect(speaker('We are ready')?.name).toBe('Tarn Holvey');
    expect(members.find((m) => m.name === 'Tarn Holvey')?.title).toBe('chairman of Ostmark Rail');
  });
  it('"according to <Name>"', () => {
    expect(
      read('The weir "was never inspected at all", according to Nadia Ferrow, who led the inquiry.').speaker(
        'was never',
      )?.name,
    ).toBe('Nadia Ferrow');
  });
  it('honorifics are split off, and "Ms <Surname>" is the same person', () => {
    const { speaker, members } = read(
      'Dr Anika Solvane, a virologist at Brennholm University, warned of a wave. "We are not ready," Ms Solvane insisted.',
    );
    expect(speaker('We are not ready')?.name).toBe('Anika Solvane');
    expect(members.some((m) => /^(?:Dr|Ms)\b/.test(m.name))).toBe(false);
  });
  it('"she noted" after a newly introduced person, and "added" after a split quote', () => {
    const { speaker } = read(
      'Rear Admiral Jorun Tesk inspected the fleet. "The hulls are sound," she noted. "The crews are not," she added.',
    );
    expect(speaker('The hulls')?.name).toBe('Jorun Tesk');
    expect(speaker('The crews')?.name).toBe('Jorun Tesk');
  });
});

describe('dates anchored on the publication date only', () => {
  it('"N years after <event>" is not a date; the year in the main clause is', () => {
    expect(
      findDate('Pelor left the Brine Compact in 2011, four years after a flood in Marrow.', PUBLISHED),
    ).toMatchObject({ date: '2011' });
    expect(findDate('The quay reopened two weeks after the storm.', PUBLISHED)).toBeNull();
    expect(findDate('The ferries resumed in May, a month before the vote.', PUBLISHED)).toMatchObject({
      date: '2025-05',
    });
  });
  it('"would", "is set to", "aims to", "intends to" make a future', () => {
    expect(findDate('She said the convoy would reach Dremmel in November.', PUBLISHED)).toMatchObject({
      date: '2026-11',
      future: true,
    });
    expect(findDate('The guild is set to vote on Monday.', PUBLISHED)).toMatchObject({
      date: '2026-02-16',
      future: true,
    });
    expect(isFuture('the council aims to reopen the mill')).toBe(true);
    expect(isFuture('the board intends to sell the barges')).toBe(true);
    expect(isFuture('the mayor would have signed it')).toBe(false);
  });
  it('a background clause never dates the main event', () => {
    expect(findDate('The Vell bridge, which opened in 1987, was closed on Tuesday.', PUBLISHED)).toMatchObject({
      date: '2026-02-10',
    });
  });
});
