import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// Review of round 12x: ordinary news sentences written for this file, near the rules of 12x, that those
// rules misread. Every name and place is invented. The articles are of Thursday 2026-05-14.
const ferry = (s: string) => events(`The ferry sank on Tuesday.\n\n${s}`);
const TUESDAY: [string, string] = ['2026-05-12', 'reported'];

describe('a past progressive a happening breaks into ("when", "as") is news', () => {
  it('"were digging … as the death toll rose to 40" keeps its day', () => {
    expect(ferry('On Monday, rescuers were digging through rubble as the death toll rose to 40.')).toEqual([
      TUESDAY,
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a forecast told in the past dates the telling', () => {
  it('"The fund forecast a recession on Monday" and "on Thursday forecast" keep their day', () => {
    expect(ferry('The Varn Monetary Fund forecast a recession on Monday.')).toEqual([
      TUESDAY,
      ['2026-05-11', 'reported'],
    ]);
    expect(ferry('The Bank of Quillon on Thursday forecast a recession.')).toEqual([
      TUESDAY,
      ['2026-05-14', 'reported'],
    ]);
  });
});

describe('a day alone in front is no scene', () => {
  it('"On Monday, the council was divided." keeps its day', () => {
    expect(ferry('On Monday, the council was divided.')).toEqual([TUESDAY, ['2026-05-11', 'reported']]);
  });
});

describe('a general truth is bounded by its conjunct', () => {
  it('"usually walked his dog … and was last seen on Monday" keeps Monday', () => {
    expect(ferry('Police said the man usually walked his dog in the park and was last seen on Monday.')).toEqual([
      TUESDAY,
      ['2026-05-11', 'reported'],
    ]);
  });
  it('"normally left work at 5pm but on Monday stayed late" keeps Monday', () => {
    expect(ferry('The coroner said the victim normally left work at 5pm but on Monday stayed late.')).toEqual([
      TUESDAY,
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('one of two past dates is still a happening', () => {
  it('"said the attack happened on Friday or Saturday" keeps the first', () => {
    expect(ferry('Police said the attack happened on Friday or Saturday.')).toEqual([
      TUESDAY,
      ['2026-05-08', 'reported'],
    ]);
  });
});

describe('only a date inside the span of research is the method', () => {
  it('"followed the suspect from Quillon to Harwick on Monday" keeps Monday', () => {
    expect(ferry('Officers followed the suspect from Quillon to Harwick on Monday.')).toEqual([
      TUESDAY,
      ['2026-05-11', 'reported'],
    ]);
  });
  it('"monitored the house from March to May before the raid on June 2" keeps the raid', () => {
    expect(ferry('Police monitored the house from March to May before the raid on June 2.')).toEqual([
      TUESDAY,
      ['2025-06-02', 'reported'],
    ]);
  });
  it('"observed a ceasefire from Monday to Wednesday" is no research', () => {
    expect(ferry('The army observed a ceasefire from Monday to Wednesday.')).toEqual([
      TUESDAY,
      ['2026-05-11', 'reported'],
    ]);
  });
});
