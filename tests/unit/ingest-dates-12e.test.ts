import { describe, expect, it } from 'vitest';
import { backgroundDates, findDate } from '../../src/ingest/dates';
import { happeningsOf } from '../../src/ingest/happenings';

// Dates and happenings (issue 12e), each on sentences written for this file: every name, place
// and body here is invented and none comes from the test articles.

const PUBLISHED = new Date('2026-05-14T12:00:00Z'); // a Thursday

/** The happenings of a sentence as [excerpt, date, future] triples. */
const happenings = (sentence: string) =>
  happeningsOf(sentence, PUBLISHED).map((h) => [h.excerpt, h.date.date, h.date.future ?? false]);
/** The background clauses of a sentence as [clause, date] pairs. */
const background = (sentence: string) => backgroundDates(sentence, PUBLISHED).map((b) => [b.clause, b.date.date]);

describe('a length of time is no date', () => {
  it('"for several years", "for five days", "over the past three weeks", "for the past two years"', () => {
    for (const s of [
      'The pumps have been failing for several years.',
      'The blockade closed the pass for five days.',
      'Prices rose over the past three weeks.',
      'Dr Vell has chaired the board for the past two years.',
    ])
      expect(findDate(s, PUBLISHED)).toBeNull();
  });
  it('a background year between commas dates the sentence, not the length of what followed', () => {
    expect(happenings('The last general strike, in 1998, stopped the ports for nine days.')).toEqual([
      ['The last general strike, in 1998, stopped the ports for nine days.', '1998', false],
    ]);
  });
  it('"has agreed to buy …, ending talks that dragged on for a year, the firm said on Tuesday" is the news of Tuesday', () => {
    expect(
      happenings(
        'Cordell Mining has agreed to buy the Pask quarry, ending talks that had dragged on for eight months, the firm said on Tuesday.',
      ),
    ).toEqual([
      [
        'Cordell Mining has agreed to buy the Pask quarry, ending talks that had dragged on for eight months, the firm said on Tuesday.',
        '2026-05-12',
        false,
      ],
    ]);
  });
});

describe('background clauses about people and things', () => {
  it('"<Name>, <description> who <did> in <year>, …": the relative clause in an apposition is background', () => {
    const s = 'Harlow Vale, twice national champions who last won the cup in 2011, have been for sale since February.';
    expect(background(s)).toEqual([
      ['twice national champions who last won the cup in 2011', '2011'],
      ['since February', '2026-02'],
    ]);
    expect(happenings(s)).toEqual([]);
  });
  it('"who resigned … last month" is a happening of the month before; "who arrived on Monday" stays incidental', () => {
    expect(background('Ilse Tarrant, who resigned as port director last month, will testify on May 20.')).toEqual([
      ['who resigned as port director last month', '2026-04'],
    ]);
    expect(background('Ilse Tarrant, who arrived on Monday, will testify on May 20.')).toEqual([]);
  });
});
