import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12sr (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Sunday 05-10, Monday 05-11, Tuesday 05-12, Wednesday 05-13); "last year" is 2025.

const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';

describe('QUOTED_DEADLINE: a deadline inside quoted words of reported speech dates no happening', () => {
  it('"…, and that it hoped to have the ferries running again "by the end of July at the latest"" drafts no 2026-07', () => {
    const text =
      LEAD +
      'The operator said in a statement that buses would run from Friday, and that it hoped to have the ferries running again "by the end of July at the latest".';
    expect(events(text)).not.toContainEqual(['2026-07', 'planned']);
  });
  it('"…said a survey would begin on Friday and promised that the pontoons would be "repaired by the end of August"" drafts no 2026-08', () => {
    const text =
      LEAD +
      'The chairman said a survey would begin on Friday and promised that the pontoons would be "repaired by the end of August".';
    expect(events(text)).not.toContainEqual(['2026-08', 'planned']);
  });
  it('must not fire: the same deadline stated as fact outside quotes keeps its month', () => {
    const text =
      LEAD + 'The board said a survey would begin on Friday and that the slipway would reopen by the end of July.';
    expect(events(text)).toContainEqual(['2026-07', 'planned']);
  });
  it('must not fire: a quoted day with no "by" ("would resume "this coming Friday"") keeps its day', () => {
    const text = LEAD + 'The ferry company said sailings would resume "this coming Friday".';
    expect(events(text)).toContainEqual(['2026-05-15', 'planned']);
  });
  it('must not fire: a dated past action before ", and" keeps its date', () => {
    const text =
      LEAD +
      'The board said divers had inspected the piles on Monday, and that it hoped to reopen the slipway "by the end of July".';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});

describe('YEAR_SPAN: a span of years ("lived there from 1902 to 1911") dates no happening', () => {
  it('"The poet, who wrote two novels, lived in Varnley from 1902 to 1911" drafts no 1902', () => {
    const text =
      LEAD +
      'The poet Amelia Crosthwaite, who wrote two novels, lived in Varnley from 1902 to 1911, according to parish records.';
    expect(events(text)).not.toContainEqual(['1902', 'reported']);
  });
  it('"A retired skipper, who ran the ferry from 1981 until 2015, said he would miss it" drafts no 1981', () => {
    const text =
      LEAD +
      'A retired skipper, Dougal Penhallow, who ran the ferry from 1981 until 2015, said he would miss the place.';
    expect(events(text)).not.toContainEqual(['1981', 'reported']);
  });
  it('must not fire: a dated happening beside the span keeps its day', () => {
    const text =
      LEAD + 'The poet, who lived in Varnley from 1902 to 1911, was honoured with a plaque on the quay on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: a single past year with no span keeps it', () => {
    const text = LEAD + 'The marina was sold to a developer in 2019 for £2m.';
    expect(events(text)).toContainEqual(['2019', 'reported']);
  });
});
