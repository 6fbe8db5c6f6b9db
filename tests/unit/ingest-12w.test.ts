import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12w, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('reported speech of a practice that went on for years is no happening on the day of telling', () => {
  it('"said on Monday that … had … for years" drafts nothing for Monday', () => {
    expect(
      events('The ferry sank on Tuesday. The harbourmaster said on Monday that crews had logged the cracks for years.'),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(
      events(
        'The ferry sank on Tuesday. A deckhand told the Ledger on Monday that she had sailed the route for 12 years.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('an action told on a day, with no stretch of time, is still dated by the telling', () => {
    expect(events('The ferry sank on Tuesday. The operator said on Monday that it had sold two of its boats.')).toEqual(
      [
        ['2026-05-12', 'reported'],
        ['2026-05-11', 'reported'],
      ],
    );
  });
});

describe('a reported attitude is no action', () => {
  it('"said on Monday that the council respected / regretted …" drafts nothing for Monday', () => {
    expect(
      events("The ferry sank on Tuesday. The mayor said on Monday that the council respected the inquiry's choice."),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(events('The ferry sank on Tuesday. The owner said on Monday that the firm regretted the delay.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});
