import { describe, expect, it } from 'vitest';
import { planEvents } from '../ingest-read';

// Review of round 40 (issue 12ao and the non-news sweep 12ss): sentences written for this review, every name and
// place invented. The articles are of Thursday 2026-05-14 (Friday 05-08, Monday 05-11, Tuesday 05-12).

const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';
const events = (sentence: string) => planEvents(LEAD + sentence).filter(([date]) => date !== '2026-05-13');

describe('LETTER_SENT_ORDERING and LETTER_SENT_ASKING (review of round 40)', () => {
  it('"wrote to the club on Friday ordering it to leave by June" is dated Friday, not last June', () => {
    const got = events('The council wrote to the rowing club on Friday ordering it to leave by June.');
    expect(got).toContainEqual(['2026-05-08', 'reported']);
    expect(got).not.toContainEqual(['2025-06', 'reported']);
  });
  it('must not fire: "telling them the marina was safe" is reported speech, no letter of Monday', () => {
    expect(events('The harbourmaster wrote to berth holders on Monday telling them the marina was safe.')).toEqual([]);
  });
  it('"telling them to leave the marina" is an order: the letter of Monday is drafted', () => {
    expect(
      events('The harbourmaster wrote to berth holders on Monday telling them to leave the marina.'),
    ).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: a letter in a condition ("If the council wrote to the club on Friday giving it notice, …")', () => {
    expect(events('If the council wrote to the club on Friday giving it notice, nobody saw the letter.')).toEqual([]);
    expect(events('If the council wrote to the club on Friday asking for a meeting, nobody saw the letter.')).toEqual(
      [],
    );
  });
});

describe('EVERY_PERIOD (review of round 40)', () => {
  it('must not fire on a happening after "until": "sailed every day until a storm damaged it on Monday"', () => {
    expect(events('The ferry sailed every day until a storm damaged it on Monday.')).toContainEqual([
      '2026-05-11',
      'reported',
    ]);
  });
  it('must not fire on a compound subject: "every summer fete was cancelled on Monday"', () => {
    expect(events('For the first time in a century, every summer fete was cancelled on Monday.')).toContainEqual([
      '2026-05-11',
      'reported',
    ]);
  });
  it('must not fire on a one-off span: "spent every day of last week clearing the beach"', () => {
    expect(events('Volunteers spent every day of last week clearing the beach.')).not.toEqual([]);
  });
  it('guard: "each night of this year\'s festival" stays a habit (a possessive is no one-off span)', () => {
    expect(
      events("Fans said on Tuesday that the band had played each night of this year's festival on 2 May."),
    ).toEqual([]);
  });
  it('"Every Sunday …" opening the sentence is a habit too', () => {
    expect(events('Every Sunday the museum opens to the public, starting on 16 May.')).toEqual([]);
    expect(events('Each weekend volunteers clean the beach, starting on 23 May.')).toEqual([]);
  });
  it('guards: the relative clause and the main-clause habit of 12ss still hold', () => {
    expect(events('The ferry, which sails every Sunday, ran aground on Tuesday.')).toContainEqual([
      '2026-05-12',
      'reported',
    ]);
    expect(events('The boat museum opens to the public on the first Saturday of every month from 16 May.')).toEqual([]);
  });
});
