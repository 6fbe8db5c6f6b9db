import { describe, expect, it } from 'vitest';
import { speakerOf } from '../ingest-read';

// The review of issue 12ai, on sentences written for this file: every name, place and body here is invented.

describe('whatCalled: only the subject of "what X called", and never over a speaker named after the quote', () => {
  it('must not fire: "what critics of X called" are the critics\' words', () => {
    const text = 'The plan is what critics of Mayor Rita Gorsedale called "a land grab".';
    expect(speakerOf(text, 'a land grab')?.name).not.toBe('Rita Gorsedale');
  });
  it('must not fire: "what a lawyer for X called" are the lawyer\'s words', () => {
    const text = 'The case is what a lawyer for Rita Gorsedale called "a witch hunt".';
    expect(speakerOf(text, 'a witch hunt')?.name).not.toBe('Rita Gorsedale');
  });
  it('must not fire: "what the report by X described as" are the report\'s words', () => {
    const text = 'The plan is what the report by Rita Gorsedale described as "a land grab".';
    expect(speakerOf(text, 'a land grab')?.name).not.toBe('Rita Gorsedale');
  });
  it('""…," Y argued" after "what X called" gives Y', () => {
    const text =
      'The works mark the start of what Coun. Rita Gorsedale called "a long winter of detours," Tomas Pellowin argued.';
    expect(speakerOf(text, 'a long winter')?.name).toBe('Tomas Pellowin');
  });
  it('""…," Coun. Y said" after "what X called" gives Y (the title\'s point is no sentence end)', () => {
    const text =
      'The works mark the start of what Coun. Rita Gorsedale called "a long winter of detours," Coun. Tomas Pellowin said.';
    expect(speakerOf(text, 'a long winter')?.name).toBe('Tomas Pellowin');
  });
  it('unchanged: "what Mayor X has called "…"" and "what X once called" give X', () => {
    expect(
      speakerOf('Crews found what Mayor Rita Gorsedale has called "the worst road in the county".', 'the worst road')
        ?.name,
    ).toBe('Rita Gorsedale');
    expect(
      speakerOf('It is what Rita Gorsedale once called "the worst road in the county".', 'the worst road')?.name,
    ).toBe('Rita Gorsedale');
  });
});

describe('kinLeadIn: "Her husband said:" only right after the speaker, with no one else named between', () => {
  const couple =
    'Ann and Tomas Pellowin have run the corner shop since 1998.\n\n"Nobody walks this way now," Ann Pellowin said.\n\n';
  it('must not fire: "Her husband said:" after "Mayor Rita Gorsedale said …" is the mayor\'s husband', () => {
    const text = `${couple}Mayor Rita Gorsedale said the road would reopen in May.\n\nHer husband said:\n\n"We will keep the shop open."`;
    expect(speakerOf(text, 'We will keep')?.name).not.toBe('Tomas Pellowin');
  });
  it('must not fire: "His wife said:" after another man is named', () => {
    const text =
      'Ann and Tomas Pellowin have run the corner shop since 1998.\n\n"Nobody walks this way now," Tomas Pellowin said.\n\nCouncillor Ben Gorsedale said the road would reopen in May.\n\nHis wife said:\n\n"We will keep the shop open."';
    expect(speakerOf(text, 'We will keep')?.name).not.toBe('Ann Pellowin');
  });
  it('unchanged: "Her husband said:" right after her quote gives Tomas Pellowin; "His wife said:" after his gives Ann', () => {
    expect(speakerOf(`${couple}Her husband said:\n\n"We will keep the shop open."`, 'We will keep')?.name).toBe(
      'Tomas Pellowin',
    );
    const his =
      'Ann and Tomas Pellowin have run the corner shop since 1998.\n\n"Nobody walks this way now," Tomas Pellowin said.\n\nHis wife said:\n\n"We will keep the shop open."';
    expect(speakerOf(his, 'We will keep')?.name).toBe('Ann Pellowin');
  });
});
