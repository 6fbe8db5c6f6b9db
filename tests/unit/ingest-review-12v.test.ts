import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

// Review of round 12v: ordinary news sentences, written for this file, on which the round's rules
// misfired. Every name, place and body is invented. The articles are of Thursday 2026-05-14.

describe('a plan called off in another clause leaves the planned date alone', () => {
  it('a relative clause that tells of a cancellation keeps the main clause planned', () => {
    expect(
      events(
        'The mill closed on Monday. The mayor said the parade, which has been cancelled twice, would go ahead in June.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-06', 'planned'],
    ]);
  });
  it('a clause after "after" or "though" is another clause', () => {
    expect(
      events(
        'The mill closed on Monday. The strike will go ahead on Monday after talks with the company had been abandoned.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-18', 'planned'],
    ]);
    expect(
      events(
        'The mill closed on Monday. The vote will go ahead on Sunday, though a count of postal ballots will not take place.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-17', 'planned'],
    ]);
  });
  it('a plan called off in its own clause still drafts nothing', () => {
    expect(
      events('The mill closed on Monday. The concert on Friday will not go ahead without funding, the council warned.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
});

describe('a person whose surname is "Steel" stays a person', () => {
  it('after a title, or with an age set off after the name', () => {
    expect(
      readLedger('Councillor Ailsa Steel said the result was "a bitter blow" for the town.').speaker('a bitter'),
    ).toMatchObject({ name: 'Ailsa Steel', kind: 'person' });
    expect(
      readLedger('Ailsa Steel, 58, said the result was "a bitter blow" for the town.').speaker('a bitter'),
    ).toMatchObject({ name: 'Ailsa Steel', kind: 'person' });
  });
  it('a company named by "Steel" is still an organisation', () => {
    expect(
      readLedger('Corvanne Steel said the plant would be "mothballed for a year" at least.').speaker('mothballed'),
    ).toMatchObject({ name: 'Corvanne Steel', kind: 'organisation' });
  });
});
