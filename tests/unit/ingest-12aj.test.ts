import { describe, expect, it } from 'vitest';
import { speakerOf } from '../ingest-read';

// The patterns of issue 12aj, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('"Cabinet member for housing Cllr X said": a portfolio before a councillor\'s title is no object (COUNCILLOR_TITLE)', () => {
  it('"Cabinet member for housing Cllr Rhodri Penvale said … "…"" gives Rhodri Penvale', () => {
    const text =
      'Cabinet member for housing Cllr Rhodri Penvale said the scheme had run "without fuss" in the next valley.';
    expect(speakerOf(text, 'without fuss')?.name).toBe('Rhodri Penvale');
  });
  it('"Lead member for transport Coun. Ffion Maddock told …" gives Ffion Maddock', () => {
    const text = 'Lead member for transport Coun. Ffion Maddock told the meeting the buses were "simply too empty."';
    expect(speakerOf(text, 'simply too empty')?.name).toBe('Ffion Maddock');
  });
  it('must not fire: "a spokesman for council leader Cllr Aldous Vane said" is not Vane speaking', () => {
    const text = 'A spokesman for council leader Cllr Aldous Vane said the scheme had run "without fuss" so far.';
    expect(speakerOf(text, 'without fuss')?.name).not.toBe('Aldous Vane');
  });
  it('must not fire: a petition handed to a councillor for a portfolio, and another person speaking', () => {
    const text =
      'The petition was handed to cabinet member for housing Cllr Rhodri Penvale, and organiser Mair Ellisant said it showed "how angry people are."';
    expect(speakerOf(text, 'how angry people')?.name).toBe('Mair Ellisant');
  });
});
