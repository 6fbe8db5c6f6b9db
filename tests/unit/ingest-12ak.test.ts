import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/ingest/dates';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12ak, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday
// 2026-05-14 (Sunday 05-10, Monday 05-11, Tuesday 05-12, Wednesday 05-13).

const LEAD = 'The Dunmarrow bowls club will close for good, its committee said on Wednesday.\n\n';

describe('figureOrRecordDate (AT_PEAK): a figure "at its peak in <year>" dates no happening', () => {
  it('"The club had 400 members at its peak in 1996" drafts no 1996', () => {
    const text = LEAD + 'The club had 400 members at its peak in 1996.';
    expect(events(text)).not.toContainEqual(['1996', 'reported']);
  });
  it('"…, and employed 90 people at their height in 2008" drafts no 2008', () => {
    const text = LEAD + 'The two greens were laid in 1931, and the clubs employed 90 people at their height in 2008.';
    expect(events(text)).not.toContainEqual(['2008', 'reported']);
    expect(events(text)).toContainEqual(['1931', 'reported']);
  });
  it('must not fire: "The river peaked in 2019" (no "at its peak") keeps 2019', () => {
    const text = LEAD + 'The river burst its banks and flooded the green in 2019.';
    expect(events(text)).toContainEqual(['2019', 'reported']);
  });
  it('must not fire: a day ("At its peak on Tuesday, the fire forced 40 people from their homes") keeps Tuesday', () => {
    const text = LEAD + 'A fire at the pavilion forced 40 people from their homes at its peak on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('figureOrRecordDate (YEAR_TO_MONTH): a count "in the year to <month>" is a tally, no happening', () => {
  it('"Only 12 fines were issued in the year to March" drafts nothing', () => {
    const text = LEAD + 'Only 12 fines for littering were issued in the year to March, council figures show.';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('"Arrests rose to 310 in the year up to April" drafts nothing', () => {
    const text = LEAD + 'Arrests for shoplifting in the county rose to 310 in the year up to April.';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('must not fire: "The club sold its second green … in March" keeps March', () => {
    const text = LEAD + 'The club sold its second green to a builder in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: a dated clause after ", and" keeps its date', () => {
    const text = LEAD + 'Only 12 fines were issued in the year to March, and the warden scheme was scrapped in April.';
    expect(events(text)).toContainEqual(['2026-04', 'reported']);
  });
});

describe('REACHED_FOR_COMMENT: "X, reached by phone on Tuesday, said …" — the day a reporter reached the speaker dates no happening', () => {
  it('"The owner, reached by phone on Tuesday, said she had not decided …" drafts nothing', () => {
    const text =
      LEAD + 'The owner, Ailsa Brondell, reached by phone on Tuesday, said she had not decided whether to sell.';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('"Corrigan, contacted by email Monday, said he would not comment" drafts nothing', () => {
    const text = LEAD + 'Corrigan, contacted by email Monday, said he would not comment on the sale.';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('must not fire: a dated happening in the reported clause keeps its day', () => {
    const text = LEAD + 'Corrigan, reached by phone on Tuesday, said he had sold the clubhouse on Sunday.';
    expect(events(text)).toContainEqual(['2026-05-10', 'reported']);
  });
  it('must not fire: "Rescuers reached the walkers by boat on Tuesday" keeps Tuesday', () => {
    const text = LEAD + 'Rescuers reached the stranded walkers by boat on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: a second clause after ", and" keeps its date', () => {
    const text =
      LEAD + 'The club shut its bar on Monday, and Corrigan, reached by phone on Tuesday, said he would not comment.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('FRONTED_MESSAGE: "In a message to parents sent on Tuesday, she asked …"…"" — a message\'s quoted words are its statement, no happening', () => {
  it('"In a message to members sent on Tuesday, the secretary asked them to "…"" drafts nothing', () => {
    const text =
      LEAD +
      'In a message to members sent on Tuesday, the secretary asked them to "return any club kit you still have at home".';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('"In a text message to players on Monday, the captain urged them to "…"" drafts nothing', () => {
    const text =
      LEAD + 'In a text message to players on Monday, the captain urged them to "keep turning up until the last end".';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('must not fire: a message with no quoted words still dates a completed deed it tells', () => {
    const text = LEAD + 'In a message to members on Tuesday, the secretary said the club had sold its mower.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "In a meeting with members on Tuesday, …" (no written message) is unchanged', () => {
    const text = LEAD + 'In a meeting with members on Tuesday, the secretary handed over the keys to the clubhouse.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('DECIDED_TO_BY: "agreed to install 30 bins by the end of March" — a deadline set by a decision lies ahead', () => {
  const friday = new Date('2026-11-20T12:00:00Z');
  const read = (s: string) => {
    const d = findDate(s, friday);
    return d && [d.date, d.future];
  };
  it('"The board agreed to resurface the car park by the end of March" reads March 2027, ahead', () => {
    expect(read('The board agreed to resurface the car park by the end of March.')).toEqual(['2027-03', true]);
  });
  it('"Councillors voted to scrap the parking charge by April" reads April 2027, ahead', () => {
    expect(read('Councillors voted to scrap the parking charge by April, after a long debate.')).toEqual([
      '2027-04',
      true,
    ]);
  });
  it('must not fire: a deed done by a past month ("The wall was repaired by the end of March") keeps March 2026', () => {
    expect(read('The wall was repaired by the end of March.')).toEqual(['2026-03', false]);
  });
  it('must not fire: a decision taken in a month ("The board agreed in March to resurface the car park") keeps March 2026', () => {
    expect(read('The board agreed in March to resurface the car park.')).toEqual(['2026-03', false]);
  });
  it('must not fire: a quote ("We agreed to finish it by March," she said) is not read ahead', () => {
    expect(read('"We agreed to finish it by March," she said.')?.[1]).not.toBe(true);
  });
});

describe('PASSIVE_TODAY: "Letters … were posted today" — a past passive done "today" is dated by the publication', () => {
  const thursday = new Date('2026-05-14T12:00:00Z');
  const read = (s: string) => findDate(s, thursday)?.date;
  it('"Letters telling members of the change were posted today." reads the publication day', () => {
    expect(read('Letters telling members of the change were posted today.')).toBe('2026-05-14');
  });
  it('"The last of the lanes was reopened today, after repairs." reads the publication day', () => {
    expect(read('The last of the lanes was reopened today, after repairs.')).toBe('2026-05-14');
  });
  it('must not fire: "today" as nowadays ("Few bowls clubs are run by volunteers today") reads no date', () => {
    expect(read('Few bowls clubs are run by volunteers today.')).toBeUndefined();
  });
  it('must not fire: a future twin ("The letters will be posted today") is not read as past', () => {
    expect(read('The letters will be posted today.')).toBeUndefined();
  });
  it('must not fire: a quote ("The letters were posted today," she said) dates nothing', () => {
    expect(read('"The letters were posted today," she said.')).toBeUndefined();
  });
});

describe('LETTER_SENT_ASKING: "X wrote to Y on Monday asking for a meeting" — an unquoted letter sent is a happening', () => {
  it('"The club secretary wrote to the council on Monday asking for a meeting" drafts Monday', () => {
    const text = LEAD + 'The club secretary wrote to the council on Monday asking for an urgent meeting.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('"Residents wrote to their MP on Tuesday urging her to intervene" drafts Tuesday', () => {
    const text = LEAD + 'Residents wrote to their MP on Tuesday urging her to intervene.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: quoted words ("… asking for "an honest answer"") are the letter\'s statement', () => {
    const text =
      LEAD + 'The club secretary wrote to the council on Monday asking for "an honest answer about the lease".';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('must not fire: a future twin ("will write to the council on Monday asking …") drafts no past Monday', () => {
    const text = LEAD + 'The club secretary will write to the council on Monday asking for a meeting.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "wrote to the council on Monday." with no request after it is left as it was (no draft)', () => {
    const text = LEAD + 'The club secretary wrote to the council on Monday.';
    expect(events(text)).toEqual(events(LEAD));
  });
});
