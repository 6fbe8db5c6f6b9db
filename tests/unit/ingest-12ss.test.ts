import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12ss (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Sunday 05-10, Monday 05-11, Tuesday 05-12, Wednesday 05-13); "last year" is 2025.

const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';

describe('DURATION_SINCE: the start of a duration before the publication year is background', () => {
  it('"a chandlery that has traded on the quay since 1987" drafts no 1987', () => {
    const text = LEAD + 'Its neighbour, a chandlery that has traded on the quay since 1987, will stay open.';
    expect(events(text)).not.toContainEqual(['1987', 'reported']);
  });
  it('"Ottoline Brack, who has run the boatyard since 2008, said …" drafts no 2008', () => {
    const text = LEAD + 'Ottoline Brack, who has run the boatyard since 2008, said she was sad to see it go.';
    expect(events(text)).not.toContainEqual(['2008', 'reported']);
  });
  it('"The regatta has been held every summer since 1931." drafts no 1931', () => {
    const text = LEAD + 'The regatta has been held every summer since 1931.';
    expect(events(text)).not.toContainEqual(['1931', 'reported']);
  });
  it('"Berth fees have been frozen since last year." drafts no 2025', () => {
    const text = LEAD + 'Berth fees at the marina have been frozen since last year.';
    expect(events(text)).not.toContainEqual(['2025', 'reported']);
  });
  it('must not fire: a happening of its own after "since" ("since the club was founded in 1968") keeps its year', () => {
    const text = LEAD + 'It is the first season without racing since the club was founded in 1968.';
    expect(events(text)).toContainEqual(['1968', 'reported']);
  });
  it('must not fire: a recent start ("since a storm damaged it on Monday") keeps its day', () => {
    const text = LEAD + 'The pier has been closed since a storm damaged it on Monday.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: a month of the previous year ("since November") keeps it', () => {
    const text = LEAD + 'Parking charges at the marina have applied since November.';
    expect(events(text)).toContainEqual(['2025-11', 'reported']);
  });
  it('must not fire: a past happening with a definite year and no "since" keeps it', () => {
    const text = LEAD + 'The marina was bought by a property group in 2019.';
    expect(events(text)).toContainEqual(['2019', 'reported']);
  });
  it('must not fire: a second happening after "since … and" keeps its year', () => {
    const text = LEAD + 'The boatyard has been up for sale since March and was flooded in 2019, the owners said.';
    expect(events(text)).toContainEqual(['2019', 'reported']);
  });
  it('must not fire: a firm plan keeps its day', () => {
    const text = LEAD + 'A new slipway at Varnley Point will open on 4 June, the council said.';
    expect(events(text)).toContainEqual(['2026-06-04', 'planned']);
  });
});

describe('EVERY_PERIOD: a habit told with "every" or "each" and a period is no happening', () => {
  it('"The museum opens to the public on the first Saturday of every month from 16 May" drafts nothing', () => {
    const text = LEAD + 'The boat museum opens to the public on the first Saturday of every month from 16 May.';
    expect(events(text)).toEqual([]);
  });
  it('"The museum will open on the first Saturday of every month from 16 May" drafts no 2026-05-16', () => {
    const text = LEAD + 'The boat museum will open to the public on the first Saturday of every month from 16 May.';
    expect(events(text)).not.toContainEqual(['2026-05-16', 'planned']);
  });
  it('"Volunteers clean the beach each weekend, starting on 23 May" drafts no 2026-05-23', () => {
    const text = LEAD + 'Volunteers from the sailing club clean the beach each weekend, starting on 23 May.';
    expect(events(text)).not.toContainEqual(['2026-05-23', 'planned']);
  });
  it('must not fire: a happening in a main clause beside a habit in a relative clause keeps its day', () => {
    const text = LEAD + 'The ferry, which sails every Sunday, ran aground on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: a past happening before "and have … every summer since" keeps its year', () => {
    const text = LEAD + 'The Orrel family bought the boathouse in 1994 and have rowed from it every summer since.';
    expect(events(text)).toContainEqual(['1994', 'reported']);
  });
  it('must not fire: a firm plan with no habit keeps its day', () => {
    const text = LEAD + 'The boat museum will open to the public on 16 May.';
    expect(events(text)).toContainEqual(['2026-05-16', 'planned']);
  });
});
