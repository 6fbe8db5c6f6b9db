import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The structural non-news rules of issue 12sx (round 45), each on sentences written for this file in several
// wordings: every name, place, body and outlet here is invented and none comes from the test articles. The articles
// are of Thursday 2026-05-14 (Tuesday 05-12, Monday 05-11); "last year" is 2025.

const LEAD = 'The Varnley bakery on Tollgate Row will close for good on 30 May, its owners said on Wednesday.\n\n';

/** The dates of the event drafts of `text`. */
const dates = (text: string) => events(text).map(([date]) => date);

describe('UNNAMED_TOLD_OUTLET: an unnamed source telling another outlet is no happening', () => {
  it('"A former baker told the Tollgate Echo last week that …" drafts no last week', () => {
    const text = LEAD + 'A former baker told the Tollgate Echo last week that the ovens were old.';
    expect(dates(text)).toEqual(['2026-05-30']);
  });
  it('"A person close to the owners told radio station KVRL last week that …" drafts no last week', () => {
    const text = LEAD + 'A person close to the owners told radio station KVRL last week that a buyer had pulled out.';
    expect(dates(text)).toEqual(['2026-05-30']);
  });
  it('"One supplier, who asked not to be named, told the Varnley Post on Tuesday that …" drafts no Tuesday', () => {
    const text =
      LEAD + 'One supplier, who asked not to be named, told the Varnley Post on Tuesday that bills had gone unpaid.';
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it('must not fire: a named person telling an outlet last week keeps the week', () => {
    const text = LEAD + 'Councillor Edna Morrow told the Tollgate Echo last week that the ovens were old.';
    expect(dates(text)).toContain('2026-05');
  });
  it('must not fire: an unnamed person telling the police keeps the day', () => {
    const text = LEAD + 'A neighbour told police on Monday that she had seen smoke from the back of the shop.';
    expect(dates(text)).toContain('2026-05-11');
  });
});

describe('ROUGH_COUNT_IN_YEAR: a rough count over a whole year is a statistic, no happening', () => {
  it('"About 3,000 people visited the fair last year" drafts no 2025', () => {
    const text = LEAD + 'About 3,000 people visited the Varnley fair last year, most of them from out of town.';
    expect(dates(text)).not.toContain('2025');
  });
  it('"Last year some 600 runners took part" drafts no 2025', () => {
    const text = LEAD + 'Last year some 600 runners took part in the Tollgate fun run.';
    expect(dates(text)).not.toContain('2025');
  });
  it('"In 2024 nearly 90,000 passengers used the ferry" drafts no 2024', () => {
    const text = LEAD + 'In 2024 nearly 90,000 passengers used the Varnley ferry.';
    expect(dates(text)).not.toContain('2024');
  });
  it('"charged £900 a month for a berth last year" (a rate) drafts no 2025', () => {
    const text = LEAD + 'The nearest other marina is 30 miles away and charged £900 a month for a berth last year.';
    expect(dates(text)).not.toContain('2025');
  });
  it('must not fire: a rough count on a day keeps the day', () => {
    const text = LEAD + 'About 40 people were moved out of the flats above the shop on Tuesday.';
    expect(dates(text)).toContain('2026-05-12');
  });
  it('must not fire: a rough figure as the object of a deed keeps the year', () => {
    const text = LEAD + 'A grass fire on the common destroyed more than 300 hectares in 2019.';
    expect(dates(text)).toContain('2019');
  });
  it('must not fire: a rough figure in a clause after "and" leaves the year of the first clause', () => {
    const text = LEAD + 'The bakery opened in 1968 and sells about 900 loaves a day.';
    expect(dates(text)).toContain('1968');
  });
  it('must not fire: an exact sum paid in a year keeps the year', () => {
    const text = LEAD + 'The bakery paid a £4,000 fine in 2024 for a hygiene breach.';
    expect(dates(text)).toContain('2024');
  });
});

describe('countHeldBy: a count held by a time is a running tally, no happening', () => {
  it('"By this morning the petition had about 1,900 signatures" drafts no today', () => {
    const text =
      LEAD + 'Regulars started a petition to save the shop. By this morning the petition had about 1,900 signatures.';
    expect(dates(text)).toEqual(['2026-05-30']);
  });
  it('"By Tuesday the appeal fund has £6,500" drafts no Tuesday', () => {
    const text = LEAD + 'Regulars started an appeal fund. By Tuesday night it had £6,500.';
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it('must not fire: a deed done by a day keeps the day', () => {
    const text = LEAD + 'By Tuesday night the council had closed the road outside the shop.';
    expect(dates(text)).toContain('2026-05-12');
  });
});

describe('SINCE_MONTH: the month a duration started is no happening, however recent', () => {
  it('"the third break-in there since March" drafts no March', () => {
    const text = LEAD + 'Police were called to the bakery on Tuesday, the third break-in there since March.';
    expect(dates(text)).not.toContain('2026-03');
  });
  it('"Anyone who bought a voucher since February can claim" drafts no February', () => {
    const text = LEAD + 'Anyone who bought a voucher since February can claim the money back, the owners said.';
    expect(dates(text)).not.toContain('2026-02');
  });
  it('must not fire: a state in the perfect since a month keeps its month', () => {
    const text = LEAD + 'The flats above the shop have been empty since March.';
    expect(dates(text)).toContain('2026-03');
  });
  it('must not fire: a happening of its own after "since" keeps its month', () => {
    const text = LEAD + 'Takings have fallen since the road outside was dug up in March.';
    expect(dates(text)).toContain('2026-03');
  });
});

describe('CONDITIONAL_MODAL: a happening that "could" or "would" follow a condition is no drafted event', () => {
  it('"If it is approved, a new oven could be installed "by early August," the report says" drafts nothing new', () => {
    const text = LEAD + 'If it is approved, a new oven could be installed "by early August," the report says.';
    expect(dates(text)).toEqual(['2026-05-30']);
  });
  it('"If the sale goes through, the new owners might reopen the shop "in September," she said" drafts nothing new', () => {
    const text = LEAD + 'If the sale goes through, the new owners might reopen the shop "in September," she said.';
    expect(dates(text)).toEqual(['2026-05-30']);
  });
  it('must not fire: a firm plan keeps its month', () => {
    const text = LEAD + 'The street market will return to Tollgate Row in July.';
    expect(dates(text)).toContain('2026-07');
  });
});

describe('relativeReportedThat: the day a body "which reported … that" told something is no happening', () => {
  it('"…, which reported on 4 May that the flour was damp" drafts no 4 May', () => {
    const text = LEAD + 'The owners blamed a mill survey, which reported on 4 May that the flour store was damp.';
    expect(dates(text)).not.toContain('2026-05-04');
  });
  it('"…, which found last week that the oven was unsafe" drafts no last week', () => {
    const text = LEAD + 'They cited a gas engineer’s check, which found last week that the oven was unsafe.';
    expect(dates(text)).toEqual(['2026-05-30']);
  });
  it('must not fire: a deed in a relative clause keeps its day', () => {
    const text = LEAD + 'The owners thanked the fire brigade, which put out a blaze in the shop on 4 May.';
    expect(dates(text)).toContain('2026-05-04');
  });
});

describe('negatedSubject: "no one was hurt in Tuesday\'s fire" tells that nothing happened in a happening told before', () => {
  it('"Police said no one was hurt in Tuesday\'s fire" drafts no Tuesday', () => {
    const text = LEAD + "Police said no one was hurt in Tuesday's fire at the back of the shop.";
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it('"The fire brigade said none of the staff were hurt in Monday\'s blaze" drafts no Monday', () => {
    const text = LEAD + "The fire brigade said none of the staff were hurt in Monday's blaze at the bakery.";
    expect(dates(text)).not.toContain('2026-05-11');
  });
  it('must not fire: "no one was injured in the blast on Monday" (the blast not told before) keeps Monday', () => {
    const text = LEAD + 'Police said no one was injured in the blast on Monday.';
    expect(dates(text)).toContain('2026-05-11');
  });
  it('must not fire: an active verb after a negative subject ("No buses ran on Tuesday") keeps the day', () => {
    const text = LEAD + 'No buses ran along Tollgate Row on Tuesday because of the roadworks.';
    expect(dates(text)).toContain('2026-05-12');
  });
});

describe('toldNothing: a passive telling with nothing told is no happening', () => {
  it('"The shop\'s 12 staff were told by email on Tuesday." drafts no Tuesday', () => {
    const text = LEAD + "The shop's 12 staff were told by email on Tuesday.";
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it('"Suppliers were told last week." drafts no last week', () => {
    const text = LEAD + 'Suppliers were told last week.';
    expect(dates(text)).toEqual(['2026-05-30']);
  });
  it('must not fire: a telling set after what was told ("…, a jury was told on Wednesday") keeps the day', () => {
    const text = LEAD + 'The baker had hidden the takings for years, a jury was told on Wednesday.';
    expect(dates(text)).toContain('2026-05-13');
  });
  it('must not fire: a telling with its content keeps the day', () => {
    const text = LEAD + 'Staff were told on Tuesday that the shop would close on 30 May and the lease had been sold.';
    expect(dates(text)).toContain('2026-05-12');
  });
});
