import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

// The patterns of issue 12t, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('a change measured "since" a date takes the date as its base, no happening', () => {
  it('a rise or fall by an amount since a year drafts nothing for the year', () => {
    expect(events('The mill closed on Monday. Bus fares have risen by a third since 2021.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
    expect(events('The mill closed on Monday. Rents in the town climbed 12% since 2020.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('a multiplied quantity since a year drafts nothing for the year', () => {
    expect(
      events('The mill closed on Monday. Membership of the club has more than doubled since 2018, the club said.'),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(events('The mill closed on Monday. Visitor numbers have fallen every year since 2015.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('a happening after "since", a count of happenings or a state still has its date', () => {
    expect(events('The mill closed on Monday. Prices have risen since the plant was sold in 2019.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2019', 'reported'],
    ]);
    // 12ss: a count or a state since a year before this one is background.
    expect(events('The mill closed on Monday. The firm has fined the club four times since 2019.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
    expect(events('The mill closed on Monday. Ravel, who has led the union since 2017, said it would strike.')).toEqual(
      [['2026-05-11', 'reported']],
    );
  });
});

describe('a body "of" a plural noun for people keeps that noun in its name', () => {
  it('"the Federation of Dairy Farmers" and "the Association of Bus Drivers" are whole names', () => {
    expect(
      speaker(
        'The Federation of Dairy Farmers said the cut was "reckless and unfair" and asked for talks.',
        'reckless',
      ),
    ).toBe('Federation of Dairy Farmers');
    expect(speaker('The Association of Bus Drivers said the offer was "an insult".', 'an insult')).toBe(
      'Association of Bus Drivers',
    );
  });
  it('a statement of such a body is given to the statement', () => {
    expect(
      speaker(
        'Drivers were angry. The Society of Harbour Pilots said in a statement that the offer was "an insult".',
        'an insult',
      ),
    ).toBe('Society of Harbour Pilots statement');
  });
  it('a title before a person after a body is still left out of its name', () => {
    expect(
      speaker('Bank of Vantor Governor Ida Lund said the rise was "long overdue and modest".', 'long overdue'),
    ).toBe('Ida Lund');
    expect(
      readLedger('The Ministry of Fisheries said the quota was "final and binding".').members.map((m) => m.name),
    ).toContain('Ministry of Fisheries');
  });
});

describe('"and" between two titles joins the offices of one person, who is the subject', () => {
  it('"chairman and CEO X said" gives the quote to X', () => {
    expect(speaker('Harlo chairman and CEO Teodor Vass said the firm was "weighing every option."', 'weighing')).toBe(
      'Teodor Vass',
    );
    expect(
      speaker(
        'Brindle co-founder and chief executive Sanne Okoro wrote in a post on Monday that the bank was "open for business."',
        'open for',
      ),
    ).toBe('Sanne Okoro');
  });
  it('a person after "and" in a phrase a preposition governs is still its object', () => {
    expect(
      speaker(
        'The deal was signed by the chairman and Minister Ana Roe on Monday. Teodor Vass said it was "a sad day for all".',
        'a sad',
      ),
    ).toBe('Teodor Vass');
    expect(
      speaker('A spokesman for the chairman and CEO Ana Roe said the plan was "dead in the water".', 'dead in'),
    ).not.toBe('Ana Roe');
  });
});

describe('a text issued at a clock time dates the telling, not its words', () => {
  it('"said in a bulletin issued at 9 a.m. Tuesday that …" drafts nothing for Tuesday', () => {
    expect(
      events(
        'The mill closed on Monday. The Weather Office said in a bulletin issued at 9 a.m. Tuesday that gusts "could exceed anything recorded in the region since 1990."',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events(
        'The mill closed on Monday. The Coast Guard said in an update issued at 5 a.m. Tuesday that crews "had found no trace of the boat."',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('a happening at a clock time is still dated', () => {
    expect(events('The mill closed on Monday. Police said the man was arrested at 6 a.m. Tuesday in a raid.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
    expect(
      events('The mill closed on Monday. The council said in a notice that the bridge had reopened at 7 a.m. Tuesday.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('speaking to someone, an adverb first, is a scene, no happening', () => {
  it('"spoke briefly to reporters" and "spoke warmly to supporters" draft nothing', () => {
    expect(
      events('The mill closed on Monday. Mr Hale spoke briefly to reporters outside his office on Tuesday afternoon.'),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events(
        'The mill closed on Monday. The mayor spoke warmly to supporters at the town hall on Tuesday night. "We will rebuild," she said.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('speaking by phone with someone, and other verbs with an adverb, are still happenings', () => {
    expect(
      events('The mill closed on Monday. The minister spoke by phone with her Vantish counterpart on Tuesday.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
    expect(events('The mill closed on Monday. Ms Roe resigned suddenly from the board on Tuesday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('naming a thing in quoted words, with only where and when, is a remark', () => {
  it('"called the closure "…" in a post on Tuesday" and "described the offer as "…" at a rally" draft nothing', () => {
    expect(
      events(
        'The mill closed on Monday. The minister called the closure "a dark day" in a post on social media on Tuesday evening.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events(
        'The mill closed on Monday. On Tuesday, the union described the offer as "an insult to every worker" at a rally in Hale.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('a happening told beside the naming is still dated', () => {
    expect(
      events('The mill closed on Monday. The minister called the strike "illegal" and sacked 300 workers on Tuesday.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
    expect(
      events(
        'The mill closed on Monday. The board called the vote "a turning point" after it approved the sale on Tuesday.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('a decree, order or indictment that names a thing in quoted words is a text speaking', () => {
  it('the quoted words of a decree or an order, with the day it came out, draft nothing', () => {
    expect(
      events(
        'The mill closed on Monday. The decree, published in the state gazette on Tuesday, describes the levy as "a temporary and exceptional measure" for the winter.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events(
        'The mill closed on Monday. The order, signed by the governor on Tuesday, says the curfew is "needed to keep the peace".',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('a decree or an order that acts is still a happening', () => {
    expect(events('The mill closed on Monday. The decree published on Tuesday bans exports of wheat.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
    expect(
      events("The mill closed on Monday. The court issued an order on Tuesday freezing the firm's assets."),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('a telling on a day set in front, before the week, is recalled beside the plan it announced', () => {
  it('"On 3 April, the ministry told the band that … from June" drafts the telling and the plan', () => {
    expect(
      events(
        'The mill closed on Monday. On 3 April, the ministry told the band that its grant would fall by half from June.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-04-03', 'reported'],
      ['2026-06', 'planned'],
    ]);
    expect(
      events('The mill closed on Monday. On 20 March, the council told tenants that rents would rise in September.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-03-20', 'reported'],
      ['2026-09', 'planned'],
    ]);
  });
  it('a telling this week, or with its day after the verb, is an announcement only', () => {
    expect(
      events('The mill closed on Monday. On Tuesday, the council told tenants that rents would rise in September.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-09', 'planned'],
    ]);
    expect(
      events('The mill closed on Monday. The council told tenants on 20 March that rents would rise in September.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-09', 'planned'],
    ]);
  });
});
