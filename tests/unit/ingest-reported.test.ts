import { describe, expect, it } from 'vitest';
import { readQuotes } from '../ingest-read';
import { backgroundDates, findDate } from '../../src/ingest/dates';
import { happeningsOf } from '../../src/ingest/happenings';

// Reported speech, happenings and later mentions (issue 12c), each on sentences written for this
// file: every name, place, outlet and role here is invented and none comes from the test articles.

const PUBLISHED = new Date('2026-02-11T12:00:00Z'); // a Wednesday

/** The happenings of a sentence as [excerpt, date] pairs. */
const happenings = (sentence: string, published = PUBLISHED) =>
  happeningsOf(sentence, published).map((h) => [h.excerpt, h.date.date]);

/** Reads `text` with an empty registry; returns the cast member each quote is given to. */
function read(text: string) {
  return readQuotes(text, { publisher: 'Brindle Gazette' });
}

describe('reported speech is a remark, not an event', () => {
  it('a statement dated only by its speaking drafts nothing', () => {
    expect(
      happenings('Harbour Minister Olek Varsson said on Tuesday that the council would not intervene for now.'),
    ).toEqual([]);
    expect(
      happenings(
        'Mayor Ilsa Brandt, the head of the Osk city council, told councillors on Monday that she would resign.',
      ),
    ).toEqual([]);
    expect(
      happenings('The Holtby Growers’ Guild said on Monday that 300 tonnes of plums were stuck at the border.'),
    ).toEqual([]);
  });
  it('a bound ("before next year", "within 10 days") dates no happening of the reported clause', () => {
    expect(
      happenings('Analysts at Quillmoor Capital said the minister’s tone suggested no change before next year.'),
    ).toEqual([]);
    expect(
      happenings(
        'The nine-page charter, seen by the Fenwick Courier, states that both ports "shall reopen within 10 days of signature".',
      ),
    ).toEqual([]);
  });
  it('the reported clause’s own date makes it an event, dated by the happening', () => {
    expect(happenings('Varsson said on Tuesday the authority plans to raise mooring fees from May 1.')).toEqual([
      ['Varsson said on Tuesday the authority plans to raise mooring fees from May 1.', '2026-05-01'],
    ]);
  });
  it('a day after the reported clause’s verb is the happening’s, not the speaking’s', () => {
    expect(happeningsOf('A port spokesman said talks would resume on Thursday.', PUBLISHED)).toMatchObject([
      { date: { date: '2026-02-12', future: true } },
    ]);
  });
  it('a completed action in the reported clause is an event on the day it was told', () => {
    expect(
      happenings('Mayor Ilsa Brandt said on Monday that the city had released 12 million crowns in relief.'),
    ).toEqual([
      ['Mayor Ilsa Brandt said on Monday that the city had released 12 million crowns in relief.', '2026-02-09'],
    ]);
  });
  it('a remark recalled from before the article’s week is a happening of its own', () => {
    expect(happenings('Envoy Petr Danek told reporters last month that the border would stay shut.')).toEqual([
      ['Envoy Petr Danek told reporters last month that the border would stay shut.', '2026-01'],
    ]);
  });
});

describe('a dated "after" clause is a happening of its own', () => {
  it('the main happening and the one it followed, each with its own date', () => {
    expect(
      happenings(
        'Miners at Holtby extended their stoppage on Tuesday after talks with the owners collapsed late on Monday, leaving the pits idle.',
      ),
    ).toEqual([
      ['Miners at Holtby extended their stoppage on Tuesday', '2026-02-10'],
      ['talks with the owners collapsed late on Monday', '2026-02-09'],
    ]);
  });
  it('a state dated only by a reporting clause (or a dateline) is no happening', () => {
    expect(
      happenings(
        'Tarn and Velm are near a fishing pact, diplomats said on Wednesday, after three rounds of talks in Osk ended on Tuesday.',
      ),
    ).toEqual([['three rounds of talks in Osk ended on Tuesday', '2026-02-10']]);
    expect(happenings('OSK, Feb 11 - Tarn and Velm are near a fishing pact, diplomats said.')).toEqual([]);
  });
});

describe('dates that name no day, or lie ahead', () => {
  it('"next week" and "last week" are months, approximately', () => {
    expect(findDate('The harbour board will meet next week in Osk.', PUBLISHED)).toMatchObject({
      date: '2026-02',
      precision: 'month',
      future: true,
    });
    expect(findDate('A customs memo circulated to inspectors last week.', PUBLISHED)).toMatchObject({
      date: '2026-02',
      precision: 'month',
    });
  });
  it('"is due on" looks forward', () => {
    const april = new Date('2026-04-15T12:00:00Z');
    expect(findDate('The board’s next vote is due on March 30.', april)).toMatchObject({
      date: '2027-03-30',
      future: true,
    });
  });
  it('a length of time ("a single weekend") is no date', () => {
    expect(findDate('The rain was the heaviest for a single weekend in the valley.', PUBLISHED)).toBeNull();
  });
  it('a who-clause recalling an earlier year is a background happening; one of the article’s days is not', () => {
    expect(
      backgroundDates(
        'Colonel Ryn Aldous, who trained at Brekka during a winter drill in 2009, said the runway was sound.',
        PUBLISHED,
      ).map((b) => [b.clause, b.date.date]),
    ).toEqual([['who trained at Brekka during a winter drill in 2009', '2009']]);
    expect(backgroundDates('Aldous, who landed in Brekka on Sunday, said the runway was sound.', PUBLISHED)).toEqual(
      [],
    );
  });
});

describe('speakers named again, titled, relayed or quoted as texts', () => {
  it('a company before a multi-word title: the name is the person’s, not the title’s', () => {
    const { speaker } = read(
      'Norrick Freight Chief Executive Tomas Velde said the offer stood. "We will not move an inch," Velde said.',
    );
    expect(speaker('We will not')?.name).toBe('Tomas Velde');
  });
  it('the name starts at a first name compromise knows, or after a leading role noun', () => {
    const deputy = read('Deputy Harbour Master Ola Brisk said the quay was "not safe for heavy cranes".');
    expect(deputy.speaker('not safe')).toMatchObject({ name: 'Ola Brisk', title: 'Deputy Harbour Master' });
    const rector = read('Rector Basil Quant said the library was "beyond repair in its east wing".');
    expect(rector.speaker('beyond repair')).toMatchObject({ name: 'Basil Quant', title: 'Rector' });
  });
  it('"Dame Imogen" refers back to "Dame Imogen Harrow"', () => {
    const { speaker } = read(
      'Dame Imogen Harrow, head of the Coastal Trust, said on Friday that the dunes had held.\n\n"The dunes held, the coast road did not," Dame Imogen said.',
    );
    expect(speaker('The dunes held')?.name).toBe('Imogen Harrow');
  });
  it('a paragraph that opens with an unattributed quote continues the last speaker', () => {
    const { speaker } = read(
      'Rector Basil Quant said the library would close. "The roof is failing us," Quant said.\n\n"We have no other choice left to us."',
    );
    expect(speaker('We have no other')?.name).toBe('Basil Quant');
  });
  it('an unnamed source who told "the <outlet>" speaks through it', () => {
    const { speaker, cast } = read(
      'A senior Morvish official, speaking on condition of anonymity, told the Pellam Wire Service that Morv would not accept "any deal that leaves the harbour in foreign hands".',
    );
    const source = speaker('any deal');
    expect(source?.anonymous).toBe(true);
    expect(cast.members.get(source?.via ?? '')?.name).toBe('Pellam Wire Service');
  });
  it('"according to the text" is the last document quoted', () => {
    const { speaker } = read(
      'The six-page draft, seen by the Ostry Herald, states that both fleets "shall return to port within five days". Catches would be shared "in equal parts between the towns", according to the text.',
    );
    expect(speaker('in equal parts')?.id).toBe(speaker('shall return')?.id);
    expect(speaker('shall return')?.kind).toBe('document');
  });
});
