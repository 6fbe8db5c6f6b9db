import { describe, expect, it } from 'vitest';
import { planEventSources, planEvents, planQuoteDateOf } from '../ingest-read';

// The structural date rules of issue 12ay (round 45), each on sentences written for this file: every name, place
// and body here is invented and none comes from the test articles. Plans of the Quillon Ledger of Thursday 2026-05-14.

describe('PRESENT_BEFORE_WEEKDAY: a present-simple verb right before a bare weekday tells a timetable, the coming day', () => {
  it('"The clearance sale begins Saturday" is next Saturday, planned', () => {
    expect(planEvents('The clearance sale at Orrin Hardware begins Saturday, with most stock half price.')).toEqual([
      ['2026-05-16', 'planned'],
    ]);
  });
  it('"The roadworks on Mill Lane finish on Tuesday" is next Tuesday, planned', () => {
    expect(planEvents('The resurfacing work on Mill Lane in Orrin finishes on Tuesday evening.')).toEqual([
      ['2026-05-19', 'planned'],
    ]);
  });
  it('"The new timetable takes effect Monday morning" is next Monday, planned', () => {
    expect(planEvents('The new ferry timetable for the Quillon crossing takes effect Monday morning.')).toEqual([
      ['2026-05-18', 'planned'],
    ]);
  });
  it('must not fire: a past verb, "The clearance sale began Saturday", is last Saturday', () => {
    expect(planEvents('The clearance sale at Orrin Hardware began Saturday, with most stock half price.')).toEqual([
      ['2026-05-09', 'reported'],
    ]);
  });
  it('must not fire: a plural noun compromise reads as a verb, "froze its accounts late on Monday", stays past', () => {
    expect(planEvents("The Quillon court froze the trust's bank accounts late on Monday.")).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('must not fire: "Speaking on the harbour steps Monday evening, …" (a noun read as a verb beside a verb)', () => {
    expect(
      planEvents('Speaking on the harbour steps Monday evening, the mayor of Orrin announced the ferry would be sold.'),
    ).not.toContainEqual(['2026-05-18', 'planned']);
  });
  it('must not fire: a noun in the plural before the weekday, "Residents of the flats Tuesday …" keeps its reading', () => {
    expect(planEvents('The council closed the footpaths Tuesday after a landslip near Orrin.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('SAME_DAY: "that evening", "that night" take the day of the happening last dated before them', () => {
  it('"A judge resigned that evening" after a show held on 9 May is dated 9 May', () => {
    expect(
      planEventSources(
        'The Harl Valley dog show was held at Orrin on 9 May. Hundreds of owners entered.\n\nOne judge resigned that evening, citing abuse from exhibitors.',
      ),
    ).toContainEqual(['One judge resigned that evening', '2026-05-09']);
  });
  it('"Two men were arrested that night" after a break-in on Sunday is dated Sunday', () => {
    expect(
      planEventSources(
        'Thieves broke into the Quillon sports club on Sunday and took the bar takings.\n\nTwo men were arrested that night and charged with burglary.',
      ),
    ).toContainEqual(['Two men were arrested that night', '2026-05-10']);
  });
  it('must not fire: "that evening classes" after a speech verb is no time of day', () => {
    expect(
      planEventSources(
        'The Orrin college closed its library on 9 May.\n\nThe principal announced that evening classes would move online.',
      ),
    ).not.toContainEqual(['The principal announced that evening', '2026-05-09']);
  });
});

describe('sceneDatesOf: a paragraph that opens with a quote continues the scene of the paragraph before', () => {
  it('""…," he said" in the paragraph after "Speaking at the quay yesterday evening, he said …" is dated yesterday', () => {
    expect(
      planQuoteDateOf(
        'The ferry operator Idris Calloway denies cutting corners. Speaking at the Orrin quay yesterday evening, he said the boat had passed "every check going".\n\n"We have never missed an inspection," he said. "Not once in thirty years."',
        'We have never missed',
      ),
    ).toBe('2026-05-13');
  });
  it('a second quote-only paragraph after it keeps the same day', () => {
    expect(
      planQuoteDateOf(
        'Harl Valley Trust chairwoman Wenna Pascoe met residents in the village hall on Tuesday evening, and she said the tea room would stay "for now".\n\n"We have run out of volunteers," she said.\n\n"Unless people come forward, it will close in July."',
        'Unless people come forward',
      ),
    ).toBe('2026-05-12');
  });
  it('must not fire: a paragraph before with no one speaking, "housed 1,730 on the night of 10 May", gives no scene', () => {
    expect(
      planQuoteDateOf(
        'The Orrin shelter, built for 450 people, housed 1,730 on the night of 10 May, according to council figures.\n\n"The law sets a minimum and it has been breached," the judge said as she read the ruling.',
        'The law sets a minimum',
      ),
    ).toBe('2026-05-14');
  });
  it('must not fire: a paragraph that opens with narration keeps the publication day', () => {
    expect(
      planQuoteDateOf(
        'Speaking at the Orrin quay yesterday evening, Idris Calloway said the boat had passed "every check going".\n\nHis daughter runs the booking office. "We have never missed an inspection," she said.',
        'We have never missed',
      ),
    ).toBe('2026-05-14');
  });
});

describe('sceneDatesOf: the day of a scene is read outside its quotes', () => {
  it('the quote after ""… between Apr. 2 and Apr. 20 …," X told reporters on Tuesday." takes Tuesday', () => {
    expect(
      planQuoteDateOf(
        '"Every one of the eleven boats was serviced at the Orrin yard between Apr. 2 and Apr. 20," harbour master Wenna Pascoe told reporters on Tuesday. "That is not chance."',
        'That is not chance',
      ),
    ).toBe('2026-05-12');
  });
  it('the quote after ""… since 3 March …," the chairman said on Monday." takes Monday', () => {
    expect(
      planQuoteDateOf(
        '"The Quillon pool has been losing money since 3 March, when the heating failed," the trust chairman, Idris Calloway, said on Monday. "We cannot go on like this."',
        'We cannot go on like this',
      ),
    ).toBe('2026-05-11');
  });
  it('must not fire: with no day outside the quotes, a later quote keeps the publication day', () => {
    expect(
      planQuoteDateOf(
        '"Every one of the boats was serviced at the yard on 2 April," harbour master Wenna Pascoe said. "That is not chance."',
        'That is not chance',
      ),
    ).toBe('2026-05-14');
  });
});
