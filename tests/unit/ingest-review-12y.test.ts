import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// Review of round 12y: ordinary news sentences near its rules where they must not fire. Every name,
// place and body is invented. The articles are of Thursday 2026-05-14.

describe('a reaction or a count keeps the dates of happenings inside it', () => {
  it('"welcomed the decision, announced on Tuesday, to …": the decision is dated', () => {
    expect(events('Campaigners welcomed the decision, announced on Tuesday, to close the Harwick plant.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('"was the third minister to resign on Tuesday": the resignation is news', () => {
    expect(events('Transport Minister Ada Rees was the third minister to resign on Tuesday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('still fires: "welcomed the verdict on Wednesday" drafts nothing for Wednesday', () => {
    expect(
      events('The jury convicted the builder on Tuesday. The minister welcomed the verdict on Wednesday.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('a month before a measure is no date only after a determiner or a possessive', () => {
  it('"In March record numbers of migrants crossed" dates the crossing in March', () => {
    expect(events('In March record numbers of migrants crossed the strait.')).toEqual([['2026-03', 'reported']]);
  });
  it('"In October figures showed …" dates October', () => {
    expect(events('In October figures showed unemployment at a ten-year high.')).toEqual([['2025-10', 'reported']]);
  });
  it('still fires: "their October average" is no date', () => {
    expect(events('Prices have stayed above their October average.')).toEqual([]);
  });
});

describe('"the next day" and "may have … until"', () => {
  it('"The board met on Monday. It approved the deal the next day." dates the approval Tuesday', () => {
    expect(events('The board met on Monday. It approved the deal the next day.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
  it('"founded on 3 March 1998 … listed its shares the next day" dates the listing 4 March 1998', () => {
    expect(events('The firm was founded on 3 March 1998. It listed its shares the next day.')).toEqual([
      ['1998-03-03', 'reported'],
      ['1998-03-04', 'reported'],
    ]);
  });
  it('"The outage may have lasted until Tuesday" plans nothing for next Tuesday', () => {
    expect(events('The outage may have lasted until Tuesday, engineers said.')).not.toContainEqual([
      '2026-05-19',
      'planned',
    ]);
  });
  it('still fires: "Returns can now be filed until Dec. 15" is planned on that day', () => {
    expect(events('Returns can now be filed until Dec. 15, the agency said.')).toEqual([['2026-12-15', 'planned']]);
  });
});

describe('a count keeps the date of its own participle', () => {
  it('"Tomas Brill was the second person arrested on Monday" dates the arrest', () => {
    expect(events('Tomas Brill was the second person arrested on Monday.')).toEqual([['2026-05-11', 'reported']]);
  });
});
