import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12sv (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Saturday 05-09, Monday 05-11, Wednesday 05-13); "last year" is 2025, "next year" 2027.

const LEAD = 'The Varnley bakery on Tollgate Row will close for good on 30 May, its owners said on Wednesday.\n\n';

/** The dates of the event drafts of `text`. */
const dates = (text: string) => events(text).map(([date]) => date);

/** The dates of `text` beyond those of the lead alone. */
const added = (text: string) => {
  const base = dates(LEAD);
  return dates(text).filter((d) => !base.includes(d));
};

describe('NEWS_SPREAD: how the news got about is no happening', () => {
  it('"queues have formed since word got out last week" drafts nothing new', () => {
    const text = LEAD + 'Regulars said queues had formed outside the door since word got out last week.';
    expect(added(text)).toEqual([]);
  });
  it('"since news of the closure spread on Monday" drafts no Monday', () => {
    const text = LEAD + 'Orders for the last loaves have doubled since news of the closure spread on Monday.';
    expect(dates(text)).not.toContain('2026-05-11');
  });
  it('must not fire: a happening of the same day ("The bakery was sold last week") keeps its date', () => {
    const text = LEAD + 'The bakery building was sold to a developer on Monday.';
    expect(dates(text)).toContain('2026-05-11');
  });
});

describe('REFUSED_COMMENT: a refusal to comment is no happening', () => {
  it('"The landlord would not comment on that yesterday" drafts nothing new', () => {
    const text =
      LEAD + 'A neighbour said the rent had been raised twice. The landlord would not comment on that yesterday.';
    expect(added(text)).toEqual([]);
  });
  it('"The agency had refused to comment on Monday" drafts nothing new', () => {
    const text = LEAD + 'Tenants said the letting agency had refused to comment on Monday.';
    expect(added(text)).toEqual([]);
  });
  it('must not fire: a deed after a comma ("would not comment, but sold the lease on Monday") keeps Monday', () => {
    const text = LEAD + 'The landlord would not comment, but sold the lease to a chain on Monday.';
    expect(dates(text)).toContain('2026-05-11');
  });
  it('must not fire: a firm plan ("will open on 4 June") keeps its day', () => {
    const text = LEAD + 'A coffee chain will open in the unit on 4 June.';
    expect(dates(text)).toContain('2026-06-04');
  });
});

describe('OPENING_HOURS_HABIT: the hours a shop keeps each day are no happening', () => {
  it('"The bakery will open until 3pm each day this month" drafts no May', () => {
    const text = LEAD + 'The bakery will open until 3pm each day this month.';
    expect(added(text)).toEqual([]);
  });
  it('must not fire: a one-off late opening on a day keeps its day', () => {
    const text = LEAD + 'The bakery will stay open until 9pm on 29 May for a farewell party.';
    expect(dates(text)).toContain('2026-05-29');
  });
});

describe('SINCE_YEAR_START: a count "since the start of the year" is a period so far', () => {
  it('"had sold 3,000 pies since the start of the year" drafts no 2026', () => {
    const text = LEAD + 'The owners said they had sold more than 3,000 pies since the start of the year.';
    expect(dates(text)).not.toContain('2026');
  });
  it('must not fire: a happening in a past year ("was founded in 1994") keeps its year', () => {
    const text = LEAD + 'The bakery was founded by a baker from Harth in 1994.';
    expect(dates(text)).toContain('1994');
  });
});

describe('COMPARED_LATER_IN_CLAUSE: a past year of a count set against another figure is no happening', () => {
  it('"Last year the shop sold 41,000 loaves, against 60,000 in 2015" drafts no 2025', () => {
    const text = LEAD + 'Last year the shop sold 41,000 loaves, against 60,000 in 2015.';
    expect(dates(text)).not.toContain('2025');
  });
  it('"In 2024 the stall took £9,000, down from £12,000 in 2020" drafts no 2024', () => {
    const text = LEAD + 'In 2024 the market stall took £9,000, down from £12,000 in 2020.';
    expect(dates(text)).not.toContain('2024');
  });
  it('must not fire: a deed of a past year with no comparison keeps its year', () => {
    const text = LEAD + 'Last year the shop sold its second van to a school.';
    expect(dates(text)).toContain('2025');
  });
  it('must not fire: a year to come with a comparison keeps its plan', () => {
    const text = LEAD + 'Next year the new owners will bake 20,000 loaves, up from 15,000 now.';
    expect(dates(text)).toContain('2027');
  });
});

describe('REPORTED_CITING: an outlet reporting on a day, citing a source, is no happening', () => {
  it('"The Harth Courier reported on Monday, citing a person it did not name, that …" drafts no Monday', () => {
    const text =
      LEAD +
      'The Harth Courier reported on Monday, citing a person it did not name, that the rent had tripled in a year.';
    expect(dates(text)).not.toContain('2026-05-11');
  });
  it('must not fire: a deed of the day with "citing" ("A rival bakery opened on Monday, citing …") keeps Monday', () => {
    const text = LEAD + 'A rival bakery opened on Monday, citing demand from the new estate.';
    expect(dates(text)).toContain('2026-05-11');
  });
});

describe('HABIT_ADVERB: a passive habit told with "normally" or "usually" is no happening', () => {
  it('"Permits are normally granted only between March and June" drafts no March', () => {
    const text =
      LEAD + 'Permits for pavement tables are normally granted only between March and June, the council said.';
    expect(dates(text)).not.toContain('2027-03');
    expect(dates(text)).not.toContain('2026-03');
  });
  it('must not fire: an adjective ("The usually quiet lane was closed on Monday") keeps Monday', () => {
    const text = LEAD + 'The usually quiet lane behind the bakery was closed on Monday.';
    expect(dates(text)).toContain('2026-05-11');
  });
  it('must not fire: a firm plan ("will be granted on 4 June") keeps its day', () => {
    const text = LEAD + 'The new permits will be granted on 4 June.';
    expect(dates(text)).toContain('2026-06-04');
  });
});

describe('COMPARED_LATER_IN_CLAUSE: an aside before the count keeps its year', () => {
  it('must not fire: "The bakery, which opened in 1994, sold 41,000 loaves last year, up from …" keeps 1994', () => {
    const text = LEAD + 'The bakery, which opened in 1994, sold 41,000 loaves last year, up from 30,000 in 2019.';
    expect(dates(text)).toContain('1994');
  });
  it('must not fire: "The van, bought in 2001 and run since 2010 by the owners, drove 9,000 miles, up from …" keeps 2001', () => {
    const text =
      LEAD + 'The van, bought in 2001 and run since 2010 by the owners, drove 9,000 miles last year, up from 7,000.';
    expect(dates(text)).toContain('2001');
  });
});

describe('BUDGET_SET_ASIDE: money set aside for a period is a budget, no happening', () => {
  it('"The council has set aside £40,000 for new ovens next year" drafts no 2027', () => {
    const text = LEAD + 'The council has set aside £40,000 for new ovens at the market hall next year.';
    expect(dates(text)).not.toContain('2027');
  });
  it('must not fire: a firm plan ("will buy new ovens next year") keeps its year', () => {
    const text = LEAD + 'The council will buy new ovens for the market hall next year.';
    expect(dates(text)).toContain('2027');
  });
});

describe('COMPARED_AFTER_YEAR: a financial year set against another figure', () => {
  it('"1,200 complaints were made in 2024-25, against 800 the year before" drafts no 2024', () => {
    const text = LEAD + 'Figures show 1,200 complaints were made in 2024-25, against 800 the year before.';
    expect(dates(text)).not.toContain('2024');
  });
  it('must not fire: a deed of a financial year with no comparison keeps its year', () => {
    const text = LEAD + 'The bakery was sold to its staff in 2024-25.';
    expect(dates(text)).toContain('2024');
  });
});

describe('BUSIEST_PERIOD: the busiest month of a trade is a habit, no happening', () => {
  it('"The baker says August is her busiest month" drafts no August', () => {
    const text = LEAD + 'The baker says August is her busiest month, when the campsite is full.';
    expect(added(text)).toEqual([]);
  });
  it('must not fire: a happening of a month ("In August the bakery was sold") keeps it', () => {
    const text = LEAD + 'The shop next door was sold to a chain in April.';
    expect(dates(text)).toContain('2026-04');
  });
});

describe('CALLED_FOR_BY: a demand with a deadline is no happening of the deadline', () => {
  it('"The traders\' group called for the repairs to start by September" drafts no September', () => {
    const text =
      LEAD + "The traders' group on Tollgate Row, which has 40 members, called for the repairs to start by September.";
    expect(added(text)).toEqual([]);
  });
  it('must not fire: a firm plan with a deadline ("will finish the repairs by September") keeps it', () => {
    const text = LEAD + 'The council will finish the repairs to Tollgate Row by September.';
    expect(dates(text)).toContain('2026-09');
  });
});

describe('ONCE_PLANNED: the date a called-off thing had been booked for is no happening', () => {
  it('"The fair had been booked for 20 and 21 June" drafts no June', () => {
    const text = LEAD + 'The bakery fair, run by the traders, had been booked for 20 and 21 June.';
    expect(added(text)).toEqual([]);
  });
  it('must not fire: a firm plan ("will be held on 20 June") keeps its day', () => {
    const text = LEAD + 'The bakery fair will be held on 20 June.';
    expect(dates(text)).toContain('2026-06-20');
  });
  it('must not fire: a past happening with its date ("was held on 20 April") keeps its day', () => {
    const text = LEAD + 'The last bakery fair was held on 20 April.';
    expect(dates(text)).toContain('2026-04-20');
  });
});
