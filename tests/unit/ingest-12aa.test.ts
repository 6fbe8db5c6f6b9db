import { describe, expect, it } from 'vitest';
import { planQuoteDates } from '../ingest-read';

// The patterns of issue 12aa, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe("a quote after the speaker's dated statement that quotes words of its own continues that statement", () => {
  it('"…," she added after "X told the assembly on Tuesday that … "by June"" takes the Tuesday', () => {
    const text =
      'The ferry line will cut its winter sailings.\n\nHarbour Minister Odile Brankovar told the assembly on Tuesday that a new timetable would come "by June at the latest".\n\n"The islands cannot wait for ever," she added.';
    expect(planQuoteDates(text)).toContainEqual(['The islands cannot wait for ever', '2026-05-12']);
  });
  it('"…," he wrote after "In a blog post on Monday night, X said he was leaving "…"" takes the Monday', () => {
    const text =
      'The choir has lost its conductor.\n\nIn a blog post on Monday night, Fennick Asperault said he was leaving "with real sadness".\n\n"Twelve years is a long time," he wrote.';
    expect(planQuoteDates(text)).toContainEqual(['Twelve years is a long time', '2026-05-11']);
  });
  it('must not fire: a quote by someone else after the dated statement keeps the publication day', () => {
    const text =
      'The ferry line will cut its winter sailings.\n\nHarbour Minister Odile Brankovar told the assembly on Tuesday that a new timetable would come "by June at the latest".\n\n"We have heard that before," said islander Gunnvor Preskett.';
    expect(planQuoteDates(text)).toContainEqual(['We have heard that before', '2026-05-14']);
  });
});
