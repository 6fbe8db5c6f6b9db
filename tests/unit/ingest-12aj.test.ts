import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/ingest/dates';
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
  it('must not fire: "the end of what Coun. X called "…," Y argued" still gives Y (no portfolio before the title)', () => {
    const text =
      'The closure marks the end of what Coun. Ffion Maddock called "a decade of neglect," Rhodri Penvale argued.';
    expect(speakerOf(text, 'a decade of neglect')?.name).toBe('Rhodri Penvale');
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

describe('"are forecast to peak on Thursday": a forecast with "to" lies ahead like "are expected to" (FORECAST_TO)', () => {
  const published = new Date('2026-05-14T12:00:00Z');
  it('"Winds are forecast to peak on Saturday, when the ferry will stay in port" is the coming Saturday', () => {
    const found = findDate(
      'Winds are forecast to peak on Saturday, when the Kelloway ferry will stay in port.',
      published,
    );
    expect([found?.date, found?.future]).toEqual(['2026-05-16', true]);
  });
  it('"Temperatures are predicted to fall below zero on Monday" is the coming Monday', () => {
    const found = findDate('Temperatures in Dunmere are predicted to fall below zero on Monday.', published);
    expect([found?.date, found?.future]).toEqual(['2026-05-18', true]);
  });
  it('must not fire: the past twin "Winds peaked on Saturday, as forecast" stays the last Saturday', () => {
    const found = findDate('Winds peaked on Saturday, as forecast, and the Kelloway ferry stayed in port.', published);
    expect(found?.date).toBe('2026-05-09');
  });
  it('must not fire: "the forecast for Saturday" with a past verb stays past', () => {
    const found = findDate('The storm, which was forecast to miss Dunmere, struck on Saturday.', published);
    expect(found?.date).toBe('2026-05-09');
  });
});

describe('"is not expected to start until 15 February": the day something will not happen before is its date (NOT_UNTIL)', () => {
  const published = new Date('2026-05-14T12:00:00Z');
  const read = (sentence: string) => {
    const found = findDate(sentence, published);
    return [found?.date, !!found?.future, !!found?.bound];
  };
  it('"Work is not expected to start until 15 February" is 15 February ahead, no bound', () => {
    expect(read('Work on the Dunmere bridge is not expected to start until 15 February, the council said.')).toEqual([
      '2027-02-15',
      true,
      false,
    ]);
  });
  it('"The pool will not reopen until 3 June" is 3 June ahead, no bound', () => {
    expect(
      read('The Kelloway swimming pool will not reopen until 3 June after a fault was found in its roof.'),
    ).toEqual(['2026-06-03', true, false]);
  });
  it('must not fire: a past "did not close until 3 May" is no plan', () => {
    expect(read('The Kelloway swimming pool did not close until 3 May, when a fault was found in its roof.')[1]).toBe(
      false,
    );
  });
  it('must not fire: "will not be told until 3 June whether …" of a quote stays a bound', () => {
    expect(read('"We will not know until 3 June," the manager said.')[2]).toBe(true);
  });
});

describe('"A shop that has traded since 1955 will close on 19 December": a "since" phrase ends before the main clause\'s "will" (BACKGROUND)', () => {
  const published = new Date('2026-05-14T12:00:00Z');
  it('"A bakery that has traded in Dunmere since 1962 will bake its last loaf on 19 December, its owners said" is 19 December ahead', () => {
    const found = findDate(
      'A bakery that has traded in Dunmere since 1962 will bake its last loaf on 19 December, its owners said.',
      published,
    );
    expect([found?.date, found?.future]).toEqual(['2026-12-19', true]);
  });
  it('must not fire: "since 1962" alone is still background, the main verb\'s Monday dates the sentence', () => {
    expect(findDate('A bakery that has traded in Dunmere since 1962 closed on Monday.', published)?.date).toBe(
      '2026-05-11',
    );
  });
  it('must not fire: "since it was relegated in 2019" stays background before a second clause', () => {
    const found = findDate(
      'The club has not won at home since it was relegated in 2019, and fans are angry.',
      published,
    );
    expect(found?.date).not.toBe('2019');
  });
});

describe('"The vendor, X Systems, said in an emailed statement": a vendor or provider named after its noun is a body (ORG_NOUN: vendor)', () => {
  it('"The vendor, Carrowmoor Parking Systems, said in an emailed statement …" is the body\'s emailed statement', () => {
    const text =
      'The vendor, Carrowmoor Parking Systems, said in an emailed statement that its fee was "in line with the market" and fair.';
    expect(speakerOf(text, 'in line with')?.name).toBe('Carrowmoor Parking Systems emailed statement');
  });
  it('unchanged: "The provider, Harlow Ridge Networks, said …" is the body', () => {
    const text =
      'The provider, Harlow Ridge Networks, said the outage was "deeply regrettable" and would be investigated.';
    expect(speakerOf(text, 'deeply regrettable')?.name).toBe('Harlow Ridge Networks');
  });
  it('must not fire: "A street vendor, John Pellowin, said" is a person', () => {
    const text =
      'A street vendor, John Pellowin, said in an emailed statement that trade was "down by half" this winter.';
    expect(speakerOf(text, 'down by half')?.name).toBe('John Pellowin');
  });
});
