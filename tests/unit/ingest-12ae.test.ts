import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12ae, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"X said permission had been granted in February and that …": the first of two reported clauses is dated', () => {
  it('"said a licence had been granted in February and that the firm expected …" drafts February', () => {
    const text =
      'The Marlowe quarry reopened on Monday.\n\nA company spokeswoman said a licence had been granted in February and that the firm expected to hire "a dozen people".';
    expect(events(text)).toContainEqual(['2026-02', 'reported']);
  });
  it('must not fire: a first clause that is negated', () => {
    const text =
      'The Marlowe quarry reopened on Monday.\n\nA company spokeswoman said no licence had been granted in February and that the firm expected to hire "a dozen people".';
    expect(events(text)).not.toContainEqual(['2026-02', 'reported']);
  });
  it('must not fire: a first clause whose date lies ahead', () => {
    const text =
      'The Marlowe quarry reopened on Monday.\n\nA company spokeswoman said a licence would be sought in September and that the firm expected to hire "a dozen people".';
    expect(events(text)).not.toContainEqual(['2026-09', 'reported']);
    expect(events(text)).not.toContainEqual(['2025-09', 'reported']);
  });
});

describe('"…, saying they had been told of the plans in March": a passive "told of" is a happening, no reporting clause', () => {
  it('"She insisted that …, saying residents had been told of the works at a meeting in March" drafts March', () => {
    const text =
      'The Marlowe quarry reopened on Monday.\n\nThe manager insisted that neighbours had been consulted, saying residents had been told of the blasting at a meeting in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: an active "told residents of" after a comma still reports the words before it', () => {
    const text =
      'The Marlowe quarry reopened on Monday.\n\nThe manager insisted that the blasting would stop in June, she told residents of the village on Tuesday.';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('"last Wednesday" in a Thursday\'s article: the Wednesday of the week before, not yesterday', () => {
  it('"closed the pier last Wednesday," drafts the Wednesday a week before yesterday', () => {
    const text = 'The Marlowe harbour board closed the pier last Wednesday, citing storm damage.';
    expect(events(text)).toContainEqual(['2026-05-06', 'reported']);
  });
  it('must not fire: "on Wednesday" is yesterday', () => {
    const text = 'The Marlowe harbour board closed the pier on Wednesday, citing storm damage.';
    expect(events(text)).toContainEqual(['2026-05-13', 'reported']);
  });
  it('must not fire: "last Tuesday" two days before is that Tuesday', () => {
    const text = 'The Marlowe harbour board closed the pier last Tuesday, citing storm damage.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('"set off on Sunday morning and had promised they would …": a "would" in a past clause after "and" is not the date\'s', () => {
  it('"set off … on Sunday morning and had told friends they would return" drafts last Sunday, reported', () => {
    const text =
      'Two kayakers set off from the Marlowe slipway on Sunday morning and had told friends they would return by noon.';
    expect(events(text)).toContainEqual(['2026-05-10', 'reported']);
    expect(events(text)).not.toContainEqual(['2026-05-17', 'planned']);
  });
  it('must not fire: "will set off on Sunday morning and would return by noon" stays planned', () => {
    const text = 'Two kayakers will set off from the Marlowe slipway on Sunday morning and would return by noon.';
    expect(events(text)).toContainEqual(['2026-05-17', 'planned']);
  });
});

describe('"said members could claim a refund until 31 March": "could" of reported speech, a leave running until a day ahead', () => {
  it('"could claim a refund until 31 January" in May drafts next 31 January, planned', () => {
    const text =
      'The Marlowe rowing club closed its boathouse on Monday.\n\nThe treasurer said members who had paid fees could claim a refund until 31 January.';
    expect(events(text)).toContainEqual(['2027-01-31', 'planned']);
  });
  it('must not fire: "could have claimed a refund until 31 January" is past', () => {
    const text =
      'The Marlowe rowing club closed its boathouse on Monday.\n\nThe treasurer said members could have claimed a refund until 31 January.';
    expect(events(text)).not.toContainEqual(['2027-01-31', 'planned']);
  });
});
