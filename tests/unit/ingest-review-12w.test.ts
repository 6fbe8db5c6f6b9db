import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

// Review of round 12w: ordinary news sentences, written for this file, on which a 12w rule dropped the
// dated happening. Every name, place and body is invented. The articles are of Thursday 2026-05-14.

describe('"for years" in a relative clause does not undate the telling of an action', () => {
  it('"had sold the depot, which it had owned for decades" keeps Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The mayor said on Monday that the council had sold the depot, which it had owned for decades.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(
      events(
        'The ferry sank on Tuesday. The club said on Monday that it had appointed Ilse Varno, who has coached for 10 years, as manager.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('an attitude verb does not hide an action joined to it or a valuation', () => {
  it('"regretted the decision and had sacked the coach" keeps Tuesday', () => {
    expect(
      events(
        'The ferry sank on Tuesday 5 May. The minister said on Tuesday that he regretted the decision and had sacked the coach.',
      ),
    ).toEqual([
      ['2026-05-05', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
  it('"valued the bank at 3 billion pounds" keeps Monday', () => {
    expect(
      events('The ferry sank on Tuesday. The regulator said on Monday that it valued the bank at 3 billion pounds.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a lawsuit or charge sheet that accuses, with no words quoted, is the news', () => {
  it('"The lawsuit, filed on Monday, accuses the company of fraud." keeps Monday', () => {
    expect(events('The ferry sank on Tuesday. The lawsuit, filed on Monday, accuses the company of fraud.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(events('The ferry sank on Tuesday. The charge sheet, filed on Monday, accuses Ferrand of fraud.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a telling in an "after" clause is the news when the main clause has no day', () => {
  it('"Shares fell sharply after the company announced on Monday that …" keeps Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. Shares in Dravik fell sharply, after the company announced on Monday that it would cut 300 jobs.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(
      events(
        'The ferry sank on Tuesday. The union called off the strike after the company confirmed on Monday that it had accepted the offer.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a speech act in a statement with an action joined after it is news', () => {
  it('"apologised in a statement on Saturday and resigned" keeps Saturday', () => {
    expect(
      events('The ferry sank on Tuesday. The minister apologised in a statement on Saturday and resigned.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-09', 'reported'],
    ]);
    expect(
      events(
        'The ferry sank on Tuesday. The chief executive defended the decision at a news conference on Friday and announced 200 job cuts.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-08', 'reported'],
    ]);
  });
  it('the speech act alone is still a remark', () => {
    expect(
      events('The ferry sank on Tuesday. The minister apologised in a statement on Saturday for the delays.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('a text set off after the subject is a remark only before a verb of saying', () => {
  it('"The regulator, in a notice issued on Monday, fined the bank …, calling … "…"" keeps Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The regulator, in a notice issued on Monday, fined the bank 3 million pounds, calling its controls "woefully inadequate".',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('two capitalised titles joined by "and" after "The" are two people', () => {
  it('"The Prime Minister and President Ada Quell said …" gives the quote to no one person', () => {
    expect(
      speaker('The Prime Minister and President Ada Quell said in a joint statement: "We are united."', 'We are'),
    ).toBeUndefined();
  });
  it('"Chairman and chief executive X said" opening a later sentence is still X', () => {
    expect(
      speaker(
        'The ferry sank on Tuesday. Chairman and chief executive Ilse Varno said: "We will not sell."',
        'We will not',
      ),
    ).toBe('Ilse Varno');
  });
});

describe("a trade noun opening a sentence before a two-word name is a person's job", () => {
  it('"Producer Kesten Marrowby said" casts a person, "Chipmaker Pellion said" a company', () => {
    const kind = (text: string, name: string) => readLedger(text).members.find((m) => m.name === name)?.kind;
    expect(kind('Producer Kesten Marrowby said: "The film is finished."', 'Kesten Marrowby')).toBe('person');
    expect(kind('Developer Odo Pellick said: "The homes will be built."', 'Odo Pellick')).toBe('person');
    expect(kind('Chipmaker Pellion said: "Demand has collapsed."', 'Pellion')).toBe('organisation');
  });
});

describe('a ranking joined to a clause of its own keeps that clause', () => {
  it('"It is the only hospital in the region, and it closed on Monday" keeps Monday', () => {
    expect(
      events('The ferry sank on Tuesday. It is the only hospital in the region, and it closed on Monday.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(
      events(
        'The ferry sank on Tuesday. This was the second time Ferrand had been arrested this year: he was detained on 3 March.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-03-03', 'reported'],
    ]);
  });
});
