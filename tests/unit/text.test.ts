import { describe, expect, it } from 'vitest';
import { includesNormalized, matchedPrefix, normalizeForMatch } from '../../src/model/text';

const containsVerbatim = (haystack: string, needle: string) => includesNormalized(normalizeForMatch(haystack), needle);

describe('verbatim matching', () => {
  it('forgives whitespace, curly quotes and dash variants only', () => {
    expect(normalizeForMatch('“Ball”\u00a0 is  Russia’s — court')).toBe('"Ball" is Russia\'s - court');
    expect(
      containsVerbatim(
        'He said: “The ball is now in their court,”\n Rubio said.',
        '"The ball is now in their court," Rubio said.',
      ),
    ).toBe(true);
    expect(containsVerbatim('a 30‑day ceasefire', 'a 30-day ceasefire')).toBe(true);
  });
  it('does not forgive changed words, case or punctuation', () => {
    expect(containsVerbatim('The ball is now in their court', 'The ball is in their court')).toBe(false);
    expect(containsVerbatim('The ball is now in their court', 'the ball is now in their court')).toBe(false);
    expect(containsVerbatim('ready for peace.', 'ready for peace!')).toBe(false);
    expect(containsVerbatim('anything', '   ')).toBe(false);
  });
});

describe('where an excerpt departs from its text', () => {
  const text = normalizeForMatch('The envoys met in Vardon on Dec. 9 and agreed a timetable.');
  it('finds the longest beginning that occurs, with typography forgiven', () => {
    expect(matchedPrefix(text, 'met in  Vardon on Dec. 10 and agreed')).toEqual({
      matched: 'met in Vardon on Dec. ',
      rest: '10 and agreed',
    });
  });
  it('matches nothing when even the first letter is not there', () => {
    expect(matchedPrefix(text, 'Zebras')).toEqual({ matched: '', rest: 'Zebras' });
  });
  it('matches all of an excerpt that occurs', () => {
    expect(matchedPrefix(text, 'agreed a timetable')).toEqual({ matched: 'agreed a timetable', rest: '' });
  });
});
