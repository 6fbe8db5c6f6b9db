import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The review of the sweeps 12sq (speakers) and 12sr (non-news): each finding on sentences written for this file;
// every name, place, body and role here is invented and none comes from the test articles. The articles are of
// Thursday 2026-05-14.

const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';

describe('YEAR_SPAN: a span of years yet to come is the news, not background', () => {
  it('"The council will run the pilot from 2027 to 2030, it said on Tuesday." keeps its 2027', () => {
    expect(events(`${LEAD}The council will run the pilot from 2027 to 2030, it said on Tuesday.`)).toContainEqual([
      '2027',
      'planned',
    ]);
  });
  it('"Fares will be frozen from 2027 until 2029" keeps its 2027', () => {
    expect(events(`${LEAD}Fares will be frozen from 2027 until 2029, the mayor said on Tuesday.`)).toContainEqual([
      '2027',
      'planned',
    ]);
  });
  it('must still fire: a past span ("lived in the town from 1921 to 1934") drafts no 1921', () => {
    const text = `${LEAD}The harbourmaster, who wrote two books on the coast, lived in the town from 1921 to 1934.`;
    expect(events(text).map((e) => e[0])).not.toContain('1921');
  });
});
