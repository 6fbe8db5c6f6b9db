import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12so (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Sunday 05-10, Monday 05-11, Tuesday 05-12, Wednesday 05-13); "last year" is 2025.

const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';

describe('figureOrRecordDate (COMPARED_WITH_FIGURE): the date of the figure a count is compared with dates no happening', () => {
  it('"…had reached 95 so far this year, compared with 60 in 2024" drafts no 2024', () => {
    const text =
      LEAD +
      'The Ferry Owners Guild said cancelled sailings among its members had reached 95 so far this year, compared with 60 in 2024.';
    expect(events(text)).not.toContainEqual(['2024', 'reported']);
  });
  it('"Shop closures in the county rose to 48 this spring, compared to 31 in 2023" drafts no 2023', () => {
    const text = LEAD + 'Shop closures in the county rose to 48 this spring, compared to 31 in 2023.';
    expect(events(text)).not.toContainEqual(['2023', 'reported']);
  });
  it('"…the berth fee doubled to £400, against £200 in 2022" drafts no 2022', () => {
    const text = LEAD + 'Skippers said the berth fee had doubled to £400, against £200 in 2022.';
    expect(events(text)).not.toContainEqual(['2022', 'reported']);
  });
  it('must not fire: "The council compared the two bids in 2024 and chose the cheaper one" keeps 2024', () => {
    const text = LEAD + 'The council compared the two bids in 2024 and chose the cheaper one.';
    expect(events(text)).toContainEqual(['2024', 'reported']);
  });
  it('must not fire: a dated clause of its own after ", and" keeps its date', () => {
    const text =
      LEAD + 'Closures reached 48, compared with 31 in 2023, and the last boatyard in Varnley shut in April.';
    expect(events(text)).toContainEqual(['2026-04', 'reported']);
  });
  it('must not fire: "The marina was sold in 2023, compared with…" — the date before the comparison keeps it', () => {
    const text = LEAD + 'The marina was sold to a developer in 2023 for £2m, compared with £3m asked in 2021.';
    expect(events(text)).toContainEqual(['2023', 'reported']);
  });
});

describe('HABIT_STATE: a state that recurs every season is no happening', () => {
  it('"The ferry is normally in service from April to October" drafts nothing', () => {
    const text = LEAD + 'The ferry is normally in service from April to October.';
    expect(events(text)).toEqual([]);
  });
  it('"… has 12 lanes and is usually open from November to March" drafts nothing', () => {
    const text = LEAD + 'The Varnley ice rink has 12 lanes and is usually open from November to March.';
    expect(events(text)).toEqual([]);
  });
  it('"The beach café typically closes in September" drafts nothing', () => {
    const text = LEAD + 'The beach café typically closes in September.';
    expect(events(text)).toEqual([]);
  });
  it('must not fire: "The pool, which is usually open late, closed on Monday" keeps its Monday', () => {
    const text = LEAD + 'The pool, which is usually open late, closed on Monday after a leak.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "The ferry normally sails until October but was laid up in April" keeps its April', () => {
    const text = LEAD + 'The ferry normally sails until October but was laid up in April.';
    expect(events(text)).toContainEqual(['2026-04', 'reported']);
  });
  it('must not fire: "The café is not normally shut, but it closed on Tuesday" keeps its Tuesday', () => {
    const text = LEAD + 'The café is not normally shut, but it closed on Tuesday for a deep clean.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: a plan with a habit in a relative clause after it keeps its day', () => {
    const text =
      LEAD + 'The winning crew is due to row in the harbour race on June 3, a slot that usually goes to the champions.';
    expect(events(text)).toContainEqual(['2026-06-03', 'planned']);
  });
  it('must not fire: a plan "The rink will open in November" keeps its November', () => {
    const text = LEAD + 'The rink will open in November.';
    expect(events(text)).toContainEqual(['2026-11', 'planned']);
  });
});

describe('RECORD_FROM: a record, count or message "from <year>" is the date of a thing, no happening', () => {
  it('"… saying the forecast was based on passenger counts from 2023" drafts no 2023', () => {
    const text =
      LEAD + 'The harbour master rejected that, saying the forecast was based on passenger counts from 2023.';
    expect(events(text)).not.toContainEqual(['2023', 'reported']);
  });
  it('"She has since found an email from 2021 in which …" drafts no 2021', () => {
    const text =
      LEAD + 'She says she has since found an email from 2021 in which the skipper promised her a berth for life.';
    expect(events(text)).not.toContainEqual(['2021', 'reported']);
  });
  it('"The plan relied on tide data from 2019" drafts no 2019', () => {
    const text = LEAD + 'The plan relied on tide data from 2019, the harbour board said.';
    expect(events(text)).not.toContainEqual(['2019', 'reported']);
  });
  it('must not fire: "The board published figures from its survey in March" keeps its March', () => {
    const text = LEAD + 'The board published figures from its survey in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: "moved its moorings from 2021 to the east quay" is no record; the sale keeps its 2019', () => {
    const text = LEAD + 'The marina was sold in 2019 and moved its moorings from 2021 to the east quay.';
    expect(events(text)).toContainEqual(['2019', 'reported']);
  });
  it('must not fire: "Police released footage from 2022 on Monday" keeps its Monday', () => {
    const text = LEAD + 'Police released footage from 2022 on Monday showing the skipper at the quay.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});

describe('TALLY_FOR_PERIOD: a running total for a month or a year is a figure, no happening', () => {
  it('"… said bookings had reached 420 so far this year" drafts no 2026', () => {
    const text = LEAD + 'The Varnley Boat Club said bookings among its members had reached 420 so far this year.';
    expect(events(text)).not.toContainEqual(['2026', 'reported']);
  });
  it('"… said it had logged 37 false alarms in March alone" drafts no March', () => {
    const text = LEAD + 'The coastguard said it had logged 37 false alarms along the estuary in March alone.';
    expect(events(text)).not.toContainEqual(['2026-03', 'reported']);
  });
  it('"… said the harbour collected £12,000 in fees in the 2025 financial year" drafts no 2025', () => {
    const text = LEAD + 'Ms Tarrow said the harbour collected just £12,000 in mooring fees in the 2025 financial year.';
    expect(events(text)).not.toContainEqual(['2025', 'reported']);
  });
  it('must not fire: "The booking site sold 900 tickets on Saturday alone" keeps its Saturday', () => {
    const text = LEAD + 'The booking site sold 900 tickets on Saturday alone.';
    expect(events(text)).toContainEqual(['2026-05-09', 'reported']);
  });
  it('must not fire: "The marina reopened in March, and it has drawn 4,000 visitors so far this year" keeps March', () => {
    const text = LEAD + 'The marina reopened in March, and it has drawn 4,000 visitors so far this year.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: "The board approved the budget for the 2027 financial year on Tuesday" keeps its Tuesday', () => {
    const text = LEAD + 'The harbour board approved its budget for the 2027 financial year on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('ANNOUNCED_THING: the announcing of the news named again in a "since" clause or an aside dates no happening', () => {
  it('"Regulars have packed the bar since the closure was announced on Monday" drafts nothing', () => {
    const text = LEAD + 'Regulars have packed the bar every night since the closure was announced on Monday.';
    expect(events(text)).toEqual([]);
  });
  it('"The cuts, announced to staff on Tuesday, will cost about 80 jobs" drafts nothing', () => {
    const text = LEAD + 'The cuts, announced to staff on Tuesday, will cost about 80 jobs at the yard.';
    expect(events(text)).toEqual([]);
  });
  it('must not fire: "A rescue package for the yard was announced on Tuesday" keeps its Tuesday', () => {
    const text = LEAD + 'A rescue package for the yard was announced on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "The council announced on Monday that it would shut the pool" keeps its Monday', () => {
    const text = LEAD + 'The council announced on Monday that it would shut the pool in June.';
    expect(events(text).length).toBeGreaterThan(0);
  });
  it('must not fire: "Shares fell 9% after the cuts were announced on Tuesday" keeps its Tuesday', () => {
    const text = LEAD + 'Shares in the yard fell 9% after the cuts were announced on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "The yard, bought by the council on Monday, will reopen" is no announcement', () => {
    const text = LEAD + 'The yard, bought by the council on Monday, will reopen in June.';
    expect(events(text).map(([date]) => date)).toContain('2026-05-11');
  });
});

describe('speechPastAside: a speaker introduced with a relative clause still speaks', () => {
  it('"Nurse X, 42, who works at …, told the agency on Tuesday she had been paying …" drafts nothing', () => {
    const text =
      LEAD +
      'Nurse Elspeth Vardy, 42, who works at the hospital in Varnley, told the agency on Tuesday she had been paying 30 euros a week for parking.';
    expect(events(text)).toEqual([]);
  });
  it('"Angler X, 70, who has fished the estuary for decades, said on Monday the water looked cleaner" drafts nothing', () => {
    const text =
      LEAD +
      'Angler Dougal Prentice, 70, who fishes the estuary most weekends, said on Monday the water looked cleaner than it had for years.';
    expect(events(text)).toEqual([]);
  });
  it('must not fire: a dated happening in the reported clause keeps its date', () => {
    const text =
      LEAD +
      'Skipper Tom Arden, 51, who found the wreck, told the agency on Tuesday he had reported it to the coastguard on Sunday.';
    expect(events(text)).toContainEqual(['2026-05-10', 'reported']);
  });
  it('must not fire: a relative clause before a deed, with no speech, keeps its day', () => {
    const text = LEAD + 'The harbour master, who retires in June, closed the slipway on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});
