import { describe, expect, it } from 'vitest';
import { planArticle as plan } from '../ingest-read';

// The patterns of issue 12k, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

/** The event drafts of a plan (of an article published on Thursday 2026-05-14) as [date, status]. */
const events = (body: string) =>
  plan(body)
    .files.filter((f) => f.collection === 'events')
    .map((f) => [/^date: '?([\d-]+)/m.exec(f.text)?.[1], /^status: '?(\w+)/m.exec(f.text)?.[1]]);
describe('future dates', () => {
  it('"… before it expires on March 3": a present tense after "before" speaks of the future', () => {
    expect(
      events(
        'The guild said on Wednesday it had urged members to renew their licences before the scheme expires on March 3.',
      ),
    ).toEqual(expect.arrayContaining([['2027-03-03', 'planned']]));
  });
  it('"expected the inquiry to finish by the end of February": what is awaited lies ahead', () => {
    expect(
      events(
        'Her deputy, Oskar Velling-Strand, said the mayor "wants it settled, not shelved" and expected the inquiry to finish by the end of February.',
      ),
    ).toEqual([['2027-02', 'planned']]);
  });
  it('"the assembly, which is expected to rule on it in April, and …": a relative clause about the future is planned', () => {
    expect(
      events(
        'The plan still needs the consent of the assembly, which is expected to rule on it in April, and the treasury must release funds from a grant it awarded in 2023.',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['2027-04', 'planned'],
        ['2023', 'reported'],
      ]),
    );
  });
});
