import { describe, expect, it } from 'vitest';
import { planEventSources, planEvents, planQuoteDateOf } from '../ingest-read';

// The date patterns of issue 12aw, each on sentences written for this file: every name, place, body and role here
// is invented and none comes from the test articles. Plans of the Quillon Ledger of Thursday 2026-05-14.

describe('TEXT_AS_SPEAKER: ""…," the release said" — a text named before, quoted as the speaker, speaks on its day', () => {
  it('""…," the statement said" after "said in a statement on Tuesday" is dated Tuesday', () => {
    expect(
      planQuoteDateOf(
        'The Orrin Valley ferry will not sail until June 2, the operator said in a statement on Tuesday.\n\n"Passenger safety comes before the timetable," the statement said, "and we apologise to every traveller."',
        'Passenger safety comes',
      ),
    ).toBe('2026-05-12');
  });
  it('""…," the press release says" after "in a press release Monday" is dated Monday', () => {
    expect(
      planQuoteDateOf(
        'The Harl Valley Trust will close its tea room in July, it announced in a press release Monday.\n\n"We have run out of volunteers to keep it going," the press release says.',
        'We have run out',
      ),
    ).toBe('2026-05-11');
  });
  it('must not fire: no text named before, ""…," the statement said" keeps the publication day', () => {
    expect(
      planQuoteDateOf(
        'The Orrin Valley ferry will not sail until June 2.\n\n"Passenger safety comes before the timetable," the statement said.',
        'Passenger safety comes',
      ),
    ).toBe('2026-05-14');
  });
  it('must not fire: a text still to come, "will issue a statement on Monday", gives no day', () => {
    expect(
      planQuoteDateOf(
        'The operator will issue a full statement next Monday.\n\n"Passenger safety comes before the timetable," the statement said.',
        'Passenger safety comes',
      ),
    ).toBe('2026-05-14');
  });
});

describe('TEXT_ITSELF_SAYS with an aside: "The letter, signed by X, says …" — a text named before, quoted in the present', () => {
  it('"The letter, signed by the head teacher, says …" after "a letter sent to parents on Tuesday" is dated Tuesday', () => {
    expect(
      planQuoteDateOf(
        'Orrin Primary will shut its nursery in September, according to a letter sent to parents on Tuesday and seen by the Ledger.\n\nThe letter, signed by head teacher Wenna Polkerris, says the nursery is "no longer affordable" for the school.',
        'no longer affordable',
      ),
    ).toBe('2026-05-12');
  });
  it('"The letter, signed by …, says …" after "will close on 30 June, according to a letter sent on Tuesday" is dated Tuesday', () => {
    expect(
      planQuoteDateOf(
        'The Orrin depot will close on 30 June, according to a letter sent to staff on Tuesday and seen by the Ledger.\n\nThe letter, signed by director Wenna Polkerris, says the depot is "no longer fit for purpose" today.',
        'no longer fit for purpose',
      ),
    ).toBe('2026-05-12');
  });
  it('"The letter, from Orrin Estates, said …" after "she received a letter on 9 May" is dated 9 May', () => {
    expect(
      planQuoteDateOf(
        'The florist Tamsin Vell said she received a letter on 9 May telling her the rent would rise.\n\nThe letter, from Orrin Estates, said the new figure "reflects the going rate for the street" in full.',
        'reflects the going rate',
      ),
    ).toBe('2026-05-09');
  });
  it('must not fire: a letter named with no day, "according to a letter seen by the Ledger", keeps the publication day', () => {
    expect(
      planQuoteDateOf(
        'Orrin Primary will shut its nursery in September, according to a letter seen by the Ledger.\n\nThe letter, signed by head teacher Wenna Polkerris, says the nursery is "no longer affordable" for the school.',
        'no longer affordable',
      ),
    ).toBe('2026-05-14');
  });
});

describe('AT_THE_SITTING "at the same meeting": a question asked at the meeting told before', () => {
  it('"X asked at the same meeting why …" then ""…," he said" is dated by the meeting', () => {
    expect(
      planQuoteDateOf(
        'The treasurer told a meeting of the Harl parish council on Monday that the hall roof would cost £40,000.\n\nCouncillor Jory Tregellas asked at the same meeting why the hall was still being let. "Somebody could be hurt in there," he said.',
        'Somebody could be hurt',
      ),
    ).toBe('2026-05-11');
  });
  it('must not fire: "at the same meeting" with no meeting of a past day before keeps the publication day', () => {
    expect(
      planQuoteDateOf(
        'The parish council will meet next Monday.\n\nCouncillor Jory Tregellas will ask at the same meeting why the hall is still being let. "Somebody could be hurt in there," he said.',
        'Somebody could be hurt',
      ),
    ).toBe('2026-05-14');
  });
});

describe('GAVE_UNTIL and LEAVE_UNTIL: "gave them until 31 May to leave", "would allow members in until 30 June" — a leave ends on its day', () => {
  it('"The landlord gave the tenants until 31 May to leave the flats" is planned for 31 May', () => {
    expect(planEvents('The landlord gave the tenants until 31 May to leave the flats.')).toEqual([
      ['2026-05-31', 'planned'],
    ]);
  });
  it('"… said the offer was "final" and gave him until 3 January to sign" is planned for next January', () => {
    expect(
      planEvents('A letter from the agent said the offer was "final" and gave him until 3 January to sign it.'),
    ).toEqual([['2027-01-03', 'planned']]);
  });
  it('"… said the new rent "Reflects the going rate …" and gave her until 3 June to sign" (a remark) is planned', () => {
    expect(
      planEvents(
        'The letter, from Orrin Estates, said the new rent "Reflects the going rate for shops in the street" and gave her until 3 June to sign.',
      ),
    ).toEqual([['2026-06-03', 'planned']]);
  });
  it('must not fire: the deadline inside the quote, ""… and we gave him until 3 June to sign," she said" drafts none', () => {
    expect(
      planEvents('"We told him the rent was going up and we gave him until 3 June to sign," the agent said.'),
    ).toEqual([]);
  });
  it('"said it would allow members into the ground until 30 June" is planned for 30 June', () => {
    expect(
      planEvents('The Orrin club said in a statement that it would allow members into the ground until 30 June.'),
    ).toEqual([['2026-06-30', 'planned']]);
  });
  it('must not fire: "gave £500 to the hospice until 2019" (no "to <verb>" after the day) drafts no plan', () => {
    expect(
      planEvents('The club gave the hospice its takings every month until 1 March, when the bar closed.').filter(
        ([, s]) => s === 'planned',
      ),
    ).toEqual([]);
  });
  it('must not fire: a past leave, "allowed members into the ground until 2 May", stays past', () => {
    expect(
      planEvents('The club allowed members into the ground until 2 May.').filter(([, s]) => s === 'planned'),
    ).toEqual([]);
  });
});

describe('DECIDED_FROM: "voted on Tuesday to bring in a fee from 1 January" — the change from a day ahead is planned apart', () => {
  it('"The committee voted on Tuesday to bring in a parking fee of £2 from 1 January" gives the vote and the fee', () => {
    expect(planEventSources('The committee voted on Tuesday to bring in a parking fee of £2 from 1 January.')).toEqual([
      ['The committee voted on Tuesday', '2026-05-12'],
      ['to bring in a parking fee of £2 from 1 January', '2027-01-01'],
    ]);
  });
  it('"agreed last week to raise the fee from £90 to £120 from September 2027" plans the rise for September 2027', () => {
    expect(
      planEvents('The trust board agreed last week to raise the annual fee from £90 to £120 from September 2027.'),
    ).toEqual([
      ['2026-05', 'reported'],
      ['2027-09', 'planned'],
    ]);
  });
  it('"received a letter on 9 May telling her the rent would rise … from 1 January" plans the rise for January (the telling is a remark)', () => {
    expect(
      planEvents(
        'She said she received a letter on 9 May telling her the rent would rise from £650 to £900 a month from 1 January.',
      ),
    ).toEqual([['2027-01-01', 'planned']]);
  });
  it('must not fire: a past start with its year, "voted in 2019 to close the pool from 1 June 2019", is one past draft', () => {
    expect(
      planEvents('The trust voted in 2019 to close the pool from 1 June 2019.').filter(([, st]) => st === 'planned'),
    ).toEqual([]);
  });
  it('must not fire: a start between the decision and the telling, "voted on 3 March to shut the pool from 1 April", is past', () => {
    expect(
      planEvents('The trust voted on 3 March to shut the pool from 1 April.').filter(([, st]) => st === 'planned'),
    ).toEqual([]);
  });
  it('must not fire: "has been open from 1 March" (no decision) drafts no plan', () => {
    expect(planEvents('The shop has been open from 1 March.').filter(([, st]) => st === 'planned')).toEqual([]);
  });
});

describe('FUTURE_RELATIVE_DAY: "will close … until …, who is due on site on 22 May" — a planned relative leaves a plan too', () => {
  it('the relative with a day of its own is drafted apart and cut from the planned closure', () => {
    expect(
      planEventSources(
        'The pier will close from Monday 18 May until it has been assessed by an engineer, who is due on site on 22 May.',
      ),
    ).toEqual([
      ['The pier will close from Monday 18 May until it has been assessed by an engineer', '2026-05-18'],
      ['who is due on site on 22 May', '2026-05-22'],
    ]);
  });
  it('must not fire: a relative with no day of its own stays in the planned excerpt', () => {
    expect(
      planEventSources('The pier will close on 18 May for an engineer, who is due to say whether it can reopen.'),
    ).toEqual([
      ['The pier will close on 18 May for an engineer, who is due to say whether it can reopen.', '2026-05-18'],
    ]);
  });
});

describe('FOLLOWING_YEAR: "was cancelled in 2020 and ran at half size the following year" — a year counted from the one before', () => {
  it('"The fair was cancelled in 2020 and ran at half size the following year" gives 2020 and 2021', () => {
    expect(planEventSources('The fair was cancelled in 2020 and ran at half size the following year.')).toEqual([
      ['The fair was cancelled in 2020', '2020'],
      ['ran at half size the following year', '2021'],
    ]);
  });
  it('"The club, founded in 1921, built the pavilion the following year" is dated 1922', () => {
    expect(
      planEvents('The club, founded in 1921, built the pavilion the following year with timber from a farm.'),
    ).toEqual([['1922', 'reported']]);
  });
  it('must not fire: a year after "the following year" ("the following year, in 1999, …") is not counted', () => {
    expect(planEvents('The following year the mill closed for good in 1999.')).toEqual([['1999', 'reported']]);
  });
  it('must not fire: "next year" (from the telling) is no year counted from one before', () => {
    expect(
      planEvents('The fair was cancelled in 2020 and will return next year.').filter(([d]) => d === '2021'),
    ).toEqual([]);
  });
});
