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
