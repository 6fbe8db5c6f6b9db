import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12z, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('a run lengthened until a day ("has now been extended until 21 June") is planned on that day', () => {
  it('"It has now been extended until 21 June" drafts a plan for 21 June', () => {
    expect(events('The festival had been due to close on Sunday. It has now been extended until 21 June.')).toEqual([
      ['2026-06-21', 'planned'],
    ]);
  });
  it('"The ban has been prolonged until August, the council said" drafts a plan for August', () => {
    expect(events('The fair opened on Monday. The ban has been prolonged until August, the council said.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-08', 'planned'],
    ]);
  });
  it('must not fire: "The lease had been extended until March 2019" is background, no plan', () => {
    expect(events('The lease had been extended until March 2019, and the shop closed on Monday.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
});
