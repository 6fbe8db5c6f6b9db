import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates } from '../ingest-read';

// Review of round 12z: ordinary news sentences near its rules, where they must fire and where they
// must not. Every name, place and body is invented. The articles are of Thursday 2026-05-14.

describe('"at the time" dates a quote only when it goes with the telling', () => {
  it('"said Tom Vell, who was living in a caravan at the time" keeps the day of publication', () => {
    const text =
      'The mayor resigned on Monday.\n\nThe flood hit the town in 2019.\n\n"Nobody warned us," said Tom Vell, who was living in a caravan at the time.';
    expect(planQuoteDates(text)).toEqual([['Nobody warned us', '2026-05-14']]);
  });
  it('"Vell, who was the council leader at the time, said: …" keeps the day of publication', () => {
    const text =
      'The mayor resigned on Monday.\n\nThe flood hit the town in 2019.\n\nVell, who was the council leader at the time, said: "Nobody warned us."';
    expect(planQuoteDates(text)).toEqual([['Nobody warned us.', '2026-05-14']]);
  });
  it('still fires: "the owner told the Ledger at the time" is dated 2011', () => {
    const text =
      'The ferry sank in 2011, when a storm hit the island.\n\n"We lost everything," the owner told the Ledger at the time.';
    expect(planQuoteDates(text)).toEqual([['We lost everything', '2011']]);
  });
  it('still fires: "Vell said at the time" is dated 2019', () => {
    const text =
      'The mayor resigned on Monday.\n\nThe flood hit the town in 2019.\n\n"We will rebuild," Vell said at the time.';
    expect(planQuoteDates(text)).toEqual([['We will rebuild', '2019']]);
  });
});

describe('a count over "between … and …" is the method only when the counting verb is of its own clause', () => {
  it('"Investigators examined the wreckage, and the airline grounded its fleet between Monday and Wednesday" keeps Monday', () => {
    expect(
      events(
        'The storm hit on Thursday.\n\nInvestigators examined the wreckage, and the airline grounded its fleet between Monday and Wednesday.',
      ),
    ).toContainEqual(['2026-05-11', 'reported']);
  });
  it('"The band recorded an album in Berlin, and toured between March and June" keeps March', () => {
    expect(
      events('The storm hit on Thursday.\n\nThe band recorded an album in Berlin, and toured between March and June.'),
    ).toContainEqual(['2026-03', 'reported']);
  });
  it('"The band recorded an album in Berlin and toured between March and June" keeps March', () => {
    expect(
      events('The storm hit on Thursday.\n\nThe band recorded an album in Berlin and toured between March and June.'),
    ).toContainEqual(['2026-03', 'reported']);
  });
  it('"the council had collected the rubbish late, and that bins were left out between Monday and Wednesday" keeps Monday', () => {
    expect(
      events(
        'The storm hit on Thursday.\n\nThe mayor said the council had collected the rubbish late, and that bins were left out between Monday and Wednesday.',
      ),
    ).toContainEqual(['2026-05-11', 'reported']);
  });
  it('still fires: "Inspectors counted 40 complaints between January and April, and the clinic closed its ward on Tuesday" has no January', () => {
    expect(
      events(
        'The clinic closed on Monday.\n\nInspectors counted 40 complaints between January and April, and the clinic closed its ward on Tuesday.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
  it('still fires: "police had recorded 9,300 crossings between March and September" in reported speech has no March', () => {
    expect(
      events(
        'The border was shut on Monday.\n\nThe home secretary told parliament on Tuesday that police had recorded 9,300 crossings between March and September.',
      ),
    ).not.toContainEqual(['2026-03', 'reported']);
  });
});

describe('a lengthening or a move to a date whose written year is past sets no plan', () => {
  it('"The inquiry\'s remit has been extended to cover failings from 2015 until March 2024" plans nothing', () => {
    expect(events("The inquiry's remit has been extended to cover failings from 2015 until March 2024.")).toEqual([
      ['2015', 'reported'],
    ]);
  });
  it('"Exams that have been postponed to June 2025 were held last year" is June 2025, reported', () => {
    expect(events('Exams that have been postponed to June 2025 were held last year.')).toEqual([
      ['2025-06', 'reported'],
    ]);
  });
  it('still fires: "His detention has been extended until 3 June" is planned on 3 June', () => {
    expect(events('The clinic closed on Monday.\n\nHis detention has been extended until 3 June.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-06-03', 'planned'],
    ]);
  });
  it('still fires: "The final has been brought forward to Saturday" is planned on the Saturday ahead', () => {
    expect(events('The clinic closed on Monday.\n\nThe final has been brought forward to Saturday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-16', 'planned'],
    ]);
  });
});

describe('an infinitive of purpose is no verb only of a clause that is a place and a time', () => {
  it('"Negotiators will return to Geneva, weeks after a walkout on Monday to protest the terms" plans no Monday ahead', () => {
    expect(
      events('Negotiators will return to Geneva, weeks after a walkout on Monday to protest the terms.'),
    ).not.toContainEqual(['2026-05-18', 'planned']);
  });
  it('"The club will appeal, its second appeal after one in January to overturn a ban" plans no January ahead', () => {
    expect(
      events('The club will appeal, its second appeal after one in January to overturn a ban.'),
    ).not.toContainEqual(['2027-01', 'planned']);
  });
  it('still fires: "will meet the health secretary, <Name>, at the hospital on Tuesday to press for funds" is planned', () => {
    expect(
      events(
        'The clinic closed on Monday.\n\nThe mayor will meet the health secretary, Ada Moorcroft, at the hospital on Tuesday to press for funds.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-19', 'planned'],
    ]);
  });
});

describe('the day of the people an appeal seeks dates nothing only when they are the object of an appeal', () => {
  it('"Thousands of people who marched … on Sunday called on the president to call early elections" keeps Sunday', () => {
    expect(
      events(
        'The river burst its banks on Saturday.\n\nThousands of people who marched through the capital on Sunday called on the president to call early elections.',
      ),
    ).toContainEqual(['2026-05-10', 'reported']);
  });
  it('still fires: "Police are appealing for any witnesses who were on the bus on Friday to come forward" has no Friday', () => {
    expect(
      events(
        'The shop was raided on Saturday.\n\nPolice are appealing for any witnesses who were on the bus on Friday to come forward.',
      ),
    ).toEqual([['2026-05-09', 'reported']]);
  });
  it('still fires: "want to hear from anyone who saw a grey van … on Friday evening and ask them to call 101" has no Friday', () => {
    expect(
      events(
        'The shop was raided on Saturday.\n\nOfficers want to hear from anyone who saw a grey van in Mill Lane on Friday evening and ask them to call 101.',
      ),
    ).toEqual([['2026-05-09', 'reported']]);
  });
});
