import { describe, expect, it } from 'vitest';
import { planQuoteDateOf } from '../ingest-read';

/**
 * Date sweep 12sd: quotes dated by the publication day where the text dates the statement earlier.
 * Sentences of our own; the Quillon Ledger's articles are of Thursday 14 May 2026 (Monday is the
 * 11th, Tuesday the 12th).
 */
const dateOf = planQuoteDateOf;

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

describe('a quote opening a paragraph, told by "she said", after the paragraph that put her in a scene of a day', () => {
  it('"X stood at the barrier … on Tuesday evening." then ""…," she said.": the Tuesday', () => {
    const body =
      'The river rose a metre overnight.\n\nRetired teacher Ada Morrow, 71, stood at the flood barrier with her grandson on Tuesday evening.\n\n"I have lived here all my life and never seen the water this high," she said. "It frightens me."';
    expect(dateOf(body, 'I have lived here')).toBe('2026-05-12');
    expect(dateOf(body, 'It frightens me')).toBe('2026-05-12');
  });

  it('"Outside the court on Monday, X was calm." then ""…," he said.": the Monday', () => {
    const body =
      'The trial opened last month.\n\nOutside the court on Monday, Pell Warrender, whose brother died in the crash, was calm.\n\n"We have waited four years for this," he said.';
    expect(dateOf(body, 'We have waited four years')).toBe('2026-05-11');
  });

  it('the paragraph before gives no day: the publication day', () => {
    const body =
      'The river rose a metre overnight.\n\nRetired teacher Ada Morrow, 71, stood at the flood barrier with her grandson.\n\n"I have lived here all my life and never seen the water this high," she said.';
    expect(dateOf(body, 'I have lived here')).toBe('2026-05-14');
  });

  it('a negation ("did not attend … on Tuesday"): the publication day', () => {
    const body =
      'The council met on Wednesday.\n\nResident Ada Morrow did not attend the hearing on Tuesday.\n\n"I have lived here all my life and never seen the water this high," she said.';
    expect(dateOf(body, 'I have lived here')).toBe('2026-05-14');
  });

  it('a happening done to the speaker ("was arrested on Tuesday"): the publication day', () => {
    const body =
      'The protest lasted three days.\n\nCampaigner Ada Morrow was arrested on Tuesday.\n\n"I have lived here all my life and never seen the water this high," she said.';
    expect(dateOf(body, 'I have lived here')).toBe('2026-05-14');
  });

  it('a plan ("will address the council on Tuesday"): not the Tuesday', () => {
    const body =
      'The river rose a metre overnight.\n\nResident Ada Morrow will address the council next Tuesday.\n\n"I have lived here all my life and never seen the water this high," she said.';
    expect(dateOf(body, 'I have lived here')).toBe('2026-05-14');
  });

  it('two people in the scene: the publication day', () => {
    const body =
      'The river rose a metre overnight.\n\nAda Morrow and Tom Vell stood at the flood barrier on Tuesday evening.\n\n"I have lived here all my life and never seen the water this high," she said.';
    expect(dateOf(body, 'I have lived here')).toBe('2026-05-14');
  });

  it('a new speaker named in the quote paragraph: the publication day', () => {
    const body =
      'The river rose a metre overnight.\n\nRetired teacher Ada Morrow, 71, stood at the flood barrier on Tuesday evening.\n\n"The water board has failed us," said Hal Brunt, a neighbour.';
    expect(dateOf(body, 'The water board has failed us')).toBe('2026-05-14');
  });

  it('the quote gives its own day ("she said on Wednesday"): that day', () => {
    const body =
      'The river rose a metre overnight.\n\nRetired teacher Ada Morrow, 71, stood at the flood barrier on Tuesday evening.\n\n"I have lived here all my life," she said by phone on Wednesday.';
    expect(dateOf(body, 'I have lived here')).toBe('2026-05-13');
  });
});

describe('"…," X told the board / the committee: the day of the meeting the article named before', () => {
  it('"At a meeting on Tuesday night, …" then ""…," X told the board.": the Tuesday', () => {
    const body =
      'Governors of Ashby Grammar want pupils to wear blazers from September.\n\nAt a meeting on Tuesday night, dozens of parents queued to speak against the plan.\n\n"Blazers cost more than my weekly shop," Nell Corrigan, a mother of four, told the board.';
    expect(dateOf(body, 'Blazers cost more')).toBe('2026-05-12');
  });

  it('no meeting with a day named before: the publication day', () => {
    const body =
      'Governors of Ashby Grammar want pupils to wear blazers from September.\n\n"Blazers cost more than my weekly shop," Nell Corrigan, a mother of four, told the board.';
    expect(dateOf(body, 'Blazers cost more')).toBe('2026-05-14');
  });

  it('a meeting still to come ("will meet next Tuesday"): not that day', () => {
    const body =
      'The governors will meet next Tuesday to decide.\n\n"Blazers cost more than my weekly shop," Nell Corrigan, a mother of four, told the board.';
    expect(dateOf(body, 'Blazers cost more')).toBe('2026-05-14');
  });
});

describe('"…," X said after / before the vote: the day the body decided, when the vote is told as a decision', () => {
  it('"… town council on Monday approved the closure …" then ""…," X said after the vote.": the Monday', () => {
    const body =
      'Merrow town council on Monday approved the closure of its last public pool.\n\n"Nobody wanted this outcome, but the roof is failing," Councillor Ivo Penhale said after the vote.';
    expect(dateOf(body, 'Nobody wanted this outcome')).toBe('2026-05-11');
  });

  it('"parliament on Tuesday passed a law …" then "X told lawmakers before the vote": the Tuesday', () => {
    const body =
      'The national parliament on Tuesday passed a law banning disposable vapes from next year.\n\n"This is about the lungs of our children," Health Minister Ros Adley told lawmakers before the vote.';
    expect(dateOf(body, 'This is about the lungs')).toBe('2026-05-12');
  });

  it('a decision still to come ("will decide next week"): the publication day', () => {
    const body =
      'The council will decide next week whether to close the pool.\n\n"Nobody wanted this outcome, but the roof is failing," Councillor Ivo Penhale said after the vote.';
    expect(dateOf(body, 'Nobody wanted this outcome')).toBe('2026-05-14');
  });

  it('a decision told with "decided" (no vote told, as in issue 12aa): the publication day', () => {
    const body =
      'The town of Merrow will close its last public pool in June, its council decided on Monday.\n\n"Nobody wanted this outcome, but the roof is failing," Councillor Ivo Penhale said after the vote.';
    expect(dateOf(body, 'Nobody wanted this outcome')).toBe('2026-05-14');
  });

  it('no cue of a vote ("said on the radio"): the decision day is not the words\'', () => {
    const body =
      'The town of Merrow will close its last public pool in June, its council decided on Monday.\n\n"Nobody wanted this outcome, but the roof is failing," Councillor Ivo Penhale said.';
    expect(dateOf(body, 'Nobody wanted this outcome')).toBe('2026-05-14');
  });
});

describe('a quote paragraph of its own, with no telling, continues the dated quote of the paragraph before', () => {
  it('""…," X told councillors before the vote." (dated by the vote) then a paragraph ""…"": the vote\'s day', () => {
    const body =
      'The council on Tuesday approved the closure of the Vine Street library.\n\n"We have run out of ways to keep it open," council leader Orla Benning told councillors before the vote.\n\n"What matters now is that the mobile library reaches every village at least once a week."\n\nThe building will be sold.';
    expect(dateOf(body, 'We have run out')).toBe('2026-05-12');
    expect(dateOf(body, 'What matters now')).toBe('2026-05-12');
  });

  it('the quote before has no day: the publication day', () => {
    const body =
      'The port will reopen next month.\n\n"We lost six weeks of trade," harbour master Orla Benning said.\n\n"What matters now is that the ferries run on time and the fishing fleet can land its catch."\n\nThe repairs cost four million crowns.';
    expect(dateOf(body, 'What matters now')).toBe('2026-05-14');
  });

  it('a quote paragraph with its own telling ("…," she said on Wednesday): its own day', () => {
    const body =
      'The council on Tuesday approved the closure of the Vine Street library.\n\n"We have run out of ways to keep it open," council leader Orla Benning told councillors before the vote.\n\n"What matters now is the mobile library," she said in an interview on Wednesday.';
    expect(dateOf(body, 'What matters now')).toBe('2026-05-13');
  });

  it("a second speaker between: not the first speaker's day", () => {
    const body =
      'The council on Tuesday approved the closure of the Vine Street library.\n\n"We have run out of ways to keep it open," council leader Orla Benning told councillors before the vote.\n\nLibrarian Tomas Reeve, who has worked there for 30 years, said: "I found out from the radio."';
    expect(dateOf(body, 'I found out from the radio')).toBe('2026-05-14');
  });
});

describe('a crowd in a scene of a day, then a quote by someone newly named as one of them', () => {
  it('"Fans who waited outside the ground on Tuesday were angry." then ""…," said X, a season-ticket holder.": the Tuesday', () => {
    const body =
      'The club will move to a new city next year.\n\nFans who waited outside the ground on Tuesday evening were angry.\n\n"Sixty years of support and not a word of warning," said Wendell Pask, a season-ticket holder since 1979.';
    expect(dateOf(body, 'Sixty years of support')).toBe('2026-05-12');
  });

  it('same paragraph: "Shoppers on Monday seemed calm. "…," said X, 54, who …": the Monday', () => {
    const body =
      'The market will close for repairs.\n\nShoppers on Monday seemed calm about it. "We will just go to the next town," said Edda Lorne, 54, who has bought her fish there for decades.';
    expect(dateOf(body, 'We will just go')).toBe('2026-05-11');
  });

  it('an official named by a title ("said Mayor X"): the publication day', () => {
    const body =
      'The club will move to a new city next year.\n\nFans who waited outside the ground on Tuesday evening were angry.\n\n"We did everything we could to keep them," said Mayor Wendell Pask.';
    expect(dateOf(body, 'We did everything')).toBe('2026-05-14');
  });

  it('a crowd still to come ("Fans will gather on Saturday"): the publication day', () => {
    const body =
      'The club will move to a new city next year.\n\nFans will gather outside the ground next Saturday.\n\n"Sixty years of support and not a word of warning," said Wendell Pask, a season-ticket holder since 1979.';
    expect(dateOf(body, 'Sixty years of support')).toBe('2026-05-14');
  });

  it('no crowd in the sentence before ("The club confirmed the move on Tuesday."): the publication day', () => {
    const body =
      'The club confirmed the move on Tuesday.\n\n"Sixty years of support and not a word of warning," said Wendell Pask, a season-ticket holder since 1979.';
    expect(dateOf(body, 'Sixty years of support')).toBe('2026-05-14');
  });

  it("a speaker named before the scene: not this rule's (the publication day here)", () => {
    const body =
      'Wendell Pask has followed the club since 1979.\n\nFans who waited outside the ground on Tuesday evening were angry.\n\n"Sixty years of support and not a word of warning," said Pask, who runs the supporters\' trust.';
    expect(dateOf(body, 'Sixty years of support')).not.toBe('2026-05-12');
  });
});
