import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

// The patterns of issue 12y, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('a family epithet ("the mum-of-two") is the person named last', () => {
  it('"…," the mum-of-two told <Outlet> gives the words to the woman named before', () => {
    const text =
      'Baker Ottilie Brandwater, 41, lost her shop in the flood last week.\n\n"The water came in like a train," the mum-of-two told the Gazette. "We had ten minutes."';
    expect(speaker(text, 'The water came in')).toBe('Ottilie Brandwater');
  });
  it('"the grandfather-of-five said" gives the words to the man named before', () => {
    const text =
      'Miner Cosmo Deverill, 71, lost his job in the closure last week.\n\n"It was our whole life," the grandfather-of-five said.';
    expect(speaker(text, 'It was our whole life')).toBe('Cosmo Deverill');
  });
  it('"the 34-year-old said" still gives the words to the person named before', () => {
    const text =
      'Skater Ines Harrowby, 34, said she won the title on Monday.\n\n"I cannot believe it," the 34-year-old said.';
    expect(speaker(text, 'I cannot believe it')).toBe('Ines Harrowby');
  });
  it('must not fire: "the father-of-two" with nobody named before stays an unnamed source', () => {
    const text = 'The road was shut on Monday.\n\n"Nobody warned us," a father-of-two said.';
    expect(speaker(text, 'Nobody warned us')).toBe('A father-of-two (unnamed source)');
  });
});

describe('a reaction ("X welcomed the ruling on Friday") is no happening', () => {
  it('"<Minister> welcomed the verdict on Wednesday and urged …" drafts nothing for Wednesday', () => {
    expect(
      events(
        'The jury convicted the builder on Tuesday.\n\nHousing Minister Orla Penhallow welcomed the verdict on Wednesday and urged landlords to check their buildings.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('"Tenants welcomed Monday\'s decision" drafts nothing for Monday', () => {
    expect(events("The jury convicted the builder on Tuesday. Tenants welcomed Monday's decision.")).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('must not fire: "The terminal welcomed its first passengers on Monday" is news', () => {
    expect(
      events('The jury convicted the builder on Tuesday. The terminal welcomed its first passengers on Monday.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
  it('must not fire: a date before the verb ("the group that sued in March 2024 welcomed the ruling") still dates', () => {
    expect(
      events(
        'The court ruled on Tuesday. Fairhaven Tenants, the group that sued the council in March 2024, welcomed the ruling.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2024-03', 'reported'],
    ]);
  });
});

describe('a count told as the main clause ("The closure is the third on the line this year") is no happening', () => {
  it('"<The closure> is the third … this year" drafts nothing for the year', () => {
    expect(
      events("The bridge closed on Tuesday. The closure is the third on one of the city's five bridges this year."),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('must not fire: a happening after a semicolon ("…; the last closed in 2021") keeps its date', () => {
    expect(
      events(
        'The bridge closed on Tuesday. It is the second bridge the city has shut in five years; the last closed in 2021.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2021', 'reported'],
    ]);
  });
});

describe('a state kept up in the passive since a bare year is background', () => {
  it('"where the bird has been protected since 1981" drafts nothing for 1981', () => {
    expect(events('The eagles nested on Tuesday in Brannow, where the bird has been protected since 1981.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('"The model has been built since 2015, …" drafts nothing for 2015', () => {
    expect(events('The ferry sank on Tuesday. The model has been built since 2015, according to its maker.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('must not fire: a start on a day ("has been suspended since March 3") still dates', () => {
    expect(events('The ferry sank on Tuesday. The captain has been suspended since March 3.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-03-03', 'reported'],
    ]);
  });
});

describe('a loss measured from "since" ("had lost 40 jobs since 2022") is no happening', () => {
  it('"said the plant had lost 40 jobs since 2022" drafts nothing for 2022', () => {
    expect(events('The plant closed on Tuesday. Its union said the plant had lost 40 jobs since 2022.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('"whip" is a title word: "The party\'s chief whip, <Name>, said" gives the words to the name', () => {
  it('"The opposition\'s chief whip, <Name>, said" gives the words to <Name>', () => {
    const text =
      'The vote was held on Monday.\n\nThe opposition\'s chief whip, Doran Fellwick, said ministers had "hidden behind the rules".';
    expect(speaker(text, 'hidden behind the rules')).toBe('Doran Fellwick');
  });
  it('must not fire: "The government\'s chief whip said" with no name stays an unnamed source', () => {
    const text =
      'The vote was held on Monday.\n\nThe government\'s chief whip said the party had "done nothing wrong".';
    expect(speaker(text, 'done nothing wrong')).toBe("Government's chief whip (unnamed source)");
  });
});

describe('a date set for something to come ("a provisional return date of 15 March") is planned', () => {
  it('"gave a provisional return date of <day month>" plans the coming day, not the one past', () => {
    expect(
      events(
        'The bridge closed on Tuesday. The operator said on Wednesday it gave a provisional reopening date of 2 March.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2027-03-02', 'planned'],
    ]);
  });
  it('must not fire: "reopened on 2 March" stays in the past', () => {
    expect(events('The bridge closed on Tuesday. The old bridge reopened on 2 March.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-03-02', 'reported'],
    ]);
  });
});

describe('what may be done until a day ("can now be filed until Dec. 15") is planned on that day', () => {
  it('"Claims can now be made until June 30 …" plans June 30', () => {
    expect(events('The bridge closed on Tuesday. Claims can now be made until June 30 without a fee.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-06-30', 'planned'],
    ]);
  });
  it('must not fire: "could not be reached until Friday" plans nothing', () => {
    expect(events('The bridge closed on Tuesday. The village could not be reached until Friday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('the outlet an unnamed source spoke through, after a relative clause or "quoted in"', () => {
  const via = (text: string, quote: string) => readLedger(text).speaker(quote)?.via;
  it('"A surveyor who examined the dam, speaking to <Outlet> …, said" names the outlet', () => {
    const text =
      'The dam cracked on Monday.\n\nA surveyor who examined the dam, speaking to the Marlow Gazette on condition of anonymity, said it was "safe for now".';
    expect(via(text, 'safe for now')).toBe('marlow-gazette');
  });
  it('"An official at <body>, quoted in <Outlet>, said" names the outlet', () => {
    const text =
      'The dam cracked on Monday.\n\nAn official at the water ministry, quoted in the Fenn Herald, said the ministry was "watching closely".';
    expect(via(text, 'watching closely')).toBe('fenn-herald');
  });
  it('must not fire: "An official at the water ministry said" names no outlet', () => {
    const text =
      'The dam cracked on Monday.\n\nAn official at the water ministry said the ministry was "watching closely".';
    expect(via(text, 'watching closely')).toBeUndefined();
  });
});

describe('a company named for property or a line ("X Estates", "X Line") speaks through its statement', () => {
  it('"<X> Estates said in a statement that it was "…"" gives the words to "<X> Estates statement"', () => {
    const text =
      'The mayor was charged on Monday.\n\nHollin Estates said in a statement that it was "cooperating fully" with prosecutors.';
    expect(speaker(text, 'cooperating fully')).toBe('Hollin Estates statement');
  });
  it('"<X> Line said in a statement that …" gives the words to "<X> Line statement"', () => {
    const text = 'The ferry sank on Tuesday.\n\nMarrow Line said in a statement that it had "acted within the rules".';
    expect(speaker(text, 'acted within the rules')).toBe('Marrow Line statement');
  });
  it('must not fire: a person "said in a statement" keeps the words', () => {
    const text =
      'The mayor was charged on Monday.\n\nMayor Edwin Hollis said in a statement that he was "cooperating fully" with prosecutors.';
    expect(speaker(text, 'cooperating fully')).toBe('Edwin Hollis');
  });
});

describe('a verb in a hyphenated compound before the head is a modifier ("One governing-coalition senator")', () => {
  it('"One governing-coalition senator, speaking to <Outlet> …, said" is an unnamed source', () => {
    const text =
      'The vote was on Monday.\n\nOne governing-coalition senator, speaking to Radio Fenn on condition of anonymity, said colleagues voted "to get it over with".';
    expect(speaker(text, 'to get it over with')).toBe('One governing-coalition senator (unnamed source)');
  });
  it('must not fire: "A long-serving senator said" was read before and still is', () => {
    const text = 'The vote was on Monday.\n\nA long-serving senator said colleagues voted "to get it over with".';
    expect(speaker(text, 'to get it over with')).toBe('A long-serving senator (unnamed source)');
  });
});

describe('"the following day" is the day after the last one dated', () => {
  it('"The plant shut on 3 May. Prices rose 8 per cent the following day." dates the rise 4 May', () => {
    expect(events('The plant shut on 3 May. Gas prices rose 8 per cent the following day.')).toEqual([
      ['2026-05-03', 'reported'],
      ['2026-05-04', 'reported'],
    ]);
  });
  it('must not fire: after a month, not a day, "the following day" dates nothing', () => {
    expect(events('The plant shut in April. Gas prices rose 8 per cent the following day.')).toEqual([
      ['2026-04', 'reported'],
    ]);
  });
});

describe('a month before a measure ("their April average") is no date', () => {
  it('"rose 8 per cent the following day and stayed above their April average since" dates the day after', () => {
    expect(
      events(
        'The plant shut on 3 May. Gas prices rose 8 per cent the following day and have stayed above their April average since.',
      ),
    ).toEqual([
      ['2026-05-03', 'reported'],
      ['2026-05-04', 'reported'],
    ]);
  });
  it('must not fire: "prices peaked in April" keeps April', () => {
    expect(events('The plant shut on 3 May. Gas prices peaked in April.')).toEqual([
      ['2026-05-03', 'reported'],
      ['2026-04', 'reported'],
    ]);
  });
});

describe('words on a sign or a screen, full stop and all, are no quote', () => {
  const quotes = (text: string) => readLedger(text).quotes.map((q) => q.quote);
  it('"a screen that read "Gate closed."" and "signs that read "Save Our Pier."" are no quotes', () => {
    expect(
      quotes(
        'Passengers saw a screen that read "Gate closed." Outside, protesters held signs that read "Save Our Pier." "We were stranded," said Ola Brisk.',
      ),
    ).toEqual(['We were stranded']);
  });
  it('must not fire: a spoken sentence of four words with its full stop is a quote', () => {
    expect(quotes('"We were stranded there." said Ola Brisk, who read the notice.')).toEqual([
      'We were stranded there.',
    ]);
  });
});
