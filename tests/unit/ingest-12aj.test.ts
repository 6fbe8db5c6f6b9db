import { describe, expect, it } from 'vitest';
import { planEvents, speakerOf } from '../ingest-read';

// The patterns of issue 12aj, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('"Cabinet member for housing Cllr X said": a portfolio before a councillor\'s title is no object (COUNCILLOR_TITLE)', () => {
  it('"Cabinet member for housing Cllr Rhodri Penvale said … "…"" gives Rhodri Penvale', () => {
    const text =
      'Cabinet member for housing Cllr Rhodri Penvale said the scheme had run "without fuss" in the next valley.';
    expect(speakerOf(text, 'without fuss')?.name).toBe('Rhodri Penvale');
  });
  it('"Lead member for transport Coun. Ffion Maddock told …" gives Ffion Maddock', () => {
    const text = 'Lead member for transport Coun. Ffion Maddock told the meeting the buses were "simply too empty."';
    expect(speakerOf(text, 'simply too empty')?.name).toBe('Ffion Maddock');
  });
  it('must not fire: "a spokesman for council leader Cllr Aldous Vane said" is not Vane speaking', () => {
    const text = 'A spokesman for council leader Cllr Aldous Vane said the scheme had run "without fuss" so far.';
    expect(speakerOf(text, 'without fuss')?.name).not.toBe('Aldous Vane');
  });
  it('must not fire: a petition handed to a councillor for a portfolio, and another person speaking', () => {
    const text =
      'The petition was handed to cabinet member for housing Cllr Rhodri Penvale, and organiser Mair Ellisant said it showed "how angry people are."';
    expect(speakerOf(text, 'how angry people')?.name).toBe('Mair Ellisant');
  });
});

describe('"X, started last week, had reached 900 names by last night": a tally "by <day>" yields to the aside\'s date (TALLY_UP_TO)', () => {
  it('the petition started last week is dated by its month, not by "last night"', () => {
    const body =
      'A petition against the closure of Dunmere library, started last week by parents, had reached 1,900 names by last night.';
    expect(planEvents(body)).toEqual([['2026-05', 'reported']]);
  });
  it('unchanged: "A fund, launched in March, had raised £4,000 by Friday" has a draft dated March', () => {
    const body = 'A fund for the Kelloway family, launched in March by neighbours, had raised £4,000 by Friday.';
    expect(planEvents(body)).toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: a future "will have … by Friday" keeps its own date', () => {
    const body = 'The Dunmere road, closed last week after a landslip, will have reopened by Friday, the council said.';
    expect(planEvents(body)).not.toEqual([['2026-05', 'reported']]);
  });
  it('must not fire: no aside, "had reached 900 names by last night" keeps last night', () => {
    const body = 'A petition against the closure of Dunmere library had reached 900 names by last night.';
    expect(planEvents(body)).toEqual([['2026-05-13', 'reported']]);
  });
  it('must not fire: the main verb\'s own day ("was lent to X on Monday") still dates the sentence', () => {
    const body = 'The Dunmere bell, cast in 1890, was lent to the cathedral on Monday.';
    expect(planEvents(body)).toEqual([['2026-05-11', 'reported']]);
  });
});
