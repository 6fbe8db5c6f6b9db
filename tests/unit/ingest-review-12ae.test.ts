import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The review of round 12ae, on sentences written for this file: every name, place and body here is
// invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

const LEAD = 'The Tollby ferry resumed sailing on Monday.\n\n';

describe('"X said on Tuesday the site was empty and that …": a date before the first clause\'s verb is the telling\'s', () => {
  it('"said on Tuesday the site was empty and that …" drafts no Tuesday', () => {
    const text = LEAD + 'The mayor said on Tuesday the site was empty and that work would start "as soon as we can".';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('"told councillors in March the site was empty and that …" drafts no March', () => {
    const text =
      LEAD + 'The mayor told councillors in March the site was empty and that work would start "as soon as we can".';
    expect(events(text)).not.toContainEqual(['2026-03', 'reported']);
  });
  it('"told a meeting in March the site was empty and that …" drafts no March: "a meeting" is the listener', () => {
    const text =
      LEAD + 'The mayor told a meeting in March the site was empty and that work would start "as soon as we can".';
    expect(events(text)).not.toContainEqual(['2026-03', 'reported']);
  });
  it('still fires: "told the Ledger the council bought the site in January and that …" drafts January', () => {
    const text =
      LEAD +
      'The mayor told the Ledger the council bought the site in January and that work would start "as soon as we can".';
    expect(events(text)).toContainEqual(['2026-01', 'reported']);
  });
  it('"insisted the council bought the site in January and that …" drafts January, as "said" does', () => {
    const text =
      LEAD + 'The mayor insisted the council bought the site in January and that work would start "as soon as we can".';
    expect(events(text)).toContainEqual(['2026-01', 'reported']);
  });
  it('still fires: "said the council bought the site in January and that …" drafts January', () => {
    const text =
      LEAD + 'The mayor said the council bought the site in January and that work would start "as soon as we can".';
    expect(events(text)).toContainEqual(['2026-01', 'reported']);
  });
});

describe('"…, residents were told of the plan on Tuesday": a passive "told of" heading the last clause still reports', () => {
  it('"The pier will reopen in June, residents were told of the plan at a meeting on Tuesday" drafts June, planned', () => {
    const text = LEAD + 'The pier will reopen in June, residents were told of the plan at a meeting on Tuesday.';
    expect(events(text)).toContainEqual(['2026-06', 'planned']);
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('"…, councillors were told about it on Tuesday, and …" drafts June, planned', () => {
    const text =
      LEAD + 'The pier will reopen in June, councillors were told about it on Tuesday, and the works will cost £2m.';
    expect(events(text)).toContainEqual(['2026-06', 'planned']);
  });
  it('still fires: "…, adding that residents were told of the blasting in March" drafts March', () => {
    const text =
      LEAD +
      'The manager insisted that neighbours had been consulted, adding that residents were told of the blasting in March.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
});

describe('"last Wednesday night" in a Thursday\'s article: the Wednesday of the week before, as "last Wednesday"', () => {
  it('"closed the pier last Wednesday night," drafts 6 May', () => {
    const text = 'The Tollby harbour board closed the pier last Wednesday night, citing storm damage.';
    expect(events(text)).toContainEqual(['2026-05-06', 'reported']);
  });
  it('"closed the pier last Wednesday morning," drafts 6 May', () => {
    const text = 'The Tollby harbour board closed the pier last Wednesday morning, citing storm damage.';
    expect(events(text)).toContainEqual(['2026-05-06', 'reported']);
  });
  it('must not fire: "on Wednesday night" is yesterday, "last Tuesday night" that Tuesday', () => {
    expect(events('The Tollby harbour board closed the pier on Wednesday night.')).toContainEqual([
      '2026-05-13',
      'reported',
    ]);
    expect(events('The Tollby harbour board closed the pier last Tuesday night.')).toContainEqual([
      '2026-05-12',
      'reported',
    ]);
  });
});

describe('"set out on Saturday morning and told their mother they would …": a simple past of telling after "and" too', () => {
  it('"and told their mother they would be back by 4pm" drafts last Saturday, reported', () => {
    const text =
      'Two walkers set out from the Tollby car park on Saturday morning and told their mother they would be back by 4pm.';
    expect(events(text)).toContainEqual(['2026-05-09', 'reported']);
    expect(events(text)).not.toContainEqual(['2026-05-16', 'planned']);
  });
  it('must not fire: "will set out on Saturday morning and told …" stays planned', () => {
    const text =
      'Two walkers will set out from the Tollby car park on Saturday morning and told their mother they would be back by 4pm.';
    expect(events(text)).toContainEqual(['2026-05-16', 'planned']);
  });
});
