import { describe, expect, it } from 'vitest';
import { speakerOf } from '../ingest-read';

// The patterns of issue 12ai, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('"Her husband said:" as a lead-in paragraph after a couple named with one surname (kinLeadIn)', () => {
  const couple =
    'Stallholders Morwenna and Casimir Trelawder, who have run the fruit stall since 2010, were at the market.\n\n"Nobody walks this way now," Morwenna Trelawder said.\n\n';
  it('"Her husband said:\\n\\n"…"" gives Casimir Trelawder', () => {
    const text = `${couple}Her husband said:\n\n"We will keep the stall as long as the rent holds."`;
    expect(speakerOf(text, 'We will keep')?.name).toBe('Casimir Trelawder');
  });
  it('must not fire: a son named beside the speaker, not a couple, leaves no name to the husband', () => {
    const text =
      'Stallholder Morwenna Trelawder and her son Casimir Trelawder were at the market.\n\n"Nobody walks this way now," Morwenna Trelawder said.\n\nHer husband said:\n\n"We will keep the stall as long as the rent holds."';
    expect(speakerOf(text, 'We will keep')?.name).not.toBe('Casimir Trelawder');
  });
  it('must not fire: "Her son said:" is not the other one of the couple', () => {
    const text = `${couple}Her son said:\n\n"We will keep the stall as long as the rent holds."`;
    expect(speakerOf(text, 'We will keep')?.name).not.toBe('Casimir Trelawder');
  });
  it('must not fire: "His wife said:" after a woman known by her first name', () => {
    const text =
      'Stallholders Mary and John Trelawder were at the market.\n\n"Nobody walks this way now," Mary Trelawder said.\n\nHis wife said:\n\n"We will keep the stall as long as the rent holds."';
    expect(speakerOf(text, 'We will keep')?.name).not.toBe('John Trelawder');
  });
});
