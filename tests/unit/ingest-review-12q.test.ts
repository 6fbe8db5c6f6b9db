import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger, speakerOf } from '../ingest-read';

// Regressions a review of round 12q found in ordinary news sentences, each on sentences written for
// this file (invented names). The articles are of Thursday 2026-05-14.

describe('a speech verb after "said that …," and a new clause is an attribution of its own', () => {
  it('"told reporters that …, while opposition leader X said …": X\'s words', () => {
    expect(
      speakerOf(
        'The minister told reporters that talks would continue, while opposition leader Jana Wolf said the deal was "dead in the water".',
        'dead in the water',
      ),
    ).toMatchObject({ name: 'Jana Wolf', kind: 'person' });
  });
  it('"The club said that …, but captain X said …": the captain\'s words', () => {
    expect(
      speakerOf(
        'The club said that its manager had resigned, but captain Leo Marsh said the squad was "totally behind him".',
        'totally behind',
      ),
    ).toMatchObject({ name: 'Leo Marsh', kind: 'person' });
  });
});

describe('a quote set off by a comma before "campaign", "tour", "festival" … is words, not a name', () => {
  it('""…," campaign organisers said": the organisers\' quote', () => {
    expect(speakerOf('"We need answers," campaign organisers said.', 'We need answers')).toMatchObject({
      name: 'Campaign organisers (unnamed source)',
      kind: 'person',
    });
    expect(readLedger('"It is a scandal," tour operators said on Monday.').quotes.map((q) => q.quote)).toEqual([
      'It is a scandal',
    ]);
    expect(readLedger('"Nothing has changed," festival organisers said on Sunday.').quotes.map((q) => q.quote)).toEqual(
      ['Nothing has changed'],
    );
  });
});

describe('a count of deaths or flooded homes since a day of the week is a happening', () => {
  it('"At least 40 people have died since Sunday": Sunday, reported', () => {
    expect(events('At least 40 people have died since Sunday, officials said.')).toEqual([['2026-05-10', 'reported']]);
    expect(events('More than 200 homes have been flooded since Tuesday.')).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('records or documents with no determiner give words only when they are the subject of the speech verb', () => {
  it('"Court records show he was jailed in 2019 for what the judge called "…"": the jailing, 2019, reported', () => {
    expect(
      events('Court records show he was jailed in 2019 for what the judge called "a cynical and sustained fraud".'),
    ).toEqual([['2019', 'reported']]);
    expect(
      events('Jail records say he was released on Friday, a move his victims\' families called "an insult".'),
    ).toEqual([['2026-05-08', 'reported']]);
  });
});

describe('a year after a level is a comparison point only with "of"', () => {
  it('"returned to pre-pandemic levels in 2024", "hit a record high in 2022": the year, reported', () => {
    expect(events('Visitor numbers returned to pre-pandemic levels in 2024.')).toEqual([['2024', 'reported']]);
    expect(events('House prices hit a record high in 2022 before falling for two years.')).toEqual([
      ['2022', 'reported'],
    ]);
    expect(events('The lake fell to a record low in 2018, the agency said.')).toEqual([['2018', 'reported']]);
  });
});

describe('a remand until a day followed by a past clause is no hearing to come', () => {
  it('"remanded in custody until his next appearance on Monday, when he admitted the charge": Monday, reported', () => {
    expect(
      events('He had been remanded in custody until his next appearance on Monday, when he admitted the charge.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
});

describe('"there will be more details on …" of news to come is no outlet\'s trail', () => {
  it('"there will be more details on the job cuts at its results on 30 July": 30 July, planned', () => {
    expect(events('The company said there will be more details on the job cuts at its results on 30 July.')).toEqual([
      ['2026-07-30', 'planned'],
    ]);
    expect(events('There will be more on this issue at the council meeting on Tuesday.')).toEqual([
      ['2026-05-19', 'planned'],
    ]);
  });
});

describe('a participle of publishing before the text\'s noun is part of "according to …"', () => {
  it('"according to newly released documents": the documents', () => {
    expect(
      speakerOf(
        'The firm paid "well over the odds" for the land, according to newly released documents.',
        'well over the odds',
      ),
    ).toMatchObject({ name: expect.stringMatching(/released documents/), kind: 'document' });
  });
});

describe('"X wrote to the council." with nothing of the letter\'s words is no letter for the quotes after', () => {
  it('"Ann Reeve wrote to the council in March. On Monday she addressed the meeting, saying …": Ann Reeve', () => {
    const text =
      'Ann Reeve wrote to the council in March. On Monday she addressed the meeting, saying the flats were "a death trap".';
    expect(speakerOf(text, 'a death trap')).toMatchObject({ name: 'Ann Reeve', kind: 'person' });
  });
});
