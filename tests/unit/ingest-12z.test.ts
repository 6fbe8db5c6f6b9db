import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates } from '../ingest-read';

// The patterns of issue 12z, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('a run lengthened until a day ("has now been extended until 21 June") is planned on that day', () => {
  it('"It has now been extended until 21 June" drafts a plan for 21 June', () => {
    expect(events('The festival had been due to close on Sunday. It has now been extended until 21 June.')).toEqual([
      ['2026-06-21', 'planned'],
    ]);
  });
  it('"The ban has been prolonged until August, the council said" drafts a plan for August', () => {
    expect(events('The fair opened on Monday. The ban has been prolonged until August, the council said.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-08', 'planned'],
    ]);
  });
  it('must not fire: "The lease had been extended until March 2019" is background, no plan', () => {
    expect(events('The lease had been extended until March 2019, and the shop closed on Monday.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('the day of an appeal\'s witnesses ("anyone who was near … on Sunday to come forward") dates nothing', () => {
  it('"Police appealed for anyone who was near the shop on Sunday to come forward" drafts nothing for Sunday', () => {
    expect(
      events(
        'The shop was raided on Saturday.\n\nPolice appealed for anyone who was near the shop on Sunday to come forward.',
      ),
    ).toEqual([['2026-05-09', 'reported']]);
  });
  it('"urged drivers who used the bypass between Friday and Sunday to contact them" drafts nothing', () => {
    expect(
      events(
        'The shop was raided on Saturday.\n\nDetectives urged drivers who used the bypass between Friday and Sunday to contact them.',
      ),
    ).toEqual([['2026-05-09', 'reported']]);
  });
  it('must not fire: "Police arrested two men who were near the shop on Sunday" is news', () => {
    expect(
      events('The shop was raided on Saturday.\n\nPolice arrested two men who were near the shop on Sunday.'),
    ).toEqual([
      ['2026-05-09', 'reported'],
      ['2026-05-10', 'reported'],
    ]);
  });
});

describe('"between Friday and Sunday" is one span, not two coordinated clauses', () => {
  it('"She said detectives were checking cameras and appealed for anyone who saw a van between Friday and Sunday to come forward" drafts nothing', () => {
    expect(
      events(
        'The shop was raided on Saturday.\n\nShe said detectives were checking cameras on Mill Road and appealed for anyone who saw a van near the shop between Friday and Sunday to come forward.',
      ),
    ).toEqual([['2026-05-09', 'reported']]);
  });
  it('"shut between Friday and Sunday, and the council reopened it on Monday" splits at ", and", not inside the span', () => {
    expect(events('The road was shut between Friday and Sunday, and the council reopened it on Monday.')).toEqual([
      ['2026-05-08', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('"…," she said in the message: the day of the message named before', () => {
  it('a quote "she said in the message" takes the day of "a radio message broadcast … on Monday"', () => {
    const text =
      'The tanker was delayed again this week.\n\nCaptain Rhea Moncrieff has now spent 90 days at sea. In a radio message broadcast by the line on Monday, she said the crew were "tired but fine".\n\n"Another week is bearable," she said in the message. "We have plenty of tea."';
    expect(planQuoteDates(text)).toContainEqual(['Another week is bearable', '2026-05-11']);
    expect(planQuoteDates(text)).toContainEqual(['We have plenty of tea.', '2026-05-11']);
  });
  it('must not fire: with no message named before, "she said in the message" keeps the publication day', () => {
    const text =
      'The tanker was delayed again this week.\n\nCaptain Rhea Moncrieff spoke to reporters on Monday.\n\n"Another week is bearable," she said in the message.';
    expect(planQuoteDates(text)).toEqual([['Another week is bearable', '2026-05-14']]);
  });
});

describe('an infinitive of purpose is no verb of the clause that holds the date', () => {
  it('"will meet the minister, <Name>, in the capital on Friday to ask for help, she said" is planned for the Friday ahead', () => {
    expect(
      events(
        'The boats were recalled on Tuesday.\n\nThe union will meet the transport minister, Ivo Brandish-Kole, in the capital on Friday to ask for help, she said.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-15', 'planned'],
    ]);
  });
  it('must not fire: "The team, led by coach <Name>, flew to the capital on Friday to play the final" stays the Friday past', () => {
    expect(events('The team, led by coach Ada Ferrow, flew to the capital on Friday to play the final.')).toEqual([
      ['2026-05-08', 'reported'],
    ]);
  });
});

describe('a plan moved to a new date ("has been put back to September") is planned on that date', () => {
  it('"The building work has been postponed to September" drafts a plan for September ahead', () => {
    expect(events('The fair opened on Monday. The building work has been postponed to September.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-09', 'planned'],
    ]);
  });
  it('must not fire: "The vote was postponed to May 2024 and then cancelled" stays a past telling', () => {
    expect(events('The fair opened on Monday. The vote was postponed to May 2024 and then cancelled.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2024-05', 'reported'],
    ]);
  });
});

describe('a first plan set off by commas (", originally planned to start in July,") dates nothing', () => {
  it('"The work, originally planned to start in July, has been put back to September" is planned for September', () => {
    expect(
      events(
        'The fair opened on Monday. The building work, originally planned to start in July, has been put back to September.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-09', 'planned'],
    ]);
  });
  it('must not fire: "The pier, first opened in 1932, was closed on Monday" keeps its Monday', () => {
    expect(events('The pier, first opened in 1932, was closed on Monday.')).toEqual([['2026-05-11', 'reported']]);
  });
});

describe('a count recorded over a span ("recorded 9,300 crossings between March and September") dates nothing', () => {
  it('"Police recorded 9,300 crossings between March and September" drafts nothing for March', () => {
    expect(
      events('The border was shut on Monday. Police recorded 9,300 crossings between March and September.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('in reported speech ("told parliament … that police had recorded … between March and September") no March draft', () => {
    expect(
      events(
        'The border was shut on Monday.\n\nThe home secretary told parliament on Tuesday that police had recorded 9,300 crossings between March and September.',
      ),
    ).not.toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: "Police arrested 12 men between Friday and Sunday" keeps its Friday', () => {
    expect(events('The border was shut on Monday. Police arrested 12 men between Friday and Sunday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-08', 'reported'],
    ]);
  });
});

describe('a weekend names no day: the month, as "last week"', () => {
  it('"Thieves broke into the church over the weekend, police said" is dated by the month', () => {
    expect(events('Thieves broke into the church over the weekend, police said.')).toEqual([['2026-05', 'reported']]);
  });
  it('"All six races this weekend were cancelled on Wednesday" keeps the Wednesday', () => {
    expect(events('All six races this weekend were cancelled on Wednesday.')).toEqual([['2026-05-13', 'reported']]);
  });
  it('must not fire: "Thieves broke into the church on Saturday" keeps its day', () => {
    expect(events('Thieves broke into the church on Saturday, police said.')).toEqual([['2026-05-09', 'reported']]);
  });
});

describe('"…," she told this newspaper at the time: the time recalled just before', () => {
  it('a quote "at the time" after "The bakery nearly closed in 2011, …" is dated 2011', () => {
    const text =
      'The baker Ida Brenholt died on Monday, aged 90.\n\nThe bakery nearly closed in 2011, when the landlord doubled the rent. Brenholt, then 75, led a campaign, and the plan was dropped in May of that year.\n\n"Bread is not a luxury," she told this newspaper at the time.';
    expect(planQuoteDates(text)).toEqual([['Bread is not a luxury', '2011']]);
  });
  it('must not fire: "she told this newspaper on Tuesday" keeps its Tuesday', () => {
    const text =
      'The bakery nearly closed in 2011, when the landlord doubled the rent.\n\n"Bread is not a luxury," she told this newspaper on Tuesday.';
    expect(planQuoteDates(text)).toEqual([['Bread is not a luxury', '2026-05-12']]);
  });
});
