import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/ingest/dates';
import { isFuture } from '../../src/ingest/nlp';
import { planEvents } from '../ingest-read';

// Review of round 12aj and of the non-news sweep 12so: each sentence written by the reviewer for this file; every
// name, place and body is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Saturday 05-09, Sunday 05-10, Monday 05-11, Tuesday 05-12; Friday 05-15 and Saturday 05-16 ahead).

const published = new Date('2026-05-14T12:00:00Z');
const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';
const events = (sentence: string) => planEvents(LEAD + sentence);

describe('FORECAST_TO: "is forecast to have shrunk in March" is an estimate of the past, no forecast', () => {
  it('"The economy is forecast to have shrunk in March" is the last March, not the next', () => {
    const found = findDate('The Dunmere economy is forecast to have shrunk in March, the bank said.', published);
    expect([found?.date, !!found?.future]).toEqual(['2026-03', false]);
  });
  it('"Output is projected to have slowed …" is no future', () => {
    expect(isFuture('Output at the Kelloway yards is projected to have slowed in the first quarter.')).toBe(false);
  });
  it('unchanged: "Rain is forecast to return on Saturday" lies ahead', () => {
    const found = findDate('Rain is forecast to return to Dunmere on Saturday.', published);
    expect([found?.date, !!found?.future]).toEqual(['2026-05-16', true]);
  });
});

describe('TALLY_UP_TO: only an active perfect "had reached … by <day>" is a tally, not a plan "to have … by" nor a passive', () => {
  it('"… is expected to have been repaired by Friday" keeps the coming Friday', () => {
    expect(
      events('The Dunmere footbridge, damaged in floods in March, is expected to have been repaired by Friday.'),
    ).toContainEqual(['2026-05-15', 'planned']);
  });
  it('"A man, arrested in March, had been charged by Tuesday" keeps the charge on Tuesday', () => {
    expect(events('A Kelloway man, arrested in March, had been charged by Tuesday.')).toContainEqual([
      '2026-05-12',
      'reported',
    ]);
  });
  it('unchanged: "A petition, started last week, had reached 1,200 names by Tuesday" is dated by last week', () => {
    expect(
      events('A petition to save Varnley pier, started last week by anglers, had reached 1,200 names by Tuesday.'),
    ).not.toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('habitState (HABIT_STATE): a habit beside a future of this time is no habit only', () => {
  it('"The ferry usually runs until October, but will stop on Sunday this year" keeps the coming Sunday', () => {
    expect(events('The Varnley ferry usually runs until October, but will stop on Sunday this year.')).toContainEqual([
      '2026-05-17',
      'planned',
    ]);
  });
  it('"The fair usually draws 5,000 people and will open on Saturday" keeps the coming Saturday', () => {
    expect(events('The Dunmere fair usually draws 5,000 people and will open on Saturday.')).toContainEqual([
      '2026-05-16',
      'planned',
    ]);
  });
  it('unchanged: "The ferry is normally in service from April to October" drafts nothing', () => {
    expect(events('The Varnley ferry is normally in service from April to October.')).toEqual([]);
  });
});

describe('figureOrRecordDate: "against" a count of people on a day, and footage "from" a day, still date the happening', () => {
  it('"Rovers won their first away game, against 10 men on Saturday" keeps Saturday (COMPARED_WITH_FIGURE)', () => {
    expect(events('Dunmere Rovers won their first away game, against 10 men on Saturday.')).toContainEqual([
      '2026-05-09',
      'reported',
    ]);
  });
  it('"CCTV footage from Saturday showed the man running from the shop" keeps Saturday (RECORD_FROM)', () => {
    expect(events('CCTV footage from Saturday showed the man running from the Kelloway shop.')).toContainEqual([
      '2026-05-09',
      'reported',
    ]);
  });
  it('unchanged: "…, against £200 in 2022" drafts no 2022', () => {
    expect(events('Anglers said the pier fee had doubled to £400, against £200 in 2022.')).not.toContainEqual([
      '2022',
      'reported',
    ]);
  });
  it('unchanged: "… relied on traffic counts from 2024" drafts no 2024', () => {
    expect(
      events('The Varnley bypass plan relied on traffic counts from 2024, campaigners said on Tuesday.'),
    ).not.toContainEqual(['2024', 'reported']);
  });
});

describe('NOT_UNTIL: "cannot" and "isn\'t expected to" are negatives of the same plan', () => {
  const read = (sentence: string) => {
    const found = findDate(sentence, published);
    return [found?.date, !!found?.future, !!found?.bound];
  };
  it('"The Dunmere road cannot reopen until 3 June" is 3 June ahead, no bound', () => {
    expect(read('The Dunmere road cannot reopen until 3 June, engineers said.')).toEqual(['2026-06-03', true, false]);
  });
  it('"The library isn\'t expected to reopen until 3 June" is 3 June ahead, no bound', () => {
    expect(read("The Kelloway library isn't expected to reopen until 3 June.")).toEqual(['2026-06-03', true, false]);
  });
  it('unchanged: "did not reopen until 3 May" stays past', () => {
    expect(read('The Kelloway library did not reopen until 3 May.')[1]).toBe(false);
  });
});
