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
