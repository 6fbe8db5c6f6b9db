import { describe, expect, it } from 'vitest';
import { planEventSources, planEvents } from '../ingest-read';

// The date patterns of issue 12aq, each on sentences written for this file: every name, place, body and role here
// is invented and none comes from the test articles. Plans of the Quillon Ledger of Thursday 2026-05-14: "Thursday
// next week" is 2026-05-21, "Tuesday last week" 2026-05-05.

describe('SCHEDULED_PARTICIPLE: "X, scheduled to start in June, …" — a reduced relative of a timetable lies ahead', () => {
  it('"a $4 million slipway upgrade …, scheduled to start in March, which …" is planned for next March', () => {
    expect(
      planEvents(
        'The harbour board also confirmed it will press on with a $4 million slipway upgrade at Rennick, scheduled to start in March, which it said showed confidence in the port.',
      ),
    ).toEqual([['2027-03', 'planned']]);
  });
  it('"a new timetable, slated to begin in June, would add …" is planned for this June', () => {
    expect(
      planEvents('The ferry operator said a new timetable, slated to begin in June, would add two sailings a day.'),
    ).toEqual([['2026-06', 'planned']]);
  });
  it('must not fire: the past twin "introduced in March" stays past', () => {
    expect(
      planEvents('The ferry operator said a new timetable, introduced in March, added two sailings a day.'),
    ).toEqual([['2026-03', 'reported']]);
  });
  it('must not fire: a timetable that "had been scheduled to" is read as before (no new reading)', () => {
    expect(
      planEvents('The regatta had been scheduled to start in March but was called off after the storm on Tuesday.'),
    ).toEqual(planEvents('The regatta had been due to start in March but was called off after the storm on Tuesday.'));
  });
});

describe('EXPECTED_THING_TO: "expected the last X of Y to be Oct. 3" — what someone expects of a long noun lies ahead', () => {
  it('"she expected the last sailing of the season to be Oct. 3, with …" is planned for this October', () => {
    expect(
      planEvents(
        'The warden said she expected the last sailing of the season to be Oct. 3, with the pier then shut for the winter.',
      ),
    ).toEqual([['2026-10-03', 'planned']]);
  });
  it('guard (held before): "expects the island ferry\'s final crossing to be on June 2" is planned', () => {
    expect(planEvents("The operator expects the island ferry's final crossing of the year to be on June 2.")).toEqual([
      ['2026-06-02', 'planned'],
    ]);
  });
  it('must not fire: the plain past "the last sailing of the season was Oct. 3" stays past', () => {
    expect(planEvents('The warden said the last sailing of the season was Oct. 3, with the pier then shut.')).toEqual([
      ['2025-10-03', 'reported'],
    ]);
  });
  it('must not fire: "expected … to have" is a guess about the past', () => {
    expect(planEvents('The warden said she expected the last sailing of the season to have ended on Oct. 3.')).toEqual([
      ['2025-10-03', 'reported'],
    ]);
  });
});

describe('WEEKDAY_OF_WEEK: "on Thursday next week", "on Tuesday last week" — that weekday of that week, to the day', () => {
  it('"will deliver the letter … on Thursday next week" is 2026-05-21, planned', () => {
    expect(
      planEvents(
        'The rowing club says it has gathered 900 signatures and will deliver the letter to the council on Thursday next week.',
      ),
    ).toEqual([['2026-05-21', 'planned']]);
  });
  it('"was towed away on Tuesday last week" is 2026-05-05, reported', () => {
    expect(planEvents('The abandoned barge was towed away on Tuesday last week by a salvage crew.')).toEqual([
      ['2026-05-05', 'reported'],
    ]);
  });
  it('must not fire: a bare "next week" keeps its month, approximately', () => {
    expect(planEvents('The rowing club will deliver the letter to the council next week.')).toEqual([
      ['2026-05', 'planned'],
    ]);
  });
  it('must not fire: "on Thursday, and … next week" — a weekday of another clause is not that week\'s', () => {
    expect(
      planEvents('The rowing club will deliver the letter on Thursday, and the council will reply next week.'),
    ).toEqual([
      ['2026-05-21', 'planned'],
      ['2026-05', 'planned'],
    ]);
  });
});

describe('LETTER_TO_SAY: "X wrote to Y on Monday to say Z would … by June 30" — the letter of its day beside the plan', () => {
  it('"The water board wrote to the allotment society on Monday to say the standpipe would be removed by June 30." drafts both', () => {
    expect(
      planEventSources(
        'The water board wrote to the allotment society on Monday to say the standpipe would be removed by June 30.',
      ),
    ).toEqual([
      ['The water board wrote to the allotment society on Monday', '2026-05-11'],
      ['the standpipe would be removed by June 30', '2026-06-30'],
    ]);
  });
  it('"… wrote to tenants on Tuesday to confirm that the laundry will close on July 4." drafts both', () => {
    expect(
      planEvents('The housing trust wrote to tenants on Tuesday to confirm that the laundry will close on July 4.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-07-04', 'planned'],
    ]);
  });
  it('must not fire: "will write to … on Monday to say …" (a letter to come) stays one planned draft', () => {
    expect(
      planEvents(
        'The water board will write to the allotment society on Monday to say the standpipe will go by June 30.',
      ),
    ).toHaveLength(1);
  });
  it('must not fire: "has not written … / never wrote to …" drafts no letter', () => {
    expect(
      planEvents(
        'The water board never wrote to the allotment society on Monday to say the standpipe would go by June 30.',
      ),
    ).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: the plan without a date of its own drafts no plan', () => {
    expect(
      planEvents('The water board wrote to the allotment society on Monday to say the standpipe would be removed.'),
    ).not.toContainEqual(['2026-06-30', 'planned']);
  });
});

describe('FROM_DAY_MONTH: "from 1 July" — chrono reads the day number after "from" as an hour; the day is kept', () => {
  it('"The new bus timetable will run from 1 July." is 2026-07-01, planned', () => {
    expect(planEvents('The new bus timetable will run from 1 July.')).toEqual([['2026-07-01', 'planned']]);
  });
  it('guard (held before): "Tolls … will rise from 3 August, the operator said." is 2026-08-03, planned', () => {
    expect(planEvents('Tolls on the Arle bridge will rise from 3 August, the operator said.')).toEqual([
      ['2026-08-03', 'planned'],
    ]);
  });
  it('must not fire: "from July 1" (month first) reads as before', () => {
    expect(planEvents('The new bus timetable will run from July 1.')).toEqual([['2026-07-01', 'planned']]);
  });
  it('must not fire: a number that is no day ("from 12 to 9 per cent") gives only the day of the cut', () => {
    expect(planEvents('The bus fare rise was cut from 12 to 9 per cent on Tuesday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});
