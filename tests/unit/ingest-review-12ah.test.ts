import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The review of round 12ah, on sentences written for this file: every name and place here is invented.
// Articles of Thursday 2026-05-14 (planArticle): "in March" is 2026-03, "Friday" 2026-05-08, "Tuesday" 2026-05-12.
const LEAD = 'The Varnley tram line will lose its night service, its operator said on Wednesday.\n\n';

describe('COUNT_COMPARED steps aside for a deed done to the count (COUNT_DEED)', () => {
  it('"The factory cut 300 jobs in March, up from 120 a year earlier" keeps March', () => {
    const text = LEAD + 'The Orrin Vale factory cut 300 jobs in March, up from 120 a year earlier.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('"The council sacked 14 staff in March, down from 20 the year before" keeps March', () => {
    const text = LEAD + 'The council sacked 14 staff in March, down from 20 the year before.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('"laid off 300 workers in March, up from 120 in February, and closed its depot on Tuesday" keeps March', () => {
    const text =
      LEAD + 'The firm laid off 300 workers in March, up from 120 in February, and closed its depot on Tuesday.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('held: a throughput ("carried 41,000 passengers in March, up from …") is still a statistic', () => {
    const text = LEAD + 'The Orrin Vale line carried 41,000 passengers in March, up from 33,500 a year earlier.';
    expect(events(text)).not.toContainEqual(['2026-03', 'reported']);
  });
});

describe('TALLY_GATHERED steps aside for a happening after the day and for a distance', () => {
  it('"had raised £40,000 by Friday, when the family handed the money to the hospital" keeps Friday', () => {
    const text = LEAD + 'The appeal had raised £40,000 by Friday, when the family handed the money to the hospital.';
    expect(events(text)).toContainEqual(['2026-05-08', 'reported']);
  });
  it('"had gathered 3,400 signatures by Tuesday night, when it was handed to the council" keeps Tuesday', () => {
    const text =
      LEAD + 'The petition had gathered 3,400 signatures by Tuesday night, when it was handed to the council.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('"The storm had passed 40 miles north of the town by Tuesday" keeps Tuesday', () => {
    const text = LEAD + 'The storm had passed 40 miles north of Orrin Vale by Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('held: "The appeal had raised £40,000 by Friday." is still a tally', () => {
    const text = LEAD + 'The appeal had raised £40,000 by Friday.';
    expect(events(text)).not.toContainEqual(['2026-05-08', 'reported']);
  });
});

describe('countDrawn: only a conjunct that ends with its date and is the only dated one', () => {
  it('"The festival drew 40,000 fans in 2024 and was cancelled in 2025" keeps a draft', () => {
    const text = LEAD + 'The Orrin Vale festival drew 40,000 fans in 2024 and was cancelled in 2025.';
    expect(events(text)).not.toEqual(events(LEAD));
  });
  it('"The festival drew 40,000 fans in 2024, and organisers cancelled it in 2025" keeps a draft', () => {
    const text = LEAD + 'The Orrin Vale festival drew 40,000 fans in 2024, and organisers cancelled it in 2025.';
    expect(events(text)).not.toEqual(events(LEAD));
  });
  it('"The ferry welcomed 200 passengers in March when it sank off the coast" keeps March', () => {
    const text = LEAD + 'The ferry welcomed 200 passengers in March when it sank off the coast.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('held: "The museum drew some 40,000 visitors in 2018." is still a statistic', () => {
    const text = LEAD + 'The Orrin Vale museum drew some 40,000 visitors in 2018.';
    expect(events(text).map((e) => e[0])).not.toContain('2018');
  });
});

describe('RECORDS_BEGAN: records named by their keeper', () => {
  it('"since Met Office records began in 1910" drafts no 1910', () => {
    const text = LEAD + 'It was the wettest March since Met Office records began in 1910.';
    expect(events(text).map((e) => e[0])).not.toContain('1910');
  });
  it('"since UK records began in 1910" drafts no 1910', () => {
    const text = LEAD + 'It was the wettest March since UK records began in 1910.';
    expect(events(text).map((e) => e[0])).not.toContain('1910');
  });
  it('held: "since the line opened in 1994" keeps its year', () => {
    const text = LEAD + 'It is the first night closure since the Orrin Vale line opened in 1994.';
    expect(events(text).map((e) => e[0])).toContain('1994');
  });
});
