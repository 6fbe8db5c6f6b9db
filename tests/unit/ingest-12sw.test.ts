import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12sw (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Wednesday 05-13, Monday 05-11); "last year" is 2025, "next year" 2027.

const LEAD = 'The Varnley bakery on Tollgate Row will close for good on 30 May, its owners said on Wednesday.\n\n';

/** The dates of the event drafts of `text`. */
const dates = (text: string) => events(text).map(([date]) => date);

/** The dates of `text` beyond those of the lead alone. */
const added = (text: string) => {
  const base = dates(LEAD);
  return dates(text).filter((d) => !base.includes(d));
};

describe('HOPED_VAGUE: a hope for a thing by a vague period is no happening', () => {
  it('"He hopes for an answer by the end of the month" drafts nothing new', () => {
    const text = LEAD + 'The baker has written to the landlord. He hopes for an answer by the end of the month.';
    expect(added(text)).toEqual([]);
  });
  it('must not fire: a firm plan ("will open on 4 June") keeps its day', () => {
    const text = LEAD + 'A coffee chain will open in the unit on 4 June.';
    expect(dates(text)).toContain('2026-06-04');
  });
});

describe('RELATIVE_TALLY_BY: a running total in a relative clause is no happening', () => {
  it('"a petition, which had drawn 2,300 names by Tuesday night" drafts no Tuesday', () => {
    const text = LEAD + 'Regulars have set up a petition, which had drawn 2,300 names by Tuesday night.';
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it("must not fire: money an appeal had raised by a day keeps the day (an answer file lists it as the appeal's event)", () => {
    const text = LEAD + 'Regulars have set up an online appeal, which had raised £3,000 by Tuesday evening.';
    expect(dates(text)).toContain('2026-05-12');
  });
  it('must not fire: a deed of the day ("handed a petition to the council on Tuesday") keeps Tuesday', () => {
    const text = LEAD + 'Regulars handed a petition of 2,300 names to the council on Tuesday.';
    expect(dates(text)).toContain('2026-05-12');
  });
});

describe('OPEN_SEASON: the months a place is open each year are no happening', () => {
  it('"It is open from March to September" drafts no March', () => {
    const text = LEAD + 'The lido next door was rebuilt in 2011. It is open from March to September.';
    expect(dates(text)).not.toContain('2026-03');
  });
  it('must not fire: "The lido will open on 20 June" keeps its day', () => {
    const text = LEAD + 'The lido next door will open on 20 June.';
    expect(dates(text)).toContain('2026-06-20');
  });
});

describe('FROM_FIGURE_IN_YEAR: the year of a figure a change started from is no happening', () => {
  it('"had fallen from 4,200 in 2018 to 2,900 this spring" drafts no 2018', () => {
    const text = LEAD + 'The owners said daily customers had fallen from 4,200 in 2018 to 2,900 this spring.';
    expect(dates(text)).not.toContain('2018');
  });
  it('must not fire: "moved from Mill Lane in 2018 to Tollgate Row" keeps 2018', () => {
    const text = LEAD + 'The bakery moved from Mill Lane in 2018 to Tollgate Row.';
    expect(dates(text)).toContain('2018');
  });
});

describe('SURVEY_FOUND_SHARE: the date of a poll finding a share is no happening', () => {
  it('"A town survey last year found 58 per cent …" drafts no 2025', () => {
    const text = LEAD + 'A town survey last year found 58 per cent of shoppers wanted a market on the site.';
    expect(dates(text)).not.toContain('2025');
  });
  it('"A town survey earlier this year found 58% …" drafts no 2026', () => {
    const text = LEAD + 'A town survey earlier this year found 58% of shoppers wanted a market on the site.';
    expect(dates(text)).not.toContain('2026');
  });
  it('must not fire: "A survey in March found cracks in the roof" keeps March', () => {
    const text = LEAD + 'A survey of the building in March found cracks in the roof.';
    expect(dates(text)).toContain('2026-03');
  });
});

describe('TRADE_FIGURE_IN_YEAR: how a trade figure moved in a past year is no happening', () => {
  it('"Takings dropped by about a quarter in 2021" drafts no 2021', () => {
    const text = LEAD + 'Takings dropped by about a quarter in 2021, the owners said, but have since picked up.';
    expect(dates(text)).not.toContain('2021');
  });
  it('must not fire: a market move of a day ("Shares in the chain fell 4% on Monday") keeps Monday', () => {
    const text = LEAD + 'Shares in the bakery chain fell 4% on Monday.';
    expect(dates(text)).toContain('2026-05-11');
  });
  it('must not fire: a deed of a past year ("The bakery was sold in 2021") keeps its year', () => {
    const text = LEAD + 'The bakery was sold to its present owners in 2021.';
    expect(dates(text)).toContain('2021');
  });
});

describe('AS_IT_LOOKED: the time a model or picture shows is no happening', () => {
  it('"a model of the quay as it looked in 1912" drafts no 1912', () => {
    const text = LEAD + 'The window holds a sugar model of the old quay as it looked in 1912, made by the first owner.';
    expect(dates(text)).not.toContain('1912');
  });
  it('must not fire: "The quay was rebuilt in 1912" keeps its year', () => {
    const text = LEAD + 'The old quay was rebuilt in 1912.';
    expect(dates(text)).toContain('1912');
  });
});

describe('COMMITTEE_HEARD: evidence told to a committee is no happening', () => {
  it('"The panel heard that the alarm had sounded at 3am on a Sunday in March" drafts no March', () => {
    const text =
      LEAD +
      'The licensing panel heard that the shop alarm had sounded at 3am on a Sunday in March, and that one neighbour had counted 14 deliveries before 6am between January and April.';
    expect(dates(text)).not.toContain('2026-03');
    expect(dates(text)).not.toContain('2026-01');
  });
  it('must not fire: the hearing itself ("The panel heard on Monday that …") keeps its day', () => {
    const text = LEAD + 'The licensing panel heard objections from neighbours on Monday and refused the licence.';
    expect(dates(text)).toContain('2026-05-11');
  });
  it('must not fire: a deed of a past month told plainly ("The alarm sounded at 3am in March") keeps March', () => {
    const text = LEAD + 'Police were called after the shop alarm was set off by intruders in March.';
    expect(dates(text)).toContain('2026-03');
  });
});
