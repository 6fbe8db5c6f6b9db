import { describe, expect, it } from 'vitest';
import { planEvents, readLedger } from '../ingest-read';

// The review of round 42 (12ar, 12as and 12su), on sentences written for this file: every name, place, body and
// role here is invented and none comes from the test articles. Articles of Thursday 2026-05-14 (Monday 05-11,
// Tuesday 05-12, Wednesday 05-13).

const LEAD = 'The Varnley lido will stay shut for the summer, its trustees said on Wednesday.\n\n';
const MARKET = 'The Brackwater covered market will close for six months from January.\n\n';

/** The dates of the event drafts of `text`. */
const dates = (text: string) => planEvents(text).map(([date]) => date);

describe('DENIED_CLAIMS: a deed after " and " is not part of the denial', () => {
  it('"rejected the claims on Tuesday and sacked its chief executive" keeps Tuesday', () => {
    const text = LEAD + 'The Orrin boat club rejected the claims on Tuesday and sacked its chief executive.';
    expect(dates(text)).toContain('2026-05-12');
  });
  it('must not fire: the denial alone ("rejected the claims on Tuesday") still drafts no Tuesday', () => {
    const text = LEAD + 'The Orrin boat club rejected the claims on Tuesday.';
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it('must not fire: "Denied claims for compensation were paid on Monday" keeps Monday', () => {
    const text = LEAD + 'Denied claims for compensation were paid on Monday, the insurer said.';
    expect(dates(text)).toContain('2026-05-11');
  });
});

describe('POSSESSIVE_TEXT_SUBJECT: "The <Body>\'s report said" names the text without "The"', () => {
  it('"The Guild\'s latest report said …" is the "Guild latest report"', () => {
    const text = MARKET + 'The Guild\'s latest report said the market had "no future on this site".';
    const s = readLedger(text).speaker('no future on this site');
    expect(s?.kind).toBe('document');
    expect(s?.name).toBe('Guild latest report');
  });
  it('must not fire: a name without "The" is kept whole', () => {
    const text = MARKET + 'Harrowby Foods\' annual report said the closure would "cost the firm its best pitch".';
    expect(readLedger(text).speaker('cost the firm its best pitch')?.name).toBe('Harrowby Foods annual report');
  });
});

describe('MEETING_START_TIME: a day in the possessive ("Tuesday\'s hearing begins at 10am")', () => {
  it('"Tuesday\'s hearing begins at 10am" drafts no Tuesday', () => {
    const text = LEAD + "Tuesday's hearing begins at 10am in the Orrin town hall.";
    expect(dates(text)).not.toContain('2026-05-12');
    expect(dates(text)).not.toContain('2026-05-19');
  });
  it("must not fire: Tuesday's meeting with a deed of its own keeps Tuesday", () => {
    const text = LEAD + "Tuesday's meeting voted to close the Orrin pool for good.";
    expect(dates(text)).toContain('2026-05-12');
  });
});
