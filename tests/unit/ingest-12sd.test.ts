import { describe, expect, it } from 'vitest';
import { planQuoteDates } from '../ingest-read';

/**
 * Date sweep 12sd: quotes dated by the publication day where the text dates the statement earlier.
 * Sentences of our own; the Quillon Ledger's articles are of Thursday 14 May 2026 (Monday is the
 * 11th, Tuesday the 12th).
 */
const dateOf = (body: string, quote: string) => planQuoteDates(body).find(([q]) => q?.startsWith(quote))?.[1];

describe('a text quoted in the present ("The letter says …") takes the day the article gave that text', () => {
  it('"sent letters … on Monday" then "The letter says … "…"": the Monday', () => {
    const body =
      'The district council sent letters to 40 households on Monday, telling them the road would close for a year.\n\nThe letter says the closure is "a necessary step for public safety" and that access will be kept for ambulances.';
    expect(dateOf(body, 'a necessary step')).toBe('2026-05-11');
  });

  it('"issued a notice … on Tuesday" then ""…," the notice states": the Tuesday', () => {
    const body =
      'The regulator issued a notice to Harwell Foods on Tuesday ordering it to stop production at its Denby plant.\n\n"The company has failed to keep adequate records of its cleaning," the notice states.';
    expect(dateOf(body, 'The company has failed')).toBe('2026-05-12');
  });

  it('"According to the statement, … "…"" after "said in a statement on Monday": the Monday', () => {
    const body =
      'The two unions said in a joint statement on Monday that they would ballot members.\n\nThe strike would hit four depots. According to the statement, the offer was "an insult to drivers who kept the buses running".';
    expect(dateOf(body, 'an insult to drivers')).toBe('2026-05-11');
  });

  it('a text named before with no day: the publication day', () => {
    const body =
      'The district council has written to 40 households about the road.\n\nThe letter says the closure is "a necessary step for public safety" and that access will be kept for ambulances.';
    expect(dateOf(body, 'a necessary step')).toBe('2026-05-14');
  });

  it('another text than the one with a day ("The report says" after a letter of Monday): the publication day', () => {
    const body =
      'The district council sent letters to 40 households on Monday.\n\nThe report says the closure is "a necessary step for public safety" and that access will be kept for ambulances.';
    expect(dateOf(body, 'a necessary step')).toBe('2026-05-14');
  });

  it('a text still to come ("will send a letter next week"): the publication day', () => {
    const body =
      'The district council will send a letter to 40 households next week.\n\nThe letter says the closure is "a necessary step for public safety" and that access will be kept for ambulances.';
    expect(dateOf(body, 'a necessary step')).toBe('2026-05-14');
  });

  it('a speaker talking about the text ("…," the mayor said of the letter): no date from the letter', () => {
    const body =
      'The district council sent letters to 40 households on Monday.\n\nMayor Tilda Avon defended the closure. "It is a necessary step for public safety," Avon said of the letter.';
    expect(dateOf(body, 'It is a necessary step')).toBe('2026-05-14');
  });
});
