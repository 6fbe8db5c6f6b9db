import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';
import { isRoleCompound } from '../../src/ingest/nlp';

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

// The patterns of issue 12u, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('a compound role noun before a name is a title, not a first name', () => {
  it('"Policewoman" and "Schoolteacher" before a name are left out of the name', () => {
    expect(
      speaker('Policewoman Orrin Talbridge-Vane said the hall would stay shut "until the roof is safe".', 'until the'),
    ).toBe('Orrin Talbridge-Vane');
    expect(
      speaker('Schoolteacher Mirela Oskarven told reporters the pupils were "frightened and tired".', 'frightened'),
    ).toBe('Mirela Oskarven');
  });
  it('"Newsagent" and "Shipbuilder" before a name are titles too', () => {
    expect(speaker('Newsagent Daven Ructmoor said the blaze was "the worst I have seen".', 'the worst')).toBe(
      'Daven Ructmoor',
    );
    expect(speaker('Shipbuilder Ilse Varnhagen said trade had "simply vanished".', 'simply')).toBe('Ilse Varnhagen');
  });
  it('a first name or surname with no role inside is not a compound role', () => {
    expect(isRoleCompound('Headteacher')).toBe(true);
    expect(isRoleCompound('Hazel')).toBe(false);
    expect(isRoleCompound('Christian')).toBe(false);
    expect(isRoleCompound('Goldsmith')).toBe(false);
    expect(speaker('Rosemary Blackwood said the plan was "a disgrace".', 'a disgrace')).toBe('Rosemary Blackwood');
  });
});
