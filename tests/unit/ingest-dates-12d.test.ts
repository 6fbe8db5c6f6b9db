import { describe, expect, it } from 'vitest';
import { backgroundDates, findDate } from '../../src/ingest/dates';
import { happeningsOf } from '../../src/ingest/happenings';

// Dates and happenings (issue 12d), each on sentences written for this file: every name, place
// and body here is invented and none comes from the test articles.

const PUBLISHED = new Date('2026-02-11T12:00:00Z'); // a Wednesday

/** The happenings of a sentence as [excerpt, date, future] triples. */
const happenings = (sentence: string) =>
  happeningsOf(sentence, PUBLISHED).map((h) => [h.excerpt, h.date.date, h.date.future ?? false]);

describe('dates counted from the publication', () => {
  it('"N years ago" is the year that many years before, whatever stands before it', () => {
    expect(findDate('A drought emptied the Tarrow reservoir for two months four years ago.', PUBLISHED)).toMatchObject({
      date: '2022',
      precision: 'year',
      future: false,
    });
    expect(findDate('The mill shut nearly three months ago.', PUBLISHED)).toMatchObject({
      date: '2025-11',
      precision: 'month',
    });
  });
  it('"the end of <month>" is the month', () => {
    expect(findDate('The guild plans to finish the survey by the end of April.', PUBLISHED)).toMatchObject({
      date: '2026-04',
      precision: 'month',
      future: true,
    });
  });
  it('"by the end of the year" is the year; "by the end of next year" the next', () => {
    expect(findDate('The yard will shed 90 jobs by the end of the year.', PUBLISHED)).toMatchObject({
      date: '2026',
      precision: 'year',
      future: true,
    });
    expect(findDate('The yard will close by the end of next year.', PUBLISHED)).toMatchObject({
      date: '2027',
      precision: 'year',
    });
  });
  it('an abbreviated month with a full stop is a day', () => {
    expect(
      findDate('The quarry has stayed shut since Jan. 9, and the ferry sailed on Dec. 4.', PUBLISHED),
    ).toMatchObject({
      date: '2025-12-04',
    });
  });
  it('the deadline of an order lies ahead: "ordered to leave by Friday"', () => {
    expect(findDate('The envoys were told to leave Brask by Friday.', PUBLISHED)).toMatchObject({
      date: '2026-02-13',
      future: true,
    });
  });
  it('"must leave by Sunday" and "were given until Sunday to leave" are deadlines ahead, not bounds', () => {
    expect(happenings('The attaches must leave the country by Sunday.')).toEqual([
      ['The attaches must leave the country by Sunday.', '2026-02-15', true],
    ]);
    expect(happenings('They were given until Sunday to leave.')).toEqual([
      ['They were given until Sunday to leave.', '2026-02-15', true],
    ]);
    expect(happenings('The talks lasted until Sunday.')).toEqual([]);
  });
  it('a day something is called or set for lies ahead', () => {
    expect(happenings('The guild has called a meeting for Friday to discuss the wage offer.')).toEqual([
      ['The guild has called a meeting for Friday to discuss the wage offer.', '2026-02-13', true],
    ]);
  });
  it('a dateline with an agency in brackets dates nothing', () => {
    expect(
      findDate('ORSVIK, Feb 11 (Tern Wire) - The Orsvik assembly on Monday dissolved itself.', PUBLISHED),
    ).toMatchObject({ date: '2026-02-09' });
  });
});

describe('one happening per clause', () => {
  it('coordinated clauses with dates of their own are happenings of their own', () => {
    expect(
      happenings(
        'Members of the guild will vote on March 4, and the board plans to sell the barges by the end of June.',
      ),
    ).toEqual([
      ['Members of the guild will vote on March 4', '2026-03-04', true],
      ['the board plans to sell the barges by the end of June.', '2026-06', true],
    ]);
    expect(happenings('Venn said the mill will hire 40 welders next week and will open on March 2.')).toEqual([
      ['Venn said the mill will hire 40 welders next week', '2026-02', true],
      ['will open on March 2.', '2026-03-02', true],
    ]);
  });
  it('"… in January and has been suspended since Feb. 3": the state is dated by its start', () => {
    const sentence = 'The rider failed a test in Orlen in January and has been suspended since Feb. 3.';
    expect(happenings(sentence)).toEqual([['The rider failed a test in Orlen in January', '2026-01', false]]);
    expect(backgroundDates(sentence, PUBLISHED).map((b) => [b.clause, b.date.date])).toEqual([
      ['since Feb. 3', '2026-02-03'],
    ]);
  });
  it('a "since" clause ends before a coordinated verb; "are expected on <date>" lies ahead', () => {
    expect(happenings('The board has audited the mill since Oct. 2 and will publish its report in March.')).toEqual([
      ['will publish its report in March.', '2026-03', true],
    ]);
    expect(happenings('Crews will sail on March 3 and results are expected on March 9.')).toEqual([
      ['Crews will sail on March 3', '2026-03-03', true],
      ['results are expected on March 9.', '2026-03-09', true],
    ]);
  });
  it('"before a committee" is a preposition, not the start of another clause', () => {
    expect(findDate('Ilse Varn is due to appear before a harbour committee on March 12.', PUBLISHED)).toMatchObject({
      date: '2026-03-12',
      future: true,
    });
  });
  it('"at the 2019 games" in a background clause is a year; a present-tense background is a schedule', () => {
    expect(
      backgroundDates('Orla Venn, who won gold at the 2019 games, retired on Monday.', PUBLISHED).map((b) => [
        b.clause,
        b.date.date,
      ]),
    ).toEqual([['who won gold at the 2019 games', '2019']]);
    expect(backgroundDates('The rower will miss the regatta, which opens in June.', PUBLISHED)).toEqual([]);
  });
  it('", founded in 1952," is background; "until at least <date>" is a bound, but the end of a planned run (12j)', () => {
    expect(findDate('Marl Shipping, founded in 1952, sold four ferries on Monday.', PUBLISHED)).toMatchObject({
      date: '2026-02-09',
    });
    expect(
      backgroundDates('Marl Shipping, founded in 1952, sold four ferries on Monday.', PUBLISHED).map((b) => b.clause),
    ).toEqual(['Marl Shipping, founded in 1952']);
    expect(backgroundDates('Ilse Varn, born in 1970, won the vote on Monday.', PUBLISHED)).toEqual([]);
    expect(happenings('The board said the quay had been shut until at least March 2.')).toEqual([]);
    // Issue 12j: three answer files of independent authors draft "would stay in place until at least <date>" as planned.
    expect(happenings('The board said the quay would stay shut until at least March 25.')).toEqual([
      ['The board said the quay would stay shut until at least March 25.', '2026-03-25', true],
    ]);
  });
  it('"is expected in Orsa this week" recalls nothing past', () => {
    expect(backgroundDates('The envoy is expected in Orsa later this week, aides said.', PUBLISHED)).toEqual([]);
  });
  it('a past happening recalled in a sentence about the future is drafted on its own', () => {
    expect(
      backgroundDates(
        "The jury will meet on Monday to strip the crown Tessa Brin won at last year's fair.",
        PUBLISHED,
      ).map((b) => [b.clause, b.date.date]),
    ).toEqual([["Tessa Brin won at last year's fair", '2025']]);
    expect(backgroundDates('The chiefs will meet on Monday, the league said on Friday.', PUBLISHED)).toEqual([]);
  });
  it('an organisation, a weekday and a past verb: an event, even with "and told" after it', () => {
    expect(
      happenings(
        'The Brask water board on Tuesday ordered six wells sealed after tests found lead, and told residents to boil water.',
      ),
    ).toEqual([
      [
        'The Brask water board on Tuesday ordered six wells sealed after tests found lead, and told residents to boil water.',
        '2026-02-10',
        false,
      ],
    ]);
  });
  it('a scene of speaking is no happening: "addressed a crowd", "gave a speech"', () => {
    expect(happenings('On Monday evening, Ms Orrel addressed a crowd of supporters in Brask.')).toEqual([]);
    expect(happenings('The mayor gave a short speech at the quay on Tuesday.')).toEqual([]);
    expect(happenings('On Saturday, Mr Orrel spoke to supporters at a rally in Tarn.')).toEqual([]);
    expect(happenings('The reeve held a news conference in Brask on Monday.')).toEqual([]);
    expect(happenings('The reeve, who addressed the guild on Monday, resigned on Tuesday.')).toEqual([
      ['The reeve, who addressed the guild on Monday, resigned on Tuesday.', '2026-02-10', false],
    ]);
  });
});

describe('coined terms and clauses added after a quote', () => {
  it('a short quoted term after "so-called" or "what <x> calls" is no statement', async () => {
    const { coinedTerm, extractQuotes } = await import('../../src/ingest/quotes');
    const { sentences } = await import('../../src/ingest/segment');
    expect(coinedTerm('green corridor', 'The mayor backed the so-called ')).toBe(true);
    expect(coinedTerm('fair share', 'The guild demanded what it called a ')).toBe(true);
    expect(coinedTerm('reckless and cruel', 'Orrel called the plan ')).toBe(false);
    const text = 'Venn has promised what he calls a "harbour dividend" by May. "We will pay it," he said.';
    expect(extractQuotes(text, sentences(text)).map((q) => q.quote)).toEqual(['We will pay it']);
  });
  it('"…,” he said, adding that <dated clause>": the clause is a happening, the quote a remark', async () => {
    const { addedHappenings } = await import('../../src/ingest/happenings');
    expect(
      addedHappenings('"The offer is thin," he said, adding that the crews would strike on Friday.', PUBLISHED).map(
        (h) => [h.excerpt, h.date.date, h.date.future],
      ),
    ).toEqual([['the crews would strike on Friday', '2026-02-13', true]]);
    expect(addedHappenings('"The offer is thin," he said, adding that talks were useful.', PUBLISHED)).toEqual([]);
  });
  it('a dateline "CITY, Region (Agency) —" before an organisation, a weekday and a past verb', () => {
    expect(
      happenings(
        "TARROW, Ostmark (TW) — Ostmark's food agency on Monday recalled 20 tonnes of cheese after tests found listeria, and told shops to clear their shelves.",
      ).map((h) => h[1]),
    ).toEqual(['2026-02-09']);
  });
});
