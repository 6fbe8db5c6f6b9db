import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12sn (non-news sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Sunday 05-10, Monday 05-11, Tuesday 05-12, Wednesday 05-13); "last year" is 2025.

const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';

describe('FIGURES_SHOW and COUNT_CREDITED: a figure for a period, credited to its source, is a statistic', () => {
  it('"Harbour records show 318 complaints were made … last year" drafts no 2025', () => {
    const text =
      LEAD + 'Harbour records show 318 complaints were made against boat owners in Varnley last year, up from 210.';
    expect(events(text)).not.toContainEqual(['2025', 'reported']);
  });
  it('"Figures from the harbour board show that 41% of berths stood empty last year" drafts no 2025', () => {
    const text = LEAD + 'Figures from the harbour board show that 41% of berths stood empty last year.';
    expect(events(text)).not.toContainEqual(['2025', 'reported']);
  });
  it('"Varnley recorded 2,300 sea rescues in 2025, according to the coastguard" drafts no 2025', () => {
    const text =
      LEAD + 'Varnley recorded 2,300 sea rescues in 2025, according to the coastguard, up from 1,900 in 2020.';
    expect(events(text)).not.toContainEqual(['2025', 'reported']);
  });
  it('"About 60 new marinas opened in the region last year, according to …, and none has closed" drafts no 2025', () => {
    const text =
      LEAD +
      'About 60 new marinas opened in the region last year, according to the Boating Trust, and none has closed.';
    expect(events(text)).not.toContainEqual(['2025', 'reported']);
  });
  it('"About 3,200 people visited the pier over the bank holiday weekend, according to council figures" drafts nothing', () => {
    const text =
      LEAD + 'About 3,200 people visited the pier over the bank holiday weekend, according to council figures.';
    expect(events(text)).toEqual([]);
  });
  it('must not fire: "Police recorded the burglary on Monday" keeps its Monday', () => {
    const text = LEAD + 'Police recorded the burglary on Monday.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "About 200 people were evacuated on Monday, according to police" keeps its Monday', () => {
    const text = LEAD + 'About 200 people were evacuated on Monday, according to police.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "Figures published in April show that 41% …": the publishing of the figures is dated', () => {
    const text = LEAD + 'Figures published in April show that 41% of berths stood empty.';
    expect(events(text)).toContainEqual(['2026-04', 'reported']);
  });
  it('must not fire: "Court records show the skipper was fined in 2021": records with no count tell a happening', () => {
    const text = LEAD + 'Court records show the skipper was fined in 2021 for mooring in the channel.';
    expect(events(text)).toContainEqual(['2021', 'reported']);
  });
  it('must not fire: "The harbour closed 12 berths in March, according to its accounts" keeps its March', () => {
    const text = LEAD + 'The harbour board closed 12 berths in March, according to its accounts.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: a second clause after ", and" keeps its own date', () => {
    const text =
      LEAD +
      'About 60 new marinas opened in the region, according to the Boating Trust, and the Varnley marina opened in 2019.';
    expect(events(text)).toContainEqual(['2019', 'reported']);
  });
  it("must not fire: a figure in a quote is the speaker's, and the dated news after it stays", () => {
    const text =
      LEAD + '"About 60 marinas opened last year," the trust said.\n\nThe trust opened its own marina in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
});

describe('nounBeforeNoun: a noun compound before the speech verb is a subject, no clause of its own', () => {
  it('"Varnley\'s transport ministry said on Monday it was "looking closely …"" drafts no Monday: a remark', () => {
    const text =
      LEAD + 'Varnley\'s transport ministry said on Monday it was "looking closely at the plans" for the ferry.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('"Varnley\'s state police chief told radio listeners on Monday that the skipper had "taken …"" drafts no Monday', () => {
    const text =
      LEAD +
      'Varnley\'s state police chief told radio listeners on Monday that the skipper had "taken a terrible risk" in the channel.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('"… said on Monday it had closed the ferry route on Sunday" dates the closing, Sunday', () => {
    const text = LEAD + "Varnley's transport ministry said on Monday it had closed the ferry route on Sunday.";
    expect(events(text)).toContainEqual(['2026-05-10', 'reported']);
  });
  it('must not fire: "… said on Monday it had suspended the operator\'s licence" keeps the telling\'s day', () => {
    const text = LEAD + "Varnley's transport ministry said on Monday it had suspended the ferry operator's licence.";
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "Residents fear cuts …": a plural subject before a verb keeps the verb', () => {
    const text =
      LEAD + 'Ferry users fear cuts to the winter timetable, and the operator said on Monday it had sold two boats.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});

describe('speechScene in afterClause: a scene of speaking after "when" / "after" dates the remark, no happening', () => {
  it('"X called the plan "…" when she spoke to reporters at the quay on Monday" drafts no Monday', () => {
    const text =
      LEAD +
      'The harbour master called the plan "reckless and unworkable" when she spoke to reporters at the quay on Monday.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('"The skipper resigned on Tuesday after he addressed the crew on Monday" keeps Tuesday and drafts no Monday', () => {
    const text = LEAD + 'The skipper resigned on Tuesday after he addressed the crew on Monday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "The harbour master was arrested when police raided her home on Monday" keeps Monday', () => {
    const text = LEAD + 'The harbour master was arrested when police raided her home on Monday.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});

describe('WENT_FURTHER: "X went further in an interview on <day>" is the setting of a remark', () => {
  it('"The mayor went further in a radio interview on Tuesday morning" drafts no Tuesday', () => {
    const text = LEAD + 'The mayor of Varnley, Odile Brask, went further in a radio interview on Tuesday morning.';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "The council went further on Tuesday and closed the marina" keeps Tuesday', () => {
    const text = LEAD + 'The council went further on Tuesday and closed the marina to all boats.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('toldOnly: a bare "and announced in a statement on <day>" after a dated happening is its telling', () => {
  it('"… was agreed at a board meeting on Monday and announced in a statement on Tuesday evening" drafts no Tuesday', () => {
    const text =
      LEAD +
      'The sale of the marina was agreed at a board meeting on Monday and announced in a statement on Tuesday evening.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('"The deal was signed on Monday and announced on Tuesday" drafts the signing only', () => {
    const text = LEAD + 'The deal was signed on Monday and announced on Tuesday.';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "… and announced a review of the barrier on Tuesday": an announcement with an object is news', () => {
    const text = LEAD + 'The council closed the coast road on Monday and announced a review of the barrier on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "… and announced on Tuesday that it would reopen it in June" keeps its telling', () => {
    const text =
      LEAD + 'The council closed the coast road on Monday and announced on Tuesday that it would reopen it in June.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('SCENE_OF_SPEECH: "clashed on stage / on air" is a scene of speaking', () => {
  it('"X and Y clashed on stage at the hall on Tuesday in front of about 200 voters" drafts no Tuesday', () => {
    const text =
      LEAD +
      'Rival candidates Odile Brask and Piet Moss clashed on stage at the Varnley Hall on Tuesday in front of about 200 voters.';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "Police and protesters clashed outside the marina on Tuesday" keeps Tuesday', () => {
    const text = LEAD + 'Police and protesters clashed outside the marina on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('sourceDate: the day a source cited by "according to" came out dates no state told before it', () => {
  it('"The sale depends on …, according to a notice … published on Tuesday" drafts nothing: a state, no happening', () => {
    const text =
      LEAD +
      'The sale depends on the buyer winning planning permission for 300 homes, according to a notice to the stock market published on Tuesday.';
    expect(events(text)).toEqual([]);
  });
  it('must not fire: "Berth fees rose by 12% over the past year, according to figures published on Tuesday" keeps Tuesday', () => {
    const text = LEAD + 'Berth fees rose by 12% over the past year, according to figures published on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "Two men were arrested, according to a police statement issued on Tuesday" keeps Tuesday', () => {
    const text = LEAD + 'Two men were arrested, according to a police statement issued on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});
