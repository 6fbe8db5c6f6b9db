import { describe, expect, it } from 'vitest';
import { planEvents } from '../ingest-read';

// The review of round 41 (12ap, 12aq and 12st), on sentences written for this file: every name, place, body and
// role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14 (Monday
// 05-11, Tuesday 05-12, Wednesday 05-13); "this year" is 2026.

const LEAD = 'The Varnley lido will stay shut for the summer, its trustees said on Wednesday.\n\n';

/** The dates of the event drafts of `text`. */
const dates = (text: string) => planEvents(text).map(([date]) => date);

describe('TALLY_THIS_YEAR: a figure in a second clause after ", and" makes no running total of the first', () => {
  it('"The pool closed this year, and 40 staff lost their jobs" keeps the closing of 2026', () => {
    expect(dates(LEAD + 'The Harth pool closed this year, and 40 staff lost their jobs.')).toContain('2026');
  });
  it('"The lido shut this year; it had 3,000 members" keeps 2026', () => {
    expect(dates(LEAD + 'The Orrin lido shut this year; it had 3,000 members.')).toContain('2026');
  });
  it('must not fire: a running total in its own clause stays no happening ("had sold 300 tickets this year, and …")', () => {
    expect(dates(LEAD + 'The club had sold 300 tickets this year, and the season was going well.')).not.toContain(
      '2026',
    );
  });
});

describe('WEEKDAY_OF_WEEK: "last week on Tuesday" names that day of that week too', () => {
  it('"The council met last week on Tuesday" is 2026-05-05, not this week\'s Tuesday', () => {
    expect(dates(LEAD + 'The Harth council met last week on Tuesday to vote on the lido.')).toContain('2026-05-05');
  });
  it('"Last week, on Tuesday, the council met" is 2026-05-05', () => {
    expect(dates(LEAD + 'Last week, on Tuesday, the Harth council met to vote on the lido.')).toContain('2026-05-05');
  });
  it('must not fire: "met on Tuesday, and last week it had voted" keeps this week\'s Tuesday', () => {
    expect(dates(LEAD + 'The Harth council met on Tuesday, and last week it had voted on the lido.')).toContain(
      '2026-05-12',
    );
  });
});
