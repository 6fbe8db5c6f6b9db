import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger, speakerOf } from '../ingest-read';

// The patterns of issue 12ah, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('a body described by a common noun is named by its noun, never by the clause after it', () => {
  const text =
    'Drivers blamed the timetable, while the authority pointed to a surge in calls from riders.\n\n' +
    'In a statement the authority said: "Every cancelled bus is one too many. We are hiring 30 new drivers this winter."';
  it('no member of the cast is named with the verb that followed the noun', () => {
    expect(readLedger(text).members.map((m) => m.name)).not.toContainEqual(expect.stringMatching(/pointed/));
  });
  it('the statement is the body’s statement', () => {
    expect(speakerOf(text, 'Every cancelled bus')?.name).toBe('Authority statement');
  });
  it('must not fire: a body named with "of" keeps the rest of its name', () => {
    const named = 'The inquiry was opened last week. "We will report by June," the commission of inquiry said.';
    expect(speakerOf(named, 'We will report')?.name).toBe('Commission of inquiry');
  });
});

// Articles of Thursday 2026-05-14 (planArticle): "last year" is 2025, "in March" 2026-03.
const LEAD = 'The Varnley tram line will lose its night service, its operator said on Wednesday.\n\n';

describe('COUNT_COMPARED: a count for a period set against an earlier one ("up from …") is a statistic', () => {
  it('"The line carried 41,000 passengers in March, up from 33,500 in March 2025" drafts no 2026-03', () => {
    const text = LEAD + 'The line carried 41,000 passengers in March, up from 33,500 in March 2025.';
    expect(events(text)).not.toContainEqual(['2026-03', 'reported']);
  });
  it('"The depot handled 820 repairs in 2025, down from 1,140 in 2024" drafts no 2025', () => {
    const text = LEAD + 'The depot handled 820 repairs in 2025, down from 1,140 in 2024.';
    expect(events(text)).not.toContainEqual(['2025', 'reported']);
  });
  it('must not fire: a day keeps its date ("arrested 40 people on Saturday, up from 12 a week earlier")', () => {
    const text = LEAD + 'Police arrested 40 people at the depot on Saturday, up from 12 a week earlier.';
    expect(events(text)).toContainEqual(['2026-05-09', 'reported']);
  });
  it('must not fire: a dated clause of its own after ", and" keeps its date', () => {
    const text =
      LEAD + 'The line carried 41,000 passengers in 2024, up from 33,500 in 2023, and the operator cut fares in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: a month with no count compared keeps its date', () => {
    const text = LEAD + 'The operator cut fares by 10% in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
});

describe('RECORDS_BEGAN: "since records began in <year>" is a comparison point, no happening', () => {
  it('"the wettest spring since records began in 1910" drafts no 1910', () => {
    const text =
      LEAD +
      'The operator said flooding closed the depot twice in what was the wettest spring since records began in 1910.';
    expect(events(text).map((e) => e[0])).not.toContain('1910');
  });
  it('"the worst month since its comparable records began in 2004" drafts no 2004', () => {
    const text =
      LEAD + 'The regulator says April was the worst month for delays since its comparable records began in 2004.';
    expect(events(text).map((e) => e[0])).not.toContain('2004');
  });
  it('must not fire: "since the line opened in 1994" keeps its year', () => {
    const text = LEAD + 'It is the first night closure since the line opened in 1994.';
    expect(events(text).map((e) => e[0])).toContain('1994');
  });
});

describe('TALLY_BY: a running total reached "by" a time is a figure, no happening', () => {
  it('"An online petition had gathered more than 3,400 signatures by Tuesday night" drafts no Tuesday', () => {
    const text = LEAD + 'An online petition against the cut had gathered more than 3,400 signatures by Tuesday night.';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('"The appeal had raised £18,000 by Monday" drafts no Monday', () => {
    const text = LEAD + 'A fundraising appeal for the night staff had raised £18,000 by Monday.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('"… had collected 2,100 signatures by yesterday evening" drafts nothing of its own', () => {
    const text = LEAD + 'A petition to save the night trams had collected 2,100 signatures by yesterday evening.';
    expect(events(text)).toEqual(events(LEAD));
  });
  it('must not fire: a fund whose launch is told keeps its launch day', () => {
    const text = LEAD + 'A hardship fund set up on Sunday by the drivers’ union had raised £9,000 by Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-10', 'reported']);
  });
  it('must not fire: a deed by a day ("had closed 12 stops by Monday") keeps its date', () => {
    const text = LEAD + 'The operator had closed 12 stops by Monday.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: a tally handed in on a day ("handed in the petition on Tuesday") keeps its date', () => {
    const text = LEAD + 'Campaigners handed in a petition with 3,400 signatures on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('COUNT_DRAWN: visitors drawn in a year are a statistic', () => {
  it('"The museum opened in 1962, and drew about 40,000 visitors in 2018" drafts no 2018', () => {
    const text = LEAD + 'The tram museum opened in 1962, and drew about 40,000 visitors in 2018.';
    expect(events(text).map((e) => e[0])).not.toContain('2018');
  });
  it('"The festival attracted more than 9,000 fans in 2024" drafts no 2024', () => {
    const text = LEAD + 'The depot festival attracted more than 9,000 fans in 2024.';
    expect(events(text).map((e) => e[0])).not.toContain('2024');
  });
  it('must not fire: the opening before ", and" keeps its year', () => {
    const text = LEAD + 'The tram museum opened in 1962, and drew about 40,000 visitors in 2018.';
    expect(events(text).map((e) => e[0])).toContain('1962');
  });
  it('must not fire: a crowd drawn on a day keeps its day', () => {
    const text = LEAD + 'The protest drew about 2,000 people to the depot on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});
