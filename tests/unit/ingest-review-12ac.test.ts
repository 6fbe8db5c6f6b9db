import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates } from '../ingest-read';

// The review of round 12ac and the scene sweep 12sc, on sentences written for this file: every name, place and
// body here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"should" is an expectation only with its own date: an opinion reported does not move a past date ahead', () => {
  it('"said … ministers should resign over the March flooding" keeps the March gone by', () => {
    const text = 'Opposition leader Ravi Ostrand said on Tuesday that ministers should resign over the March flooding.';
    expect(events(text)).toEqual([['2026-03', 'reported']]);
  });
  it('"should resign after the scandal in March" keeps the March gone by', () => {
    const text = 'Critics said on Tuesday that the minister should resign after the scandal in March.';
    expect(events(text)).toEqual([['2026-03', 'reported']]);
  });
  it('"should apologise for the March evictions" keeps the March gone by', () => {
    const text = 'Campaigners said the council should apologise for the March evictions.';
    expect(events(text)).toEqual([['2026-03', 'reported']]);
  });
  it('still fires: "the line should reopen in March" lies ahead', () => {
    expect(events('Engineers said the line should reopen in March.')).toEqual([['2027-03', 'planned']]);
  });
  it('still fires: "should be open to traffic by June" lies ahead', () => {
    expect(events('The new bridge should be open to traffic by June.')).toEqual([['2026-06', 'planned']]);
  });
  it('still fires: "should arrive by Friday" and "should decide on Friday whether"', () => {
    expect(events('The new ferry should arrive by Friday.')).toEqual([['2026-05-15', 'planned']]);
    expect(events('Ministers should decide on Friday whether to extend the ban.')).toEqual([['2026-05-15', 'planned']]);
  });
  it('must not fire: "should have acted in March" is past', () => {
    expect(events('Councillor Mara Tenz said on Monday the council should have acted in March.')).toEqual([
      ['2026-03', 'reported'],
    ]);
  });
});

describe('"a wet November morning" is a kind of month too: the year told with it dates the happening', () => {
  it('"on a wet November morning in 2019" drafts 2019, not last November', () => {
    expect(events('The fire broke out on a wet November morning in 2019.')).toEqual([['2019', 'reported']]);
  });
  it('must not fire on a kind of month alone: "a cold snap in a wet November" drafts no date', () => {
    expect(events('A cold snap in a wet November killed 40 sheep.')).toEqual([]);
  });
  it('"on a November morning" with no adjective keeps its month', () => {
    expect(events('The fire broke out in November.')).toEqual([['2025-11', 'reported']]);
  });
});

describe('SCENE_PRESENT: a past happening told inside the scene lede keeps its day', () => {
  it('"In Kyiv on Monday, rescuers are still searching … after a missile strike killed 12" drafts Monday', () => {
    const text = 'In Kyiv on Monday, rescuers are still searching for survivors after a missile strike killed 12.';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
  });
  it('"At the pier on Tuesday, divers are searching the harbour after a ferry capsized" drafts Tuesday', () => {
    const text = 'At the pier on Tuesday, divers are searching the harbour after a ferry capsized in the storm.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('still fires: "At the Morrow lay-by on Tuesday morning, dew is still on the grass and a warden is …" drafts nothing', () => {
    const text =
      'At the Morrow lay-by on Tuesday morning, dew is still on the grass and a warden is measuring out the new bays.';
    expect(events(text)).toEqual([]);
  });
});

describe('introducedBefore: only a scene of a day dates a quote of a speaker introduced before', () => {
  it('"The river burst its banks in 2019, …" then ""We will not let that happen again," X said" keeps the publication day', () => {
    const text =
      'Mayor Ilse Varrow said on Wednesday the town would rebuild.\n\nThe river burst its banks in 2019, flooding 40 homes. "We will not let that happen again," Varrow said.';
    expect(planQuoteDates(text)).toEqual([['We will not let that happen again', '2026-05-14']]);
  });
  it('still fires: a scene "on Monday" dates the quote', () => {
    const text =
      'Mayor Ilse Varrow said on Wednesday the town would rebuild.\n\nThe river burst its banks on Monday, flooding 40 homes. "We have never seen anything like it," Varrow said.';
    expect(planQuoteDates(text)).toEqual([['We have never seen anything like it', '2026-05-11']]);
  });
});

describe('POSTURE_HOLDING: a crowd standing holding things is a vigil or a protest, no posture', () => {
  it('"Hundreds of nurses stood holding candles outside parliament on Tuesday night" drafts Tuesday', () => {
    const text = 'Hundreds of nurses stood holding candles outside parliament on Tuesday night.';
    expect(events(text)).toEqual([['2026-05-12', 'reported']]);
  });
  it('"About 300 protesters stood holding placards outside the court on Monday" drafts Monday', () => {
    const text = 'About 300 protesters stood holding placards outside the court on Monday as the verdict was read.';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
  });
  it('still fires: "X, whose son was among the dead, sat holding his medal on Monday" drafts no Monday', () => {
    const text =
      'The inquiry into the Corley quarry blast opened on Tuesday.\n\nBrenna Coyle, whose son was among the dead, sat holding his cap on Monday.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
});
