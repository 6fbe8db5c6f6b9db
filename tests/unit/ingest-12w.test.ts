import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

// The patterns of issue 12w, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('reported speech of a practice that went on for years is no happening on the day of telling', () => {
  it('"said on Monday that … had … for years" drafts nothing for Monday', () => {
    expect(
      events('The ferry sank on Tuesday. The harbourmaster said on Monday that crews had logged the cracks for years.'),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(
      events(
        'The ferry sank on Tuesday. A deckhand told the Ledger on Monday that she had sailed the route for 12 years.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('an action told on a day, with no stretch of time, is still dated by the telling', () => {
    expect(events('The ferry sank on Tuesday. The operator said on Monday that it had sold two of its boats.')).toEqual(
      [
        ['2026-05-12', 'reported'],
        ['2026-05-11', 'reported'],
      ],
    );
  });
});

describe('a reported attitude is no action', () => {
  it('"said on Monday that the council respected / regretted …" drafts nothing for Monday', () => {
    expect(
      events("The ferry sank on Tuesday. The mayor said on Monday that the council respected the inquiry's choice."),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(events('The ferry sank on Tuesday. The owner said on Monday that the firm regretted the delay.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('a survey, study, evaluation or forecast is a text: the day it came out is its own', () => {
  it('"In a survey of members published alongside …, the guild said … "…"" drafts nothing', () => {
    expect(
      events(
        'The ferry sank on Tuesday. In a survey of members published alongside Monday\'s vote, the guild said most crews were "working at a loss".',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('"A study by <author>, published in March, found …" drafts nothing for March', () => {
    expect(
      events(
        'The ferry sank on Tuesday. A study by the University of Brennock, published in March, found that crossings had fallen by a third.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(
      events(
        'The ferry sank on Tuesday. The audit by the county treasurer, released in February, found that fares had doubled.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('"the board\'s own forecast, published in March," drafts nothing for March', () => {
    expect(
      events(
        'The ferry sank on Tuesday. According to the board\'s own forecast, published in March, tolls will raise "about two million crowns a year".',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a study that is the news keeps its day', () => {
    expect(
      events('The ferry sank on Tuesday. A study published on Monday has found that crossings fell by a third.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a speech act carried in a post, a video or a statement is a remark, no happening', () => {
  it('"apologised in a post on social media on Wednesday" drafts nothing for Wednesday', () => {
    expect(
      events('The ferry sank on Tuesday. The captain apologised in a post on social media on Wednesday afternoon.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('"thanked his fans in a video posted on Wednesday night" drafts nothing for Wednesday', () => {
    expect(
      events('The ferry sank on Tuesday. The captain thanked the lifeboat crews in a video posted on Wednesday night.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('"defended the decision on a call with analysts", "at a news conference" draft nothing for the day', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The chief executive defended the decision on a call with analysts on Wednesday.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(
      events(
        'The ferry sank on Tuesday. The harbourmaster defended his staff at a news conference on Wednesday morning.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a title defended on a day is still news', () => {
    expect(events('The ferry sank on Tuesday. The champion defended her title on Wednesday.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-13', 'reported'],
    ]);
  });
  it('an act done by letter is still news', () => {
    expect(events('The ferry sank on Tuesday. The captain resigned in a letter to the owners on Wednesday.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-13', 'reported'],
    ]);
  });
});

describe('a company named after the noun for its trade speaks by its name', () => {
  it('"The carmaker <Name> said" gives the words to the company', () => {
    expect(speaker('The carmaker Dorvantis said the recall was "a precaution, nothing more".', 'a precaution')).toBe(
      'Dorvantis',
    );
    expect(
      speaker(
        'The recall began on Monday. The drugmaker Quellix said supplies were "secure for the winter".',
        'secure',
      ),
    ).toBe('Quellix');
  });
  it('"Chipmaker <Name> said" at the start of a sentence leaves the noun out of the name', () => {
    expect(speaker('Chipmaker Ostrelle said the new plant was "on schedule".', 'on schedule')).toBe('Ostrelle');
    expect(speaker('Insurer Harlow Mutual said claims were "rising fast".', 'rising fast')).toBe('Harlow Mutual');
  });
  it('a name that opens with such a word, or a title after it, is kept whole', () => {
    expect(speaker('Union Quay Partners said the plan was "a disgrace".', 'a disgrace')).toBe('Union Quay Partners');
  });
});

describe('two titles joined by "and" at the start of a sentence are the offices of one speaker', () => {
  it('"Chairman and chief executive <Name> said" gives the words to the person', () => {
    expect(
      speaker('Chairman and chief executive Marek Ostlund said the merger was "good for both sides".', 'good'),
    ).toBe('Marek Ostlund');
    expect(
      speaker('The plant reopened. Director and founder Ilse Brannagh said output was "back to normal".', 'back'),
    ).toBe('Ilse Brannagh');
  });
  it('a name after "and" after another name is still the second person', () => {
    expect(
      speaker('Talks between Oda Fenn and Marek Ostlund ended. Marek Ostlund said they were "over for now".', 'over'),
    ).toBe('Marek Ostlund');
  });
});

describe('a count or a ranking told with a copula is no happening', () => {
  it('"It is the second ferry lost on the route this year" drafts nothing for the year', () => {
    expect(
      events('The ferry sank on Tuesday. It is the second ferry lost on the route this year, and the worst.'),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(events('The ferry sank on Tuesday. It was the first sinking in the strait since 1988.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('a happening told inside the comparison, or after a semicolon, keeps its date', () => {
    expect(events('The ferry sank on Tuesday. It was the first sinking since the docks were sold in 1988.')).toEqual([
      ['2026-05-12', 'reported'],
      ['1988', 'reported'],
    ]);
    expect(
      events('The ferry sank on Tuesday. It is the second ferry the line has lost in a decade; another sank in 2019.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2019', 'reported'],
    ]);
  });
});

describe('a state at an earlier time, told in a "when" clause, is background', () => {
  it('"since 1988, when the docks were still owned by the state" drafts nothing for 1988', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The strike was the first since 1988, when the docks were still owned by the state.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a happening in the "when" clause keeps the year', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The strike was the first since 1988, when the docks were sold to a private group.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['1988', 'reported'],
    ]);
  });
});

describe('a text set off after the subject, before words it quotes, is no happening', () => {
  it('"X, in a note to investors issued on Monday, called the deal "…"" drafts nothing for Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The ratings firm Orrin Ratings, in a note to investors issued on Monday, called the deal "reckless and overpriced" and advised holders to sell.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(
      events(
        'The ferry sank on Tuesday. The owners, in a statement on Monday, said the crossing was "safe in every respect".',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('an action told through such a text, with no words quoted, is still dated', () => {
    expect(
      events('The ferry sank on Tuesday. The airline, in a statement on Monday, said it had cancelled 40 flights.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a telling in an "after" clause is no happening of its own', () => {
  it('"after the board confirmed on Monday that …" drafts nothing for Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The last crew will leave the island on 30 June after the harbour board confirmed on Monday that the station will close.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-06-30', 'planned'],
    ]);
  });
  it('an action in the "after" clause keeps its day', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The last crew will leave the island on 30 June after the harbour board voted on Monday to close the station.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-06-30', 'planned'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a name set off after a spokesman "for" or "at" a body is the spokesman\'s', () => {
  it('"A spokesman for the Harbour Authority, <unknown name>, said" gives the words to the person', () => {
    expect(
      speaker('A spokesman for the Harbour Authority, Idris Venmore, said it "accepts the ruling in full".', 'accepts'),
    ).toBe('Idris Venmore');
    expect(
      speaker(
        'A press officer at the Tarn Valley Trust, Cosmo Allardyce, said the trust was "deeply sorry".',
        'deeply',
      ),
    ).toBe('Cosmo Allardyce');
  });
  it('a spokesman with no name stays an unnamed source of the body', () => {
    expect(speaker('A spokesman for the Harbour Authority said it "accepts the ruling in full".', 'accepts')).toBe(
      'A spokesman for the Harbour Authority (unnamed source)',
    );
  });
});

describe('an unnamed person described by a "who" clause is the speaker', () => {
  it('"A detective who worked on the first inquiry, speaking …, said" gives the words to the detective', () => {
    expect(
      speaker(
        'Harbour police said the case would be reopened. A detective who worked on the first inquiry, speaking on condition of anonymity, said the team had been under "enormous pressure" to charge someone.',
        'enormous',
      ),
    ).toBe('A detective (unnamed source)');
  });
  it('"One councillor who voted against told the Post that …" gives the words to the councillor', () => {
    expect(
      speaker(
        'The council voted on Monday. One councillor who voted against told the Post that colleagues had "changed their minds" after lobbying.',
        'changed',
      ),
    ).toBe('One councillor (unnamed source)');
  });
  it('a named person before a "who" clause still speaks by name', () => {
    expect(
      speaker(
        'The council voted on Monday. Councillor Brannagh Tull, who voted against, said colleagues had "changed their minds".',
        'changed',
      ),
    ).toBe('Brannagh Tull');
  });
});

describe('a decree or a charge sheet that speaks, with its day set off after it, is a document', () => {
  it('"The decree, published in the gazette on Monday, describes … "…"" drafts nothing for Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The decree, published in the official gazette on Monday, describes the ban as "a temporary and exceptional measure" and allows the cabinet to grant exemptions.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('"The charge sheet, filed … on Monday, accuses … "…"" drafts nothing for Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The charge sheet, filed at the district court on Monday, accuses the owner of taking payments "in cash and in kind".',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a decree that acts keeps its day', () => {
    expect(events('The ferry sank on Tuesday. The decree, published on Monday, bans exports of grain.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});
