import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/ingest/segment';
import { planEvents } from '../ingest-read';

// The date patterns of issue 12as, each on sentences written for this file: every name, place, body and role here
// is invented and none comes from the test articles. Plans of the Quillon Ledger of Thursday 2026-05-14.

describe('HABIT_THEN_MODAL: "a market that has run every Saturday … must stop from 1 January" — the habit is the subject\'s', () => {
  it('"A flea market that has filled the quay every Saturday for nine years will close on 3 June" keeps its date', () => {
    expect(
      planEvents(
        'A flea market that has filled the quay at Dunmore every Saturday for nine years will close on 3 June after the harbour board sold the site.',
      ),
    ).toEqual([['2026-06-03', 'planned']]);
  });
  it('must not fire: the habit of the dated verb itself, "will be collected every Monday from 1 June", stays a habit', () => {
    expect(planEvents('Garden waste will be collected every Monday from 1 June, the district council said.')).toEqual(
      [],
    );
  });
  it('must not fire: a denial after the habit, "held every summer since 1950, will not run in August", gives none', () => {
    expect(
      planEvents(
        'The Brenmoor village fair, held on the green every summer since 1950, will not run in August after the field was sold.',
      ),
    ).toEqual(planEvents('The Brenmoor village fair, held on the green every summer, will not run in August.'));
  });
  it('must not fire: a habit in a clause after "and" stays a habit', () => {
    expect(
      planEvents('The couple bought the boathouse in 1998 and have rowed to the island every summer since then.'),
    ).toEqual([['1998', 'reported']]);
  });
});

describe('OBLIGED_FROM: "must stop from 1 January", "has to close on 1 March" — what one is obliged to do lies ahead', () => {
  it('"The kiosk must shut from 1 January" is planned for next January', () => {
    expect(planEvents('The seafront kiosk must shut from 1 January after the lease ran out.')).toEqual([
      ['2027-01-01', 'planned'],
    ]);
  });
  it('"The ferry company has to stop the night crossings on 1 March" is planned for next March', () => {
    expect(planEvents('The ferry company has to stop the night crossings on 1 March under the new rules.')).toEqual([
      ['2027-03-01', 'planned'],
    ]);
  });
  it('must not fire: the past "had to shut from 1 January" stays past', () => {
    expect(planEvents('The seafront kiosk had to shut from 1 January after the lease ran out.')).toEqual([
      ['2026-01-01', 'reported'],
    ]);
  });
  it('must not fire: a guess about the past, "must have closed on 1 March", stays past', () => {
    expect(planEvents('The owners said the kiosk must have closed on 1 March, when the lease ran out.')).toEqual([
      ['2026-03-01', 'reported'],
    ]);
  });
});

describe('REFUSED_AT_TERM_END: "said it would not renew the lease when it expires on 30 September" — the end of a term is news', () => {
  it('"said it would not extend the lease when it expires on 30 September" is planned for that day', () => {
    expect(
      planEvents('The parish council said it would not extend the boatyard lease when it expires on 30 September.'),
    ).toEqual([['2026-09-30', 'planned']]);
  });
  it('"said she would not seek another term when her mandate ends in March" is planned for next March', () => {
    expect(planEvents('The mayor said she would not seek another term when her mandate ends in March.')).toEqual([
      ['2027-03', 'planned'],
    ]);
  });
  it('must not fire: a plain denial with a date, "said it would not extend the lease on 30 September", gives none', () => {
    expect(planEvents('The parish council said it would not extend the boatyard lease on 30 September.')).toEqual([]);
  });
  it('must not fire: the past "had not extended the lease when it expired on 30 April" keeps the past expiry', () => {
    expect(
      planEvents('The parish council said it had not extended the boatyard lease when it expired on 30 April.'),
    ).toEqual([['2026-04-30', 'reported']]);
  });
});

describe('TIME_CONTINUES: "at 7 p.m. Dec. 10" — a date after a clock time with "p.m." is the same sentence', () => {
  it('"will hold a public meeting in the library at 7 p.m. Dec. 10 to answer questions" is one sentence, planned', () => {
    const text = 'The trust will hold a public meeting in the library at 7 p.m. Dec. 10 to answer questions.';
    expect(sentences(text).map((s) => s.text)).toEqual([text]);
    expect(planEvents(text)).toEqual([['2026-12-10', 'planned']]);
  });
  it('"at 10 a.m. September 3" is one sentence too', () => {
    const text = 'The ferry will leave the quay at 10 a.m. September 3 with the first passengers.';
    expect(sentences(text).map((s) => s.text)).toEqual([text]);
  });
  it('must not fire: a new sentence after "p.m." that opens with a month name and no day stays a sentence', () => {
    expect(sentences('The hall opens at 7 p.m. December was quiet, the manager said.').length).toBe(2);
  });
  it('must not fire: a new sentence after "p.m." that opens with a name stays a sentence', () => {
    expect(sentences('The hall opened at 7 p.m. Dana Roe was first in line.').length).toBe(2);
  });
});

describe('FUTURE_RELATIVE: "…, where drainage work starts on Monday" — a place\'s relative clause with a date ahead is a plan', () => {
  it('"has moved its crews to a site in Tolbury, where resurfacing work starts on Monday" is planned for next Monday', () => {
    expect(
      planEvents(
        'The contractor has moved its crews to a second site in Tolbury, where resurfacing work starts on Monday.',
      ),
    ).toEqual([['2026-05-18', 'planned']]);
  });
  it('must not fire: the past twin "where resurfacing work started on Monday" gives no plan', () => {
    expect(
      planEvents(
        'The contractor has moved its crews to a second site in Tolbury, where resurfacing work started on Monday.',
      ).filter(([, status]) => status === 'planned'),
    ).toEqual([]);
  });
  it('must not fire: a habit, "where the market opens every Monday", gives none', () => {
    expect(planEvents('The stallholders moved to Tolbury, where the market opens every Monday.')).toEqual([]);
  });
});
