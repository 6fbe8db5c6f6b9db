import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12so (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Sunday 05-10, Monday 05-11, Tuesday 05-12, Wednesday 05-13); "last year" is 2025.

const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';

describe('comparedDate: the date of the figure a count is compared with dates no happening', () => {
  it('"…had reached 95 so far this year, compared with 60 in 2024" drafts no 2024', () => {
    const text =
      LEAD +
      'The Ferry Owners Guild said cancelled sailings among its members had reached 95 so far this year, compared with 60 in 2024.';
    expect(events(text)).not.toContainEqual(['2024', 'reported']);
  });
  it('"Shop closures in the county rose to 48 this spring, compared to 31 in 2023" drafts no 2023', () => {
    const text = LEAD + 'Shop closures in the county rose to 48 this spring, compared to 31 in 2023.';
    expect(events(text)).not.toContainEqual(['2023', 'reported']);
  });
  it('"…the berth fee doubled to £400, against £200 in 2022" drafts no 2022', () => {
    const text = LEAD + 'Skippers said the berth fee had doubled to £400, against £200 in 2022.';
    expect(events(text)).not.toContainEqual(['2022', 'reported']);
  });
  it('must not fire: "The council compared the two bids in 2024 and chose the cheaper one" keeps 2024', () => {
    const text = LEAD + 'The council compared the two bids in 2024 and chose the cheaper one.';
    expect(events(text)).toContainEqual(['2024', 'reported']);
  });
  it('must not fire: a dated clause of its own after ", and" keeps its date', () => {
    const text =
      LEAD + 'Closures reached 48, compared with 31 in 2023, and the last boatyard in Varnley shut in April.';
    expect(events(text)).toContainEqual(['2026-04', 'reported']);
  });
  it('must not fire: "The marina was sold in 2023, compared with…" — the date before the comparison keeps it', () => {
    const text = LEAD + 'The marina was sold to a developer in 2023 for £2m, compared with £3m asked in 2021.';
    expect(events(text)).toContainEqual(['2023', 'reported']);
  });
});
