import { describe, expect, it } from 'vitest';
import { planEvents, planQuoteDateOf } from '../ingest-read';

// The date patterns of issue 12au, each on sentences written for this file: every name, place, body and role here
// is invented and none comes from the test articles. Plans of the Quillon Ledger of Thursday 2026-05-14.

describe('LATER_THIS_YEAR: "planned a farewell dinner on 20 June" — a day and month with no year, later this year, lies ahead', () => {
  it('"said they planned a farewell dinner for staff on 20 June" is planned for this June, not last', () => {
    expect(
      planEvents(
        'The owners said they planned a farewell dinner for staff on 20 June, the day before the cafe closes.',
      ),
    ).toEqual([['2026-06-20', 'planned']]);
  });
  it('"had accepted a date at the chapel on 22 May" is planned for this May', () => {
    expect(
      planEvents(
        'Her son said the family had accepted a date at the Orrin chapel on 22 May but would need a bigger room.',
      ),
    ).toEqual([['2026-05-22', 'planned']]);
  });
  it('"can collect their refunds at the kiosk … on 23 May" after a past relative clause is planned', () => {
    expect(
      planEvents(
        'Fans who paid cash at the gate can collect their refunds at the kiosk between 10am and 2pm on 23 May.',
      ),
    ).toEqual([['2026-05-23', 'planned']]);
  });
  it('must not fire: a plain past, "was fined on 2 June", keeps last year (no plan told)', () => {
    expect(planEvents('The Orrin ferry company was fined on 2 June.')).toEqual([['2025-06-02', 'reported']]);
  });
  it('must not fire: a past day of this year, "ran aground on 2 May", stays past', () => {
    expect(planEvents('The ferry ran aground on 2 May.')).toEqual([['2026-05-02', 'reported']]);
  });
  it('must not fire: a day with its year written, "ran aground on 20 June 2025", stays in that year', () => {
    expect(planEvents('The ferry ran aground on 20 June 2025.')).toEqual([['2025-06-20', 'reported']]);
  });
  it('must not fire: a year named before the day, "In 2019 the wall collapsed on 20 June", gives no plan', () => {
    expect(
      planEvents('In 2019 the harbour wall collapsed on 20 June after a storm.').filter(([, s]) => s === 'planned'),
    ).toEqual([]);
  });
  it('must not fire: a day with "last year" after it, "sank on 20 June last year", stays last year', () => {
    expect(planEvents('The ferry sank on 20 June last year, killing two crew.')).toEqual([['2025-06-20', 'reported']]);
  });
  it('must not fire: a past day of a month only ("in January") keeps its past reading', () => {
    expect(planEvents('The council closed the lido on 10 January.')).toEqual([['2026-01-10', 'reported']]);
  });
});

describe('MONTH_MODIFIER: "a review of the October incident" — a month before a noun names the noun, not the clause', () => {
  it('"A review of the October incident is due to report by the end of March" is dated by the end of March', () => {
    expect(planEvents('A review of the October incident is due to report by the end of March.')).toEqual([
      ['2027-03', 'planned'],
    ]);
  });
  it('"An inquiry into the March flooding … is due to report by the end of July" is dated by July', () => {
    expect(
      planEvents('An inquiry into the March flooding by the county council is due to report by the end of July.'),
    ).toEqual([['2026-07', 'planned']]);
  });
  it('must not fire: with no other date, "its March meeting" still dates the sentence', () => {
    expect(planEvents('The trust confirmed its March meeting had voted to sell the land.')).toEqual([
      ['2026-03', 'reported'],
    ]);
  });
  it('must not fire: "shut … in March" (no noun after the month) stays a date of the clause', () => {
    expect(planEvents('The lido was shut by the council in March.')).toEqual([['2026-03', 'reported']]);
  });
});

describe('MOVEABLE_HOLIDAY: "its last show was on Memorial Day" — a holiday of a weekday of a month is a date', () => {
  it('"The fair\'s last parade was on Labor Day" is the last Labor Day (first Monday of September 2025)', () => {
    expect(planEvents("The fair's last parade was on Labor Day.")).toEqual([['2025-09-01', 'reported']]);
  });
  it('"The diner was robbed on Memorial Day" is the last Memorial Day (last Monday of May 2025)', () => {
    expect(planEvents('The Orrin diner was robbed on Memorial Day.')).toEqual([['2025-05-26', 'reported']]);
  });
  it('"The shelter will serve free meals on Thanksgiving" is the coming Thanksgiving (fourth Thursday of November)', () => {
    expect(planEvents('The Orrin shelter will serve free meals on Thanksgiving.')).toEqual([['2026-11-26', 'planned']]);
  });
  it('must not fire: a holiday with a year after it, "on Labor Day 2019", is left alone', () => {
    expect(planEvents('The Orrin diner was robbed on Memorial Day 2019.').map(([d]) => d)).not.toContain('2025-05-26');
  });
  it('must not fire: "every Labor Day" (no "on" before it) is a habit, no date', () => {
    expect(planEvents('The club has held a picnic every Labor Day since the war.')).toEqual([]);
  });
});

describe('TEXT_DATED_ON: "told the council in a letter dated 3 May that the route was "…"" — the words are of the letter\'s day', () => {
  it('"in a letter dated Apr. 30 that the route was "no longer viable"" dates the quote April 30', () => {
    expect(
      planQuoteDateOf(
        'The Harl Valley bus company told the council in a letter dated Apr. 30 that the route was "no longer viable" and that the last bus would run on June 30.',
        'no longer viable',
      ),
    ).toBe('2026-04-30');
  });
  it('"warned the club in an email dated Apr. 28 that the pitch was "beyond repair"" dates the quote April 28', () => {
    expect(
      planQuoteDateOf(
        'The groundsman warned the Orrin club in an email dated Apr. 28 that the pitch was "beyond repair" and would close on June 1.',
        'beyond repair',
      ),
    ).toBe('2026-04-28');
  });
  it('must not fire: a letter dated only by a year gives the quote no year of its own', () => {
    expect(
      planQuoteDateOf(
        'The bus company told the council in a letter dated 2019 that the route was "no longer viable" at all.',
        'no longer viable',
      ),
    ).toBe('2026-05-14');
  });
  it('must not fire: with no letter dated, the words keep the day of the telling', () => {
    expect(
      planQuoteDateOf(
        'The Harl Valley bus company told the council on Tuesday that the route was "no longer viable" and would end.',
        'no longer viable',
      ),
    ).toBe('2026-05-12');
  });
});
