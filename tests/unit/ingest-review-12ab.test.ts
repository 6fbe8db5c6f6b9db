import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates } from '../ingest-read';

// The review of round 12ab, on sentences written for this file: every name, place and body here is
// invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('the sitting fallback: only the speaker’s own announcement dates "told a news conference"', () => {
  it('an unrelated earlier day of the speaker ("X opened the library on Monday") does not date the conference', () => {
    const text =
      'Mayor Ilse Varrow opened the new library on Monday.\n\nThe city budget is under strain.\n\nVarrow told a news conference that the budget "will not balance this year."';
    expect(planQuoteDates(text)).toEqual([['will not balance this year', '2026-05-14']]);
  });
  it('still fires: the day X announced the news dates the conference that follows', () => {
    const text =
      'The clinic will close, health chief Arno Pellik announced Tuesday.\n\nPellik told a news conference that staff "will be redeployed."';
    expect(planQuoteDates(text)).toEqual([['will be redeployed', '2026-05-12']]);
  });
});

describe('"told a news conference" is no sitting of a body: a meeting named before does not date it', () => {
  it('"Police met the family on Monday" then "X told a news conference" keeps the publication day', () => {
    const text =
      'Police met the family on Monday.\n\nDetective Ivo Rask told a news conference that the search "will go on."';
    expect(planQuoteDates(text)).toEqual([['will go on', '2026-05-14']]);
  });
  it('"The board met on Monday" then "X told a news conference" keeps the publication day', () => {
    const text =
      'The company board met on Monday to approve the sale.\n\nChief executive Dora Lenk told a news conference that the deal "secures the future."';
    expect(planQuoteDates(text)).toEqual([['secures the future', '2026-05-14']]);
  });
  it('still fires: "told a news conference on Monday" dates it by its own day', () => {
    const text =
      'The port will close.\n\nHarbour master Inge Tolv told a news conference on Monday that the port "cannot survive."';
    expect(planQuoteDates(text)).toEqual([['cannot survive', '2026-05-11']]);
  });
  it('still fires: "told the chamber" after "MPs voted on Tuesday" takes the vote', () => {
    const text = 'MPs voted on Tuesday to cut the tax.\n\nMinister Ivo Rask told the chamber that the cut "is fair."';
    expect(planQuoteDates(text)).toEqual([['is fair', '2026-05-12']]);
  });
});

describe('"and again on Sunday" after a day to come is no past day', () => {
  it('"The bridge will close on Friday and again on Sunday" drafts no past Sunday', () => {
    const text = 'The bridge is old.\n\nThe bridge will close on Friday and again on Sunday.';
    expect(events(text)).not.toContainEqual(['2026-05-10', 'reported']);
    expect(events(text)).toContainEqual(['2026-05-15', 'planned']);
  });
  it('still fires: "closed on Monday and again on Wednesday" drafts both days', () => {
    expect(events('The bridge is old.\n\nThe bridge closed on Monday and again on Wednesday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-13', 'reported'],
    ]);
  });
  it('still fires: "was held in 2019 and again in 2021" drafts both years', () => {
    expect(events('The festival is back.\n\nThe festival was held in 2019 and again in 2021.')).toEqual([
      ['2019', 'reported'],
      ['2021', 'reported'],
    ]);
  });
});

describe('"was released the same day": a person freed is news, no text put out', () => {
  it('"He was released on bail the same day" after "arrested on Monday" drafts the Monday', () => {
    const text = 'A man was arrested on Monday.\n\nHe was released on bail the same day.';
    expect(events(text)).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
  it('"Both were released without charge later that evening" drafts the Monday', () => {
    const text = 'Two men were arrested on Monday.\n\nBoth were released without charge later that evening.';
    expect(events(text)).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
  it('must not fire: "In a statement released the same evening, police said …" is a text put out', () => {
    const text =
      'A man was arrested on Monday.\n\nIn a statement released the same evening, police said the man would stay in custody.';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
  });
});

describe('checked and held: news with a "who" clause, "since" or "the same day" keeps its date', () => {
  it('"Protesters who gathered outside parliament on Monday clashed with police" is news', () => {
    const text = 'The budget passed.\n\nProtesters who gathered outside parliament on Monday clashed with police.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('"Police arrested three men who had gathered outside the stadium on Saturday" is news', () => {
    const text = 'The budget passed.\n\nPolice arrested three men who had gathered outside the stadium on Saturday.';
    expect(events(text)).toContainEqual(['2026-05-09', 'reported']);
  });
  it('"The first strike since 1989 began on Monday" keeps the Monday', () => {
    expect(events('Talks failed.\n\nThe first strike since 1989 began on Monday.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('"The union called the strike, its first since 1989, on Monday" keeps the Monday', () => {
    expect(events('Talks failed.\n\nThe union called the strike, its first since 1989, on Monday.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('"Managers will meet the same day" after a day to come drafts no past day', () => {
    const text = 'The union will strike on Friday.\n\nManagers will meet the same day.';
    expect(events(text).filter(([, s]) => s === 'reported')).toEqual([]);
  });
  it('"Two teenagers were arrested the same night" takes the Saturday of the stabbing', () => {
    const text = 'A man was stabbed in Leeds on Saturday.\n\nTwo teenagers were arrested the same night.';
    expect(events(text)).toEqual([
      ['2026-05-09', 'reported'],
      ['2026-05-09', 'reported'],
    ]);
  });
});
