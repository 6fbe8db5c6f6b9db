import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates, speakerOf } from '../ingest-read';

// The patterns of issue 12aa, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe("a quote after the speaker's dated statement that quotes words of its own continues that statement", () => {
  it('"…," she added after "X told the assembly on Tuesday that … "by June"" takes the Tuesday', () => {
    const text =
      'The ferry line will cut its winter sailings.\n\nHarbour Minister Odile Brankovar told the assembly on Tuesday that a new timetable would come "by June at the latest".\n\n"The islands cannot wait for ever," she added.';
    expect(planQuoteDates(text)).toContainEqual(['The islands cannot wait for ever', '2026-05-12']);
  });
  it('"…," he wrote after "In a blog post on Monday night, X said he was leaving "…"" takes the Monday', () => {
    const text =
      'The choir has lost its conductor.\n\nIn a blog post on Monday night, Fennick Asperault said he was leaving "with real sadness".\n\n"Twelve years is a long time," he wrote.';
    expect(planQuoteDates(text)).toContainEqual(['Twelve years is a long time', '2026-05-11']);
  });
  it('must not fire: a quote by someone else after the dated statement keeps the publication day', () => {
    const text =
      'The ferry line will cut its winter sailings.\n\nHarbour Minister Odile Brankovar told the assembly on Tuesday that a new timetable would come "by June at the latest".\n\n"We have heard that before," said islander Gunnvor Preskett.';
    expect(planQuoteDates(text)).toContainEqual(['We have heard that before', '2026-05-14']);
  });
});

describe('"…," she told the meeting / he said after the vote: the day of the sitting named before', () => {
  it('"she told the meeting" after "Governors voted last night to …" takes the night before', () => {
    const text =
      'The college will drop its evening classes after governors voted last night to save £300,000.\n\nThe board approved the cut after a long meeting at the town hall.\n\n"Nobody wanted this," the chair, Wilhelmina Ostrander, told the meeting.';
    expect(planQuoteDates(text)).toEqual([['Nobody wanted this', '2026-05-13']]);
  });
  it('"he said after the vote" after "The parish board voted 5-2 on Monday to …" takes the Monday', () => {
    const text =
      'The parish board voted 5-2 on Monday to sell the old fire station.\n\n"It is a sad day," board member Lorcan Peverill said after the vote.';
    expect(planQuoteDates(text)).toEqual([['It is a sad day', '2026-05-11']]);
  });
  it('must not fire: "she said after the vote" with no sitting dated before keeps the publication day', () => {
    const text =
      'The parish board will sell the old fire station, it decided on Monday.\n\n"It is a sad day," board member Lorcan Peverill said after the vote.';
    expect(planQuoteDates(text)).toEqual([['It is a sad day', '2026-05-14']]);
  });
  it('must not fire: "she told reporters" after a dated vote keeps the publication day', () => {
    const text =
      'The parish board voted 5-2 on Monday to sell the old fire station.\n\n"It is a sad day," board member Lorcan Peverill told reporters.';
    expect(planQuoteDates(text)).toEqual([['It is a sad day', '2026-05-14']]);
  });
});

describe('a year of study before a name ("Sophomore <Name>") is a title, not part of the name', () => {
  it('"Sophomore Odalys Brenkeld, who …, called the fee "…"" gives the quote to Odalys Brenkeld', () => {
    const text =
      'The college raised its parking fee on Monday.\n\nSophomore Odalys Brenkeld, who drives in from the coast, called the fee "a tax on commuters."';
    expect(speakerOf(text, 'a tax on commuters')).toMatchObject({ name: 'Odalys Brenkeld', kind: 'person' });
  });
  it('must not fire: "said Odalys Brenkeld, a sophomore" keeps the name as written', () => {
    const text =
      'The college raised its parking fee on Monday.\n\n"It is a tax on commuters," said Odalys Brenkeld, a sophomore.';
    expect(speakerOf(text, 'It is a tax on commuters')).toMatchObject({ name: 'Odalys Brenkeld', kind: 'person' });
  });
});

describe('a comparison seen ("appeared lighter than usual on Monday") is an observation, no happening', () => {
  it('"The queues at the border appeared shorter than usual on Tuesday" drafts nothing for Tuesday', () => {
    expect(
      events('The new e-gates opened on Monday.\n\nThe queues at the border appeared shorter than usual on Tuesday.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('"The beach looked far busier than last year on Sunday" drafts nothing for Sunday', () => {
    expect(
      events('The lifeguards returned on Monday.\n\nThe beach looked far busier than last year on Sunday.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "The mayor appeared in court on Tuesday" is news', () => {
    expect(events('The new e-gates opened on Monday.\n\nThe mayor appeared in court on Tuesday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('a count expected in the present tense ("expects about 9,000 riders a day …") is a forecast, no plan', () => {
  it('"The operator expects about 9,000 riders a day at first, rising to 15,000 by 2030" drafts nothing for 2030', () => {
    expect(
      events(
        'The cable car opened on Monday.\n\nThe operator expects about 9,000 riders a day at first, rising to 15,000 by 2030.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "The operator expects to open a second line in 2030" is a plan', () => {
    expect(events('The cable car opened on Monday.\n\nThe operator expects to open a second line in 2030.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2030', 'planned'],
    ]);
  });
});

describe('a reported clause dated only by a noun ("Monday\'s vote would …") tells what would follow, no happening', () => {
  it('"The federation said it hoped Monday\'s vote would persuade other clubs" drafts nothing for Monday', () => {
    expect(
      events(
        "The rowing club voted on Monday to admit men.\n\nThe federation said it hoped Monday's vote would persuade other clubs to follow.",
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "The fire service said Monday\'s fire destroyed 40 sheds" dates the fire', () => {
    expect(
      events("The allotments reopened on Wednesday.\n\nThe fire service said Monday's fire destroyed 40 sheds."),
    ).toContainEqual(['2026-05-11', 'reported']);
  });
});

describe('a state of staying in a relative clause ("who has lived on the island since 1998") is background', () => {
  it('"The ferryman, who has lived on the island since 1987, said …" drafts nothing for 1987', () => {
    expect(
      events(
        'The island ferry was withdrawn on Monday.\n\nThe ferryman, Osgar Tullivane, who has lived on the island since 1987, said the loss would be felt.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('12ss: "The regulator, which has fined the firm twice since 2021, …" starts a count before this year: background', () => {
    expect(
      events(
        'The water firm was fined again on Monday.\n\nThe regulator, which has fined the firm twice since 2021, said it would act.',
      ),
    ).not.toContainEqual(['2021', 'reported']);
  });
});

describe('a count of years ahead ("will be reviewed in two years") is a horizon, no planned date', () => {
  it('"The scheme will be reviewed by ministers in three years" drafts no plan', () => {
    expect(
      events(
        'The bottle deposit scheme started on Monday.\n\nThe scheme will be reviewed by ministers in three years.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "The scheme will be reviewed in two weeks" keeps its plan', () => {
    expect(
      events('The bottle deposit scheme started on Monday.\n\nThe scheme will be reviewed by ministers in two weeks.'),
    ).toContainEqual(['2026-05-28', 'planned']);
  });
  it('must not fire: "The scheme will be reviewed in 2029" keeps its year', () => {
    expect(
      events('The bottle deposit scheme started on Monday.\n\nThe scheme will be reviewed by ministers in 2029.'),
    ).toContainEqual(['2029', 'planned']);
  });
});

describe('"since 2018 and that …": a second reported clause after "and that" ends the "since" clause', () => {
  it('"said bus journeys had fallen by 20 per cent since 2018 and that fares would "…"" drafts nothing for 2018', () => {
    expect(
      events(
        'The bus company cut six routes on Monday.\n\nIn a report to the board, managers said bus journeys had fallen by 20 per cent since 2018 and that fares would "have to rise again".',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "said the town had grown since the factory opened in 2015 and that …" still dates the opening', () => {
    expect(
      events(
        'The bus company cut six routes on Monday.\n\nManagers said the town had grown since the factory opened in 2015 and that schools were "full to the doors".',
      ),
    ).toContainEqual(['2015', 'reported']);
  });
});

describe('a name of a body with "of the" inside ("Office of the Registrar") is read whole', () => {
  it('"In a statement on Friday, the Office of the Registrar said the college "…"" gives the quote to its statement', () => {
    const text =
      'The student union voted on Thursday to remove its treasurer.\n\nIn a statement on Friday, the Office of the Registrar said the college "accepts the result of the vote."';
    expect(speakerOf(text, 'accepts the result of the vote')).toMatchObject({
      name: 'Office of the Registrar statement',
      kind: 'document',
    });
  });
  it('must not fire: "Dalia Fenwright of the Tenants Union said" keeps the person', () => {
    const text =
      'The rent board met on Thursday.\n\n"Nobody listened to us," Dalia Fenwright of the Tenants Union said.';
    expect(speakerOf(text, 'Nobody listened to us')).toMatchObject({ name: 'Dalia Fenwright', kind: 'person' });
  });
});

describe('a relative clause giving both ends of a window this week ("which opened Monday and closed Thursday") is no happening', () => {
  it('"The consultation, which opened on Monday and closed at noon Wednesday, drew 900 replies" drafts nothing for either day', () => {
    expect(
      events(
        'The council dropped the car park plan on Thursday.\n\nThe consultation, which opened on Monday and closed at noon Wednesday, drew 900 replies.',
      ),
    ).toEqual([['2026-05-14', 'reported']]);
  });
  it('must not fire: "The mill, which opened in 1951 and closed in 2009, …" keeps its history', () => {
    expect(
      events(
        'The council dropped the car park plan on Thursday.\n\nThe mill, which opened in 1951 and closed in 2009, will become flats.',
      ),
    ).toContainEqual(['2009', 'reported']);
  });
});

describe('"said last week" is the time of the speaking, not of the clause it reports', () => {
  it('"The club said last week it would not contest the fine" drafts nothing', () => {
    expect(
      events('The league fined the club on Monday.\n\nThe club said last week it would not contest the fine.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "The club said last week it had sacked its coach" still drafts the sacking', () => {
    expect(
      events('The league fined the club on Monday.\n\nThe club said last week it had sacked its coach.'),
    ).toContainEqual(['2026-05', 'reported']);
  });
});
