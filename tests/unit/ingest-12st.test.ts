import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12st (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Saturday 05-09, Monday 05-11, Wednesday 05-13); "last year" is 2025, "next year" 2027.

const LEAD = 'The Varnley lido will stay shut for the summer, its trustees said on Wednesday.\n\n';

/** The dates of the event drafts of `text`. */
const dates = (text: string) => events(text).map(([date]) => date);

describe('HOPED_VAGUE: a hope for a vague period (a month, a season, a year) is no plan', () => {
  it('"hoped to reopen the pool in August, in time for …" drafts no August', () => {
    const text = LEAD + 'The trust hoped to reopen the learner pool in August, in time for the school holidays.';
    expect(dates(text)).not.toContain('2026-08');
  });
  it('"hopes to finish the new slipway by the end of September" drafts no September', () => {
    const text = LEAD + 'The rowing trust hopes to finish the new slipway by the end of September, its chairman said.';
    expect(dates(text)).not.toContain('2026-09');
  });
  it('"are hoping to buy a second boat early next year" drafts no 2027', () => {
    const text = LEAD + 'The two coaches are hoping to buy a second boat early next year.';
    expect(dates(text)).not.toContain('2027');
  });
  it('must not fire: a hope for a definite day ("hoped to appoint a new coach by 22 May") keeps its day', () => {
    const text = LEAD + 'The club said it hoped to appoint a new coach by 22 May.';
    expect(dates(text)).toContain('2026-05-22');
  });
  it('must not fire: a firm plan ("The pool will reopen in August") keeps August', () => {
    const text = LEAD + 'The learner pool will reopen in August, the trustees said.';
    expect(dates(text)).toContain('2026-08');
  });
  it('must not fire: a firm plan with a day ("will open on 4 June") keeps its day', () => {
    const text = LEAD + 'A temporary pool in the park will open on 4 June.';
    expect(dates(text)).toContain('2026-06-04');
  });
  it('must not fire: a decided plan with "hoped" in another clause keeps its month', () => {
    const text = LEAD + 'The trust, which had hoped for a lottery grant, will close the slipway in September.';
    expect(dates(text)).toContain('2026-09');
  });
});

describe('TALLY_IN_YEAR and COMPARED_WITH_ROUGH_FIGURE: counts of a past year are no happening', () => {
  it('"recorded more than 40,000 visits in 2019" drafts no 2019', () => {
    const text = LEAD + 'The lido recorded more than 40,000 visits in 2019, its busiest year.';
    expect(dates(text)).not.toContain('2019');
  });
  it('"had about 12,000 visitors in the 2021 season" drafts no 2021', () => {
    const text = LEAD + 'The boathouse museum had about 12,000 visitors in the 2021 season.';
    expect(dates(text)).not.toContain('2021');
  });
  it('", compared with more than 300 in 2015" drafts no 2015', () => {
    const text = LEAD + 'Membership has fallen to 180, compared with more than 300 in 2015.';
    expect(dates(text)).not.toContain('2015');
  });
  it('must not fire: a deed with a figure ("A flood destroyed more than 300 homes in 2019") keeps 2019', () => {
    const text = LEAD + 'A flood in the same valley destroyed more than 300 homes in 2019.';
    expect(dates(text)).toContain('2019');
  });
  it('must not fire: a tally followed by a happening of its own ("… in 2018 and was sold … in 2021") keeps 2021', () => {
    const text = LEAD + 'The pier recorded 12,000 visits in 2018 and was sold to a developer in 2021.';
    expect(dates(text)).toContain('2021');
  });
  it('must not fire: a count of a day ("recorded 40 rescues on Saturday") keeps its day', () => {
    const text = LEAD + 'Lifeguards on the beach recorded 40 rescues on Saturday.';
    expect(dates(text)).toContain('2026-05-09');
  });
});

describe('TALLY_OPENING: a running total for a period that opens the sentence ("In April alone, …")', () => {
  it('"Last month alone, volunteers mended 64 bicycles." drafts no April', () => {
    const text = LEAD + 'Last month alone, volunteers at the depot mended 64 bicycles.';
    expect(dates(text)).not.toContain('2026-04');
  });
  it('must not fire: a year opening the sentence with a happening ("In 2023, a storm wrecked the pier.") keeps 2023', () => {
    const text = LEAD + 'In 2023, a storm wrecked the pier beside the lido.';
    expect(dates(text)).toContain('2023');
  });
  it('must not fire: a day\'s total ("On Saturday alone, 900 swimmers came") keeps its day', () => {
    const text = LEAD + 'On Saturday alone, 900 swimmers came to the lido.';
    expect(dates(text)).toContain('2026-05-09');
  });
});

describe('TALLY_THIS_YEAR: a count "this year" (the year so far) is no happening', () => {
  it('"after its callouts this year passed 90" drafts no 2026', () => {
    const text = LEAD + 'The lifeboat crew asked for more volunteers after its callouts this year passed 90.';
    expect(dates(text)).not.toContain('2026');
  });
  it('"had spent about £4,000 on new nets this year" drafts no 2026', () => {
    const text = LEAD + 'The club treasurer said members had spent about £4,000 on new nets this year.';
    expect(dates(text)).not.toContain('2026');
  });
  it('must not fire: "Earlier this year, the club sold 40 boats …" keeps 2026', () => {
    const text = LEAD + 'Earlier this year, the club sold 40 boats to a dealer in Wexport.';
    expect(dates(text)).toContain('2026');
  });
  it('must not fire: a change in the past ("Mooring fees rose by 8% this year") keeps 2026', () => {
    const text = LEAD + 'Mooring fees at the harbour rose by 8% this year.';
    expect(dates(text)).toContain('2026');
  });
  it('must not fire: a plan "later this year" keeps 2026', () => {
    const text = LEAD + 'The council will hire 12 new wardens for the beach later this year.';
    expect(dates(text)).toContain('2026');
  });
  it('must not fire: a count of a day ("for a third time this year on Tuesday") keeps its day', () => {
    const text = LEAD + 'The harbour board raised its mooring fees for a third time this year on Tuesday.';
    expect(dates(text)).toContain('2026-05-12');
  });
});
