import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12ab, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"in the week after it": one unit of time around another happening is no date', () => {
  it('"X told the assembly that the change led to more falls in the week after it" drafts no week ahead', () => {
    const text =
      'The assembly voted on Tuesday to end the spring holiday.\n\nEducation Minister Pelle Ostrawick told the assembly that the holiday led to more truancy in the week after it.';
    expect(events(text)).toEqual([['2026-05-12', 'reported']]);
  });
  it('"bookings fell in the month before the vote" drafts no month for the fall', () => {
    const text =
      'The assembly voted on Tuesday to end the spring holiday.\n\nTravel agents said bookings fell sharply in the month before the vote.';
    expect(events(text)).toEqual([['2026-05-12', 'reported']]);
  });
  it('must not fire: "the week after next" is still a week ahead', () => {
    const text = 'The ferry line will cut its winter sailings.\n\nThe new timetable will start the week after next.';
    expect(events(text)).toContainEqual(['2026-05-21', 'planned']);
  });
});
