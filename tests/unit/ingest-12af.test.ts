import { describe, expect, it } from 'vitest';
import { planArticle, planEventSources, planEvents as events } from '../ingest-read';

// The patterns of issue 12af, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"on Christmas Day", "on New Year\'s Eve": a holiday of a fixed day is that day', () => {
  it('"will open its doors to rough sleepers on Christmas Day" drafts the coming 25 December, planned', () => {
    const text = 'The Harlow Street shelter will open its doors to rough sleepers on Christmas Day.';
    expect(events(text)).toContainEqual(['2026-12-25', 'planned']);
  });
  it('"will hold a fireworks display on New Year\'s Eve" drafts the coming 31 December, planned', () => {
    const text = "The Vellow rotary club will hold a fireworks display on New Year's Eve, weather permitting.";
    expect(events(text)).toContainEqual(['2026-12-31', 'planned']);
  });
  it('"plans a fireworks display on New Year\'s Eve" (no verb of the future, no past) drafts the coming one, planned', () => {
    const text = "The Vellow rotary club plans a fireworks display from the pier on New Year's Eve.";
    expect(events(text)).toContainEqual(['2026-12-31', 'planned']);
  });
  it('"was burgled on Boxing Day" drafts the last 26 December, reported', () => {
    const text = 'The Vellow post office was burgled on Boxing Day, police said.';
    expect(events(text)).toContainEqual(['2025-12-26', 'reported']);
  });
  it('must not fire: "every Christmas Day" comes round each year', () => {
    const text = 'The Vellow rotary club hands out hot soup every Christmas Day.';
    expect(events(text)).not.toContainEqual(['2026-12-25', 'planned']);
    expect(events(text)).not.toContainEqual(['2025-12-25', 'reported']);
  });
  it('must not fire: a holiday inside quoted words', () => {
    const text = 'The shelter manager said the doors would stay "open on Christmas Day and every day after".';
    expect(events(text)).not.toContainEqual(['2026-12-25', 'planned']);
  });
  it('must not fire: "on Christmas Day 2019" is left to its year', () => {
    const text = 'The Vellow post office was burgled on Christmas Day 2019, police said.';
    expect(events(text)).not.toContainEqual(['2025-12-25', 'reported']);
  });
});

describe('"… halted yesterday after … in protest at plans to …": a plan named as a noun is no future of the happening', () => {
  it('"was suspended yesterday after residents blocked the road in protest at plans to fell an oak" drafts yesterday, reported', () => {
    const text =
      'Work on the Vellow bypass was suspended yesterday after residents blocked the road in protest at plans to fell an oak.';
    expect(events(text)).toContainEqual(['2026-05-13', 'reported']);
    expect(events(text)).not.toContainEqual(['2026-05-14', 'planned']);
  });
  it('"marched on Tuesday against the council\'s plans to close the pool" drafts Tuesday, reported', () => {
    const text = "About 200 people marched through Vellow on Tuesday against the council's plans to close the pool.";
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: a verb "plans to" after ", and" keeps its own plan', () => {
    const text = 'Residents blocked the road on Tuesday, and the council plans to fell the oak in June.';
    expect(events(text)).toContainEqual(['2026-06', 'planned']);
  });
  it('must not fire: a happening still to come stays planned', () => {
    const text = 'The council will vote on Monday on plans to fell the oak.';
    expect(events(text)).toContainEqual(['2026-05-18', 'planned']);
  });
});

describe('"stopped work shortly after 9am yesterday when …": "after" before a time of day opens no clause', () => {
  const excerpts = (text: string) =>
    planArticle(text)
      .files.filter((f) => f.collection === 'events')
      .map((f) => /^\s*excerpt: '?(.*?)'?$/m.exec(f.text)?.[1] ?? '');
  it('"left the warehouse shortly after 11pm on Tuesday when …" drafts the leaving, with its subject', () => {
    const text =
      'Firefighters left the Vellow warehouse shortly after 11pm on Tuesday when the last flames were put out.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
    expect(excerpts(text).some((e) => e.startsWith('Firefighters left the Vellow warehouse'))).toBe(true);
    expect(excerpts(text).some((e) => e.startsWith('11pm'))).toBe(false);
  });
  it('must not fire: "after" before a happening still opens a clause of its own', () => {
    const text = 'The Vellow warehouse was demolished on Tuesday after fire gutted it in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
});

describe('"The meeting began at 7pm": a time of day alone carries the day of the sentence before', () => {
  const sources = planEventSources;
  it('"unveiled a plaque at 11am" after a sentence dated Tuesday drafts Tuesday', () => {
    const text =
      'The Vellow lifeboat station reopened on Tuesday after a year of repairs.\n\nIts coxswain, Ada Brisk, unveiled a plaque at 11am, watched by the crews.';
    expect(sources(text)).toContainEqual(['Its coxswain, Ada Brisk, unveiled a plaque at 11am', '2026-05-12']);
  });
  it('"The debate began at 7pm" after "met on Tuesday night" drafts Tuesday', () => {
    const text =
      'About 200 residents met in the Vellow town hall on Tuesday night. The debate began at 7pm and lasted three hours.';
    expect(sources(text)).toContainEqual(['The debate began at 7pm', '2026-05-12']);
  });
  it('must not fire: a time of day still to come', () => {
    const text = 'About 200 residents met in the Vellow town hall on Tuesday night. The next debate will begin at 7pm.';
    expect(sources(text).some(([e]) => e?.includes('7pm'))).toBe(false);
  });
  it('must not fire: a time of day in the present ("The shop opens at 9am")', () => {
    const text = 'The Vellow lifeboat station reopened on Tuesday after a year of repairs. Its shop opens at 9am.';
    expect(sources(text).some(([e]) => e?.includes('9am'))).toBe(false);
  });
  it('must not fire: a sentence with a day of its own after the time', () => {
    const text =
      'The Vellow lifeboat station reopened on Tuesday after a year of repairs. The online ballot, which opened last month, closed at 5pm Monday.';
    expect(sources(text)).not.toContainEqual([
      'The online ballot, which opened last month, closed at 5pm',
      '2026-05-12',
    ]);
  });
  it('must not fire: a sentence before with no day of its own', () => {
    const text = 'The Vellow town hall was built in 1890. The debate began at 7pm and lasted three hours.';
    expect(sources(text).some(([e]) => e?.includes('7pm'))).toBe(false);
  });
  it('must not fire: a time of day inside a quote', () => {
    const text = 'About 200 residents met in the Vellow town hall on Tuesday night. "We began at 7pm," said Ada Brisk.';
    expect(sources(text).some(([e]) => e?.includes('7pm'))).toBe(false);
  });
});

describe('"X will close on 30 June, its owner told members in a letter on Tuesday": the letter is a happening of its own', () => {
  it('drafts the closing, planned, and the letter on Tuesday, reported', () => {
    const text = 'The Vellow pool will close on 30 June, its operator told members in a letter on Tuesday.';
    expect(events(text)).toContainEqual(['2026-06-30', 'planned']);
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: a statement ("said in a statement on Tuesday") is no letter to the people concerned', () => {
    const text = 'The Vellow pool will close on 30 June, its operator said in a statement on Tuesday.';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: a letter still to be sent', () => {
    const text = 'The Vellow pool will close on 30 June, and its operator will tell members in a letter on Monday.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: a closing told in quoted words', () => {
    const text = 'The pool "will close on 30 June", its operator told members in a letter on Tuesday.';
    expect(events(text)).not.toContainEqual(['2026-06-30', 'planned']);
  });
});

describe('"had her claim rejected last month after her car hit a pothole on 14 September": a past verb spelt as its present', () => {
  it('drafts the rejection last month and the accident on its day', () => {
    const text =
      'Ada Brisk had her insurance claim refused last month after her van hit a kerb on the Vellow bypass on 2 March.';
    expect(events(text)).toContainEqual(['2026-04', 'reported']);
    expect(events(text)).toContainEqual(['2026-03-02', 'reported']);
  });
  it('must not fire: a present verb with "-s" ("after the plan sets out cuts on 2 March") opens no clause of its own', () => {
    const text = 'Ada Brisk resigned last month after the plan sets out cuts on 2 March.';
    expect(events(text)).toHaveLength(1);
  });
});
