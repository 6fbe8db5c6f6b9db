import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// Review of round 39 (12am, 12an): sentences written for this file; every name, place and body is
// invented. The articles are of Thursday 2026-05-14.

const LEAD = 'The Carrowby rowing club will merge with its rival, its committee said on Wednesday.\n\n';

describe('RECORDS_GO_BACK (review)', () => {
  it('"Records go back to 1874" at the start of a sentence drafts no 1874 (capital R)', () => {
    const text = LEAD + 'Records go back to a rowing log from 1874 kept by the founders.';
    expect(events(text).map((e) => e[0])).not.toContain('1874');
  });
  it('must not fire across "and": "Its records go back to 1874 and the boathouse burned down in 1931" keeps 1931', () => {
    const text = LEAD + 'Its records go back to 1874 and the boathouse burned down in 1931.';
    expect(events(text).map((e) => e[0])).toContain('1931');
  });
  it('must not fire on a real return: "The club archive went back to the museum in 2021" keeps 2021', () => {
    const text = LEAD + 'The club archive went back to the museum in 2021 after a dispute over storage.';
    expect(events(text).map((e) => e[0])).toContain('2021');
  });
  it('still fires within the clause: "Its records go back to 1874" drafts no 1874', () => {
    const text = LEAD + 'Its records go back to 1874, the secretary said.';
    expect(events(text).map((e) => e[0])).not.toContain('1874');
  });
});
