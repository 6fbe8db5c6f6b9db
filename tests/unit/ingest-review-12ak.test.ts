import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The review of rounds 12ak and 12al, on sentences written by the reviewer: every name, place and
// body here is invented and none comes from the test articles. The articles are of Thursday
// 2026-05-14 (Saturday 05-09, Monday 05-11).

const LEAD = 'The Dunmarrow bowls club will close for good, its committee said on Wednesday.\n\n';

describe('PASSIVE_TODAY: an adjective after "was" is no passive of the day', () => {
  it('"The mood was different today." drafts nothing', () => {
    expect(events(LEAD + 'The mood at the green was different today.')).toEqual(events(LEAD));
  });
  it('"Two players were absent today." drafts nothing', () => {
    expect(events(LEAD + 'Two of the senior players were absent today.')).toEqual(events(LEAD));
  });
  it('"The pool was open today." drafts nothing', () => {
    expect(events(LEAD + 'The outdoor pool beside the green was open today.')).toEqual(events(LEAD));
  });
  it('must still fire: "Letters were sent today." and "He was paid today." date the day', () => {
    expect(events(LEAD + 'Letters to the members were sent today.')).toContainEqual(['2026-05-14', 'reported']);
    expect(events(LEAD + 'The groundsman was paid today.')).toContainEqual(['2026-05-14', 'reported']);
  });
});

describe('DECIDED_TO_BY: a finite verb of another clause ends the decision', () => {
  it('"agreed to buy the land and the deal was completed by March" keeps last March, reported', () => {
    const text = LEAD + 'The council agreed to buy the land and the deal was completed by March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
    expect(events(text)).not.toContainEqual(['2027-03', 'planned']);
  });
  it('must still fire: "agreed to sell the depot by March" is planned', () => {
    expect(events(LEAD + 'The council agreed to sell the depot by March.')).toContainEqual(['2027-03', 'planned']);
  });
});

describe('AT_PEAK: only the year of a peak figure, not a month of a deed', () => {
  it('"A fire forced 400 people from their homes at its height in March" keeps March', () => {
    const text = LEAD + 'A fire on the moor forced 400 people from their homes at its height in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('must still fire: "had 400 members at its peak in 1996" drafts no 1996', () => {
    expect(events(LEAD + 'The club had 400 members at its peak in 1996.')).not.toContainEqual(['1996', 'reported']);
  });
});

describe('REACHED_FOR_COMMENT: an aside with an agent (police, officers) is a deed, not a reporter reaching', () => {
  it('"The driver, approached by officers on Saturday, refused to stop." keeps Saturday', () => {
    const text = LEAD + 'The driver, approached by officers on Saturday, refused to stop.';
    expect(events(text)).toContainEqual(['2026-05-09', 'reported']);
  });
  it('"Jones, interviewed by police on Friday, confirmed …" keeps Friday', () => {
    const text = LEAD + 'Jones, interviewed by police on Friday, confirmed he had been at the scene.';
    expect(events(text)).toContainEqual(['2026-05-08', 'reported']);
  });
  it('must still fire: "Jones, reached by phone on Friday, declined to comment." drafts nothing', () => {
    expect(events(LEAD + 'Jones, reached by phone on Friday, declined to comment.')).toEqual(events(LEAD));
  });
});

describe('GIVEN_UNTIL: a month abbreviated with a point does not end the deadline', () => {
  it('", giving him until Jun. 18 to clear the site" is planned on 18 June', () => {
    const text = LEAD + 'The council served a notice on Monday, giving him until Jun. 18 to clear the site.';
    expect(events(text)).toContainEqual(['2026-06-18', 'planned']);
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});

describe('FRONTED_MESSAGE: a deed joined to the quoted words by "and" is still a deed', () => {
  it('"In a message to staff on Monday, the chief executive resigned and said "…"" keeps Monday', () => {
    const text = LEAD + 'In a message to staff on Monday, the club secretary resigned and said "it is time to go".';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});

describe('LETTER_SENT_ASKING: "Nobody wrote to …" is no letter sent', () => {
  it('"Nobody wrote to the council on Monday asking for a crossing." drafts nothing', () => {
    const text = LEAD + 'Nobody wrote to the council on Monday asking for a crossing.';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('must still fire: "Residents wrote to the council on Monday asking for a crossing." keeps Monday', () => {
    const text = LEAD + 'Residents wrote to the council on Monday asking for a crossing.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});
