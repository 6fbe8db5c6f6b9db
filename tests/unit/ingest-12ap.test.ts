import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';

// The patterns of issue 12ap, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

const POOL = 'The Brackwater lido will close for good at the end of the summer.\n\n';

describe('ELECTED_MEMBER_TITLE: "Local MP / MSP / MEP <Name>" — the letters of a seat before a name are a title', () => {
  it('"Local MSP Torvald Ashby said …. "…," he said" is Torvald Ashby', () => {
    const text =
      POOL + 'Local MSP Torvald Ashby said he would raise it at Holyrood.\n\n"People swim here all year," he said.';
    expect(readLedger(text).speaker('People swim here')?.name).toBe('Torvald Ashby');
  });
  it('"Area MP Wenna Colbrook said: "…"" is Wenna Colbrook', () => {
    const text = POOL + 'Area MP Wenna Colbrook said: "The pool is a lifeline for older residents."';
    expect(readLedger(text).speaker('The pool is a lifeline')?.name).toBe('Wenna Colbrook');
  });
  it('"Regional MEP Ortensia Vail said …" is Ortensia Vail', () => {
    const text = POOL + 'Regional MEP Ortensia Vail said: "The fund could still help."';
    expect(readLedger(text).speaker('The fund could still help')?.name).toBe('Ortensia Vail');
  });
  it('must not fire: the letters after a name stay post-nominal, and a later speaker keeps the quote', () => {
    const text =
      POOL +
      'Wenna Colbrook MP said she was disappointed, and the lido manager, Piers Lathom, said: "We tried everything."';
    expect(readLedger(text).speaker('We tried everything')?.name).toBe('Piers Lathom');
    expect(readLedger(POOL + 'Wenna Colbrook MP said: "It is a sad day."').speaker('It is a sad day')?.name).toBe(
      'Wenna Colbrook',
    );
  });
});

describe('written slogans of any length and a term under a rule are no quotes', () => {
  it('"banners reading "…"" of five words or more is a slogan, not a quote', () => {
    const text =
      POOL +
      'Swimmers gathered outside the civic centre with banners reading "Keep our lido open for everyone" on Friday. "We will be back next week," said Orla Fenwick.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['We will be back next week']);
  });
  it('"placards that read "…"" of a whole sentence is a slogan', () => {
    const text =
      POOL + 'Some carried placards that read "Hands off our pool, we paid for it". "It is ours," said Orla Fenwick.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['It is ours']);
  });
  it('"a rule on "…"", "a ban on "…"": the quoted term of a rule is no quote', () => {
    const text =
      POOL +
      'The trust says the kiosk breaks a rule on "temporary buildings" agreed in 2019, and a ban on "amplified music" also applies. "We were never told," said Orla Fenwick.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['We were never told']);
  });
  it('must not fire: a spoken sentence after "said" stays a quote, and a long quote after "rule on" too', () => {
    const text =
      POOL +
      'Orla Fenwick said: "Keep our lido open for everyone." The trust pointed to a rule on "what can be built on the site without a planning permission from the council", its chairman said.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toContain('Keep our lido open for everyone.');
    expect(readLedger(text).quotes.length).toBe(2);
  });
});
