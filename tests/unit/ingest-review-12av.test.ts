import { describe, expect, it } from 'vitest';
import { addedHappenings } from '../../src/ingest/happenings';
import { planEvents as events } from '../ingest-read';

// The review of round 44 (12av, 12aw and 12sw), on sentences written for this file: every name, place, body and role
// here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14 (Monday 05-11).

const LEAD = 'The Varnley bakery on Tollgate Row will close for good on 30 May, its owners said on Wednesday.\n\n';

/** The dates of the event drafts of `text` beyond those of the lead alone. */
const added = (text: string) => {
  const base = events(LEAD).map(([date]) => date);
  return events(text)
    .map(([date]) => date)
    .filter((d) => !base.includes(d));
};

describe('decidedFrom (12aw): a decision not to make a change plans no change', () => {
  it('"voted on Thursday not to introduce a fee … from 1 January" plans no 1 January', () => {
    const text =
      LEAD + 'Councillors voted on Thursday not to introduce a parking fee at the Orrin car park from 1 January.';
    expect(added(text)).not.toContain('2027-01-01');
  });
  it('"voted on Thursday against a plan to introduce a fee … from 1 January" plans no 1 January', () => {
    const text =
      LEAD +
      'Councillors voted on Thursday against a plan to introduce a parking fee at the Orrin car park from 1 January.';
    expect(added(text)).not.toContain('2027-01-01');
  });
  it('must not fire: "voted on Thursday to introduce a fee … from 1 January" still plans 1 January', () => {
    const text =
      LEAD + 'Councillors voted on Thursday to introduce a parking fee at the Orrin car park from 1 January.';
    expect(added(text)).toContain('2027-01-01');
  });
});

describe('OPEN_SEASON (12sw): a single day a place is open from is a reopening, no season', () => {
  it('"The museum is open from Monday after a two-year refurbishment" keeps Monday', () => {
    const text = LEAD + 'The Orrin museum is open from Monday after a two-year refurbishment.';
    expect(added(text)).toContain('2026-05-11');
  });
  it('"The pool is open from 1 June, the council said" keeps 1 June', () => {
    const text = LEAD + 'The Orrin pool is open from 1 June, the council said.';
    expect(added(text)).toContain('2026-06-01');
  });
  it('must not fire: "It is open from April to October" drafts nothing new', () => {
    const text = LEAD + 'The Orrin lido is popular with families. It is open from April to October.';
    expect(added(text)).toEqual([]);
  });
});

describe('DEADLINE_GIVEN (12aw): no rescan of a long sentence from every "and"', () => {
  it('8,000 characters of " and gave her until to go to" before a semicolon take well under a second', () => {
    const unit = ' and gave her until to go to ';
    const text = 'The Orrin mill will close on 30 May' + unit.repeat(276) + '; then it rained.';
    const start = performance.now();
    addedHappenings(text, new Date('2026-05-14T12:00:00Z'));
    expect(performance.now() - start).toBeLessThan(500);
  });
  it('must not fire: "… and gave her until 31 December to sign" is still a deadline planned', () => {
    const text = 'The letter said the new rent "was fair" and gave her until 31 December to sign.';
    expect(addedHappenings(text, new Date('2026-05-14T12:00:00Z')).map((h) => h.date.date)).toContain('2026-12-31');
  });
});
