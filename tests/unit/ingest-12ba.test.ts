import { describe, expect, it } from 'vitest';
import { planEventSources, planEvents, planQuoteDateOf } from '../ingest-read';

// The structural date rules of issue 12ba (round 46), each on sentences written for this file: every name, place
// and body here is invented and none comes from the test articles. Plans of the Quillon Ledger of Thursday 2026-05-14.

describe('participleAside: an aside opened by any past participle compromise knows, not only by a regular ending', () => {
  it('"The book fair, held on the first Saturday …, is expected to open on 6 June" is that day, planned', () => {
    expect(
      planEvents(
        'The Orrin book fair, held on the first Saturday of the month since 1998, is expected to open on 6 June.',
      ),
    ).toContainEqual(['2026-06-06', 'planned']);
  });
  it('"The ferry, sold to a Danish line on Monday, is due to leave on 30 May" is that day, planned', () => {
    expect(
      planEvents('The Tarvik ferry, sold to a Danish line on Monday, is due to leave Quillon for good on 30 May.'),
    ).toContainEqual(['2026-05-30', 'planned']);
  });
  it('must not fire: an aside opened by an adjective keeps the older reading', () => {
    expect(planEvents('The ferry office, short of staff since March, closed on Monday.')).toContainEqual([
      '2026-05-11',
      'reported',
    ]);
  });
  it('must not fire: a regular participle aside reads as before', () => {
    expect(planEvents('The old mill, bought by the trust in 2001, was sold on Tuesday.')).toContainEqual([
      '2026-05-12',
      'reported',
    ]);
  });
});

describe('sequelAhead: a weekday in a trailing "with …" or "pending …" phrase cannot lie before the main clause', () => {
  it('"Samples were taken yesterday, with results expected on Monday" dates the results the coming Monday', () => {
    expect(
      planEvents('Water samples were taken at Orrin quay yesterday, with results expected on Monday.'),
    ).toContainEqual(['2026-05-18', 'planned']);
  });
  it('"The quarry was closed on Wednesday, with an inspection planned for Monday" is the coming Monday', () => {
    expect(
      planEvents('The Orrin quarry was closed on Wednesday, with an inspection planned for Monday.'),
    ).toContainEqual(['2026-05-18', 'planned']);
  });
  it('"The lift was shut on Wednesday pending a safety check on Monday" is the coming Monday', () => {
    expect(
      planEvents('The harbour lift in Orrin was shut on Wednesday pending a safety check on Monday.'),
    ).toContainEqual(['2026-05-18', 'planned']);
  });
  it('"The road has been closed pending repairs on Tuesday" (no day in the main clause) is the coming Tuesday', () => {
    expect(planEvents('The coast road at Quillon has been closed pending repairs on Tuesday.')).toContainEqual([
      '2026-05-19',
      'planned',
    ]);
  });
  it('must not fire: a sequel after the main clause\'s day, "hit on Sunday, with flooding continuing on Monday"', () => {
    expect(planEvents('The storm hit Quillon on Sunday, with flooding continuing on Monday.')).toEqual([
      ['2026-05-10', 'reported'],
    ]);
  });
  it('must not fire: a "with" phrase with no verb, "met on Tuesday with officials on Monday" is not read', () => {
    expect(planEvents('The mayor of Orrin was named on Tuesday, with the budget on Monday.')).not.toContainEqual([
      '2026-05-18',
      'planned',
    ]);
  });
});

describe('firstVerbAfterModifiers: a past conjunct opened by a modifier ("last", "then") is a clause of its own', () => {
  it('"built in 1880 and last repainted in 2011" drafts the repainting in 2011', () => {
    expect(
      planEvents('The Orrin lighthouse, built in 1880 and last repainted in 2011, was closed to visitors on Monday.'),
    ).toContainEqual(['2011', 'reported']);
  });
  it('"opened in 1931 and then widened in 1976" drafts the widening in 1976', () => {
    expect(
      planEvents('The Quillon footbridge, opened in 1931 and then widened in 1976, will be replaced next year.'),
    ).toContainEqual(['1976', 'reported']);
  });
  it('must not fire: a conjunct with no date of its own ("and later repainted") stays with its clause', () => {
    expect(
      planEvents('The Orrin lighthouse, built in 1880 and later repainted, was closed to visitors on Monday.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['1880', 'reported'],
    ]);
  });
});

describe('AGAIN_DATED: "and again in <year>" may carry a clause of its own after a comma', () => {
  it('"won in 1962 and again in 1987, after a replay" drafts 1987', () => {
    expect(planEvents('The Quillon cup was won by Orrin in 1962 and again in 1987, after a replay at Tarvik.')).toEqual(
      [
        ['1962', 'reported'],
        ['1987', 'reported'],
      ],
    );
  });
  it('must not fire: "will sail on Friday and again on Sunday, when …" (a day to come) is not split as past', () => {
    expect(
      planEvents('The Orrin ferry will sail on Friday and again on Sunday, when the tide is high.'),
    ).toContainEqual(['2026-05-15', 'planned']);
  });
});

describe('withoutSequel: the trailing phrase drafted of its own is no part of the excerpt before it', () => {
  it('"…yesterday, with results expected on Monday" gives two excerpts, each with its own day', () => {
    expect(
      planEventSources('Water samples were taken at Orrin quay yesterday, with results expected on Monday.'),
    ).toEqual([
      ['Water samples were taken at Orrin quay yesterday', '2026-05-13'],
      ['results expected on Monday', '2026-05-18'],
    ]);
  });
  it('must not fire: a date that is no bare weekday ("with the recess starting on 18 December") is not split', () => {
    expect(
      planEvents('The Orrin assembly rose on Monday, with the winter recess starting on 18 December.'),
    ).not.toContainEqual(['2026-12-18', 'planned']);
  });
});

describe('ordinalWeekdayOf: "the first Sunday of the year" is a rule of the calendar, no day', () => {
  it('"The race, held on the first Sunday of the year since 1990, is set for 3 January" is not dated last Sunday', () => {
    expect(
      planEvents('The Quillon harbour race, held on the first Sunday of the year since 1990, is set for 3 January.'),
    ).toEqual([['2027-01-03', 'planned']]);
  });
  it('"The market is held on the last Saturday of every month" has no day', () => {
    expect(planEvents('The Orrin craft market is held on the last Saturday of every month.')).toEqual([]);
  });
  it('must not fire: "on Sunday" alone is the last Sunday', () => {
    expect(planEvents('The Orrin craft market was held on Sunday.')).toEqual([['2026-05-10', 'reported']]);
  });
});

describe('dayOfAThing: "…, which expires on 30 June": a present "which" clause before a day still to come is planned', () => {
  it('"its lease on the quay, which expires on 30 June" drafts 30 June, planned', () => {
    expect(
      planEvents(
        'The Orrin ferry company gave notice last month that it would end its lease on the quay, which expires on 30 June.',
      ),
    ).toContainEqual(['2026-06-30', 'planned']);
  });
  it('"the market licence, which runs out on 31 July" drafts 31 July, planned', () => {
    expect(
      planEvents(
        'The council said on Monday it would not renew the Quillon market licence, which runs out on 31 July.',
      ),
    ).toContainEqual(['2026-07-31', 'planned']);
  });
  it('must not fire: a person\'s clause, "The mayor, who turns 60 on 2 June, resigned on Monday"', () => {
    expect(planEvents('The mayor of Orrin, who turns 60 on 2 June, resigned on Monday.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('must not fire: a habit, "the season, which usually opens on 1 June" (an adverb before the verb)', () => {
    expect(
      planEvents('The Orrin rowing club cancelled its season on Monday, which usually opens on 1 June.'),
    ).not.toContainEqual(['2026-06-01', 'planned']);
  });
  it('must not fire: a month alone, "The regatta, which opens in June, was cancelled on Monday"', () => {
    expect(planEvents('The Quillon regatta, which opens in June, was cancelled on Monday.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('sittingOwnClause: a sitting named before is dated by its own clause, not by a happening after "after"', () => {
  const lead = 'The Orrin harbour board voted on Tuesday to close the old slipway until it is rebuilt.\n\n';
  it('"voted 6-3 after a report into a collision on 2 March" leaves the quote "after the vote" on the vote\'s Tuesday', () => {
    const body = `${lead}Members voted 6-3 after a report into a collision on 2 March in which a dinghy sank.\n\nChair Ada Lorn said the decision had been hard.\n\n"We had no choice," she told reporters after the vote.`;
    expect(planQuoteDateOf(body, 'We had no choice')).toBe('2026-05-12');
  });
  it('"voted unanimously following a storm on 9 January" leaves the quote on Tuesday', () => {
    const body = `${lead}Members voted unanimously following a storm on 9 January that cracked the ramp.\n\n"It is the only safe course," harbourmaster Col Varga said after the vote.`;
    expect(planQuoteDateOf(body, 'It is the only safe course')).toBe('2026-05-12');
  });
  it('must not fire: a day before the "after" is the sitting\'s ("voted on Monday after a long debate")', () => {
    const body =
      'The Quillon council voted on Monday after a long debate to sell the pier.\n\n"It was the right call," Councillor Bea Ostrow said after the vote.';
    expect(planQuoteDateOf(body, 'It was the right call')).toBe('2026-05-11');
  });
});
