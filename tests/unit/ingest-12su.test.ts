import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/ingest/segment';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12su (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Saturday 05-09, Monday 05-11, Wednesday 05-13); "last year" is 2025, "next year" 2027.

const LEAD = 'The Varnley lido will stay shut for the summer, its trustees said on Wednesday.\n\n';

/** The dates of the event drafts of `text`. */
const dates = (text: string) => events(text).map(([date]) => date);

describe('UNTIL_PAST_YEAR: a past span closed by "until <year>" is background', () => {
  it('"who ran it from a garden shed until 2019" drafts no 2019', () => {
    const text = LEAD + 'The lido club was set up by Hesper Quayle, who ran it from a garden shed until 2019.';
    expect(dates(text)).not.toContain('2019');
  });
  it('"ran the kiosk by the pool until 2021" drafts no 2021', () => {
    const text = LEAD + 'His brother, Osric Dunlevy, ran the kiosk by the pool until 2021.';
    expect(dates(text)).not.toContain('2021');
  });
  it('must not fire: a happening in a past year ("The pool was sold in 2019") keeps 2019', () => {
    const text = LEAD + 'The old pool was sold to a developer in 2019.';
    expect(dates(text)).toContain('2019');
  });
  it('must not fire: a span yet to come ("will stay closed until 2028") is not cut by this rule', () => {
    const text = LEAD + 'The diving board will stay closed until 2028.';
    expect(dates(text)).toContain('2028');
  });
  it('must not fire: a happening closing the span (", when it was sold") keeps its year', () => {
    const text = LEAD + 'The family ran the kiosk until 2019, when it was sold to the council.';
    expect(dates(text)).toContain('2019');
  });
});

describe('COMPARED_AFTER_YEAR: a count of a year set against another figure is no happening', () => {
  it('"2,400 swimmers used the pool in 2025, compared with 3,900 in 2016" drafts no 2025', () => {
    const text = LEAD + 'The trust says 2,400 swimmers used the pool in 2025, compared with 3,900 in 2016.';
    expect(dates(text)).not.toContain('2025');
  });
  it('"1,200 season tickets were sold in 2024, up from 950 in 2021" drafts no 2024', () => {
    const text = LEAD + 'About 1,200 season tickets were sold in 2024, up from 950 in 2021.';
    expect(dates(text)).not.toContain('2024');
  });
  it('must not fire: a day ("on Saturday, compared with …") keeps its day', () => {
    const text = LEAD + 'About 900 swimmers came on Saturday, compared with 400 a week earlier.';
    expect(dates(text)).toContain('2026-05-09');
  });
  it('must not fire: a year to come ("will get 90 new lockers next year, up from 40") keeps its plan', () => {
    const text = LEAD + 'The lido will get 90 new lockers next year, up from 40 now.';
    expect(dates(text)).toContain('2027');
  });
  it('must not fire: a deed in a past year with no comparison keeps its year', () => {
    const text = LEAD + 'The trust sold 40 lockers to a school in 2024.';
    expect(dates(text)).toContain('2024');
  });
});

describe('DENIED_CLAIMS: a denial of claims is a reaction, no happening', () => {
  it('"denied all the claims on Tuesday" drafts no Tuesday', () => {
    const text = LEAD + 'The lido owner, Ingrith Maskell, denied all the claims on Tuesday.';
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it('"rejected both accusations on Tuesday" drafts no Tuesday', () => {
    const text = LEAD + 'The pool manager rejected both accusations on Tuesday.';
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it('must not fire: a court denying bail keeps its day', () => {
    const text = LEAD + 'A judge denied bail to the two men on Tuesday.';
    expect(dates(text)).toContain('2026-05-12');
  });
  it('must not fire: a rejected offer keeps its day', () => {
    const text = LEAD + 'The lifeguards rejected the pay offer on Tuesday.';
    expect(dates(text)).toContain('2026-05-12');
  });
});

describe('MEETING_START_TIME: the hour a dated meeting starts is no happening of its own', () => {
  it('"The board\'s June 3 meeting starts at 7 p.m." drafts no June 3', () => {
    const text = LEAD + "The board's June 3 meeting starts at 7 p.m.";
    expect(dates(text)).not.toContain('2026-06-03');
  });
  it('must not fire: a meeting planned for a day ("will meet on June 3") keeps its day', () => {
    const text = LEAD + 'The board will meet on June 3 to discuss the closure.';
    expect(dates(text)).toContain('2026-06-03');
  });
});

describe('TIME_CONTINUES: "at 7 p.m. Dec. 10" is one sentence', () => {
  it('a month after "p.m." does not start a new sentence', () => {
    const text = 'The board will hold a public meeting at 7 p.m. June 3 to take questions. It was the first.';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'The board will hold a public meeting at 7 p.m. June 3 to take questions.',
      'It was the first.',
    ]);
  });
  it('must not fire: a capitalised word that is no month after "p.m." starts a new sentence', () => {
    const text = 'The meeting ended at 9 p.m. Residents left quietly.';
    expect(sentences(text)).toHaveLength(2);
  });
});
