import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';
import { sequelThings } from '../../src/ingest/dates';

// The tidying after rounds 45 and 46: sentences written for this file; every name here is invented.

describe('kinFirstNamed: the kin word gives the first name its sex through KIN_SEX', () => {
  it('a widow named by her first name after "His widow," is of the surname of the man named before', () => {
    const a = 'Tomas Hallorin, a fisherman, drowned in 2019. His widow, Ailsa, said the harbour was "never safe".';
    expect(readLedger(a).speaker('never safe')?.name).toBe('Ailsa Hallorin');
  });
});

describe('sequelThings: the dates of the sentence read once for all its phrases', () => {
  it('a "with … expected on <weekday>" phrase after a past day is a planned thing of its own', () => {
    const s = 'Fresh samples were taken yesterday, with results expected on Monday.';
    const found = sequelThings(s, new Date('2026-05-14T12:00:00Z'));
    expect(found.map((f) => f.clause)).toEqual(['results expected on Monday']);
  });
});
