import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates } from '../ingest-read';

// The patterns of issue 12ab, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"in the week after it": one unit of time around another happening is no date', () => {
  it('"X told the assembly that the change led to more falls in the week after it" drafts no week ahead', () => {
    const text =
      'The assembly voted on Tuesday to end the spring holiday.\n\nEducation Minister Pelle Ostrawick told the assembly that the holiday led to more truancy in the week after it.';
    expect(events(text)).toEqual([['2026-05-12', 'reported']]);
  });
  it('"bookings fell in the month before the vote" drafts no month for the fall', () => {
    const text =
      'The assembly voted on Tuesday to end the spring holiday.\n\nTravel agents said bookings fell sharply in the month before the vote.';
    expect(events(text)).toEqual([['2026-05-12', 'reported']]);
  });
  it('must not fire: "the week after next" is still a week ahead', () => {
    const text = 'The ferry line will cut its winter sailings.\n\nThe new timetable will start the week after next.';
    expect(events(text)).toContainEqual(['2026-05-21', 'planned']);
  });
});

describe('"told the council", "told a news conference": words spoken at the sitting or announcement told before', () => {
  it('"…," X said after "X told the council that …" takes the night of the vote', () => {
    const text =
      'The town council voted 6-1 on Tuesday night to close the lido.\n\nCouncillor Maren Oddvick, who voted against, told the council that the pool had served the town for a century. "We will regret this," Oddvick said.';
    expect(planQuoteDates(text)).toEqual([['We will regret this', '2026-05-12']]);
  });
  it('"He told the chamber: "…"" takes the night of the vote', () => {
    const text =
      'The town council voted 6-1 on Tuesday night to close the lido.\n\nCouncillor Bram Tollesby told the chamber: "This is a sad night for swimmers."';
    expect(planQuoteDates(text)).toEqual([['This is a sad night for swimmers.', '2026-05-12']]);
  });
  it('"X told a news conference that … "…"" takes the day X confirmed the news', () => {
    const text =
      'The harbour board will sell its three ferries, chairman Edvin Pardoe confirmed Tuesday.\n\nPardoe told a news conference at the harbour office that the fleet had "lost money for years."';
    expect(planQuoteDates(text)).toEqual([['lost money for years', '2026-05-12']]);
  });
  it('must not fire: "…," said Y after "X told the council that …" keeps the publication day', () => {
    const text =
      'The town council voted 6-1 on Tuesday night to close the lido.\n\nCouncillor Maren Oddvick told the council that the pool had served the town for a century. "It was losing money," said swimmer Teodor Halvane.';
    expect(planQuoteDates(text)).toEqual([['It was losing money', '2026-05-14']]);
  });
  it('must not fire: "told reporters" after a dated vote keeps the publication day', () => {
    const text =
      'The town council voted 6-1 on Tuesday night to close the lido.\n\nCouncillor Bram Tollesby told reporters: "This is a sad night for swimmers."';
    expect(planQuoteDates(text)).toEqual([['This is a sad night for swimmers.', '2026-05-14']]);
  });
});

describe('"and again in 2011", "…, dropped it in 1925 and …": each dated member of a series is a happening of its own', () => {
  it('"won the cup in 2004 and again in 2017" drafts both years', () => {
    const text =
      'The rowing club will close its boathouse.\n\nThe club was founded in 1961 and won the national cup in 2004 and again in 2017.';
    expect(events(text)).toEqual(
      expect.arrayContaining([
        ['2004', 'reported'],
        ['2017', 'reported'],
      ]),
    );
  });
  it('"adopted the rule in 1921 as a trial, dropped it in 1925 and restored it in 1960" drafts all three years', () => {
    const text =
      'The league will scrap its offside rule.\n\nThe league adopted the rule in 1921 as a trial, dropped it in 1925 and restored it in 1960.';
    expect(events(text)).toEqual(
      expect.arrayContaining([
        ['1921', 'reported'],
        ['1925', 'reported'],
        ['1960', 'reported'],
      ]),
    );
  });
  it('must not fire: "The harbour, rebuilt after the war, reopened in 1951 and closed in 2014" splits no undated member', () => {
    const text =
      'The harbour will be sold.\n\nThe harbour, rebuilt after the war, reopened in 1951 and closed in 2014.';
    expect(events(text)).toEqual([
      ['1951', 'reported'],
      ['2014', 'reported'],
    ]);
  });
});

describe('a noun phrase in apposition before "since" ("a lifeguard since 1994") is a role held, no happening', () => {
  it('"…," said X, a lifeguard since 1994 drafts nothing for 1994', () => {
    const text = 'The lido closed on Monday.\n\n"It is a scandal," said Orla Denvick, a lifeguard since 1994.';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
  });
  it('"The club sold the ground, its home since 1921, on Monday" drafts only the sale', () => {
    const text = 'The rowing club is moving.\n\nThe club sold the boathouse, its home since 1921, on Monday.';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
  });
  it('12ss: "the regulator, which has fined the lido twice since 2021," starts a count before this year: background', () => {
    const text =
      'The lido closed on Monday.\n\nThe regulator, which has fined the lido twice since 2021, said it had acted.';
    expect(events(text)).not.toContainEqual(['2021', 'reported']);
  });
});

describe('a plural noun with "who" after it ("Locals who had gathered …") names a crowd of people for its mood', () => {
  it('"Locals who had gathered on the pier on Monday morning were blunt." drafts no happening', () => {
    const text =
      'The pier closed on Monday.\n\nLocals who had gathered on the pier on Monday morning were blunt.\n\n"It is a scandal," said Orla Denvick.';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "Anglers who fish from the pier were told on Monday to leave" is news', () => {
    const text = 'The pier closed on Monday.\n\nAnglers who fish from the pier were told on Monday to leave.';
    expect(events(text)).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a change measured in the present perfect over this year ("have risen sharply this year") is a trend, no happening', () => {
  it('"Crossings on the route have risen sharply this year." drafts nothing', () => {
    expect(events('The ferry port will close.\n\nCrossings on the route have risen sharply this year.')).toEqual([]);
  });
  it('"Crossings have fallen by a third so far this month." drafts nothing', () => {
    expect(events('The ferry port will close.\n\nCrossings have fallen by a third so far this month.')).toEqual([]);
  });
  it('must not fire: "Fares rose by 5% this year" in the simple past is still news', () => {
    expect(events('The ferry port will close.\n\nFares rose by 5% this year.')).toEqual([['2026', 'reported']]);
  });
});

describe('"were appointed the same afternoon": the day the last dated happening was told', () => {
  it('"Receivers were appointed the same afternoon" after "collapsed on Tuesday" drafts the Tuesday', () => {
    const text =
      'The bakery chain collapsed on Tuesday.\n\nReceivers from Ollard Marsh were appointed the same afternoon.';
    expect(events(text)).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
  it('must not fire: "In a notice posted the same evening, the board said …" is a text put out, no happening', () => {
    const text =
      'The bakery chain collapsed on Tuesday.\n\nIn a notice posted the same evening, the board said the shops would stay shut.';
    expect(events(text)).toEqual([['2026-05-12', 'reported']]);
  });
  it('must not fire: "on the same day as the vote" compares a day, drafts nothing of its own', () => {
    const text = 'The bakery chain collapsed on Tuesday.\n\nThe strike fell on the same day as the vote.';
    expect(events(text)).toEqual([['2026-05-12', 'reported']]);
  });
});
