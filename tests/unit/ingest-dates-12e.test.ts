import { describe, expect, it } from 'vitest';
import { backgroundDates, findDate } from '../../src/ingest/dates';
import { addedHappenings, happeningsOf, setsTheScene } from '../../src/ingest/happenings';
import { planArticle } from '../ingest-read';

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

describe('quotes and the dates of their speaking', () => {
  const plan = planArticle;
  it('a quotation that runs on into the next paragraph keeps the date of its first part', () => {
    const { statements } = plan(
      'Closing the inquiry on Tuesday, its chair, Bettan Rusk, said: "We found no fraud.\n\n"We found a great deal of carelessness."',
    );
    expect(statements.map((s) => [s.quote, s.date])).toEqual([
      ['We found no fraud.', '2026-05-12'],
      ['We found a great deal of carelessness.', '2026-05-12'],
    ]);
  });
  it('"Closing the inquiry on Tuesday, <Name> said: …" is a happening of Tuesday', () => {
    expect(
      addedHappenings(
        'Closing the inquiry on Tuesday, its chair, Bettan Rusk, said: "We found no fraud."',
        PUBLISHED,
      ).map((h) => [h.excerpt, h.date.date]),
    ).toEqual([['Closing the inquiry on Tuesday', '2026-05-12']]);
    expect(addedHappenings('Speaking on Tuesday, Bettan Rusk said: "We found no fraud."', PUBLISHED)).toEqual([]);
  });
  it("a date inside the quoted words of reported speech is the remark's, not a happening", () => {
    expect(happenings('He added that dealers were now "expecting the next rise in June at the latest."')).toEqual([]);
  });
});

describe('a scene set for the voices that follow', () => {
  it('"On <day> evening, a crowd gathered outside …" before a quote is no news; an action with an object is', () => {
    const scene = 'On Monday evening, a crowd gathered outside the Harth town hall.';
    expect(setsTheScene(scene, PUBLISHED, true, true)).toBe(true);
    expect(setsTheScene(scene, PUBLISHED, true, false)).toBe(false);
    expect(
      setsTheScene('Outside the depot on Tuesday morning, drivers waited in the rain.', PUBLISHED, true, true),
    ).toBe(true);
    expect(setsTheScene('On Monday evening, rebels shelled the Harth town hall.', PUBLISHED, true, true)).toBe(false);
  });
});
