import { describe, expect, it } from 'vitest';
import { planEvents as events, speakerOf } from '../ingest-read';

// Regressions a review of rounds 12o and 12p found in ordinary news sentences, each on sentences
// written for this file (invented names). The articles are of Thursday 2026-05-14.

describe('a bare day after a speech verb dates the speaking only when it stands alone', () => {
  it('"said Friday\'s match … would go ahead": the possessive day is the match\'s, planned', () => {
    expect(events("The coach said Friday's match against Arlen Town would go ahead.")).toEqual([
      ['2026-05-15', 'planned'],
    ]);
  });
});

describe('a single quoted word in a reported clause is no statement that replaces the news', () => {
  it('"said on Tuesday that they had arrested two men over the "brazen" raid": the arrests, Tuesday, reported', () => {
    expect(events('Police said on Tuesday that they had arrested two men over the "brazen" raid.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('a request for comment unanswered in a relative clause leaves the main clause news', () => {
  it('"The bank, which declined to comment, cut 300 jobs on Tuesday": Tuesday, reported', () => {
    expect(events('The bank, which declined to comment, cut 300 jobs on Tuesday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
    expect(
      events('Harlow Foods, which did not respond to requests for comment, closed its Denby plant on Monday.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('"could not be reached by road on Wednesday": places cut off are news, Wednesday, reported', () => {
    expect(events('Flooded villages in the valley could not be reached by road on Wednesday.')).toEqual([
      ['2026-05-13', 'reported'],
    ]);
  });
});

describe('"no one was injured" and "no longer" negate no happening', () => {
  it('"said no one was injured in the blast on Monday": the blast, Monday, reported', () => {
    expect(events('Police said no one was injured in the blast on Monday.')).toEqual([['2026-05-11', 'reported']]);
  });
  it('"would no longer lend to coal miners from January": the change, next January, planned', () => {
    expect(events('The bank said on Monday it would no longer lend to coal miners from January.')).toEqual([
      ['2027-01', 'planned'],
    ]);
  });
});

describe('a name opening its sentence before "…," he said is a person only as a portrait\'s present', () => {
  it('"Greystone Mills closed its doors …. "…," he said": the manager named before, not the company', () => {
    const text =
      'Factory manager Ian Colby spoke to staff on Friday. Greystone Mills closed its doors for the last time. "It is the end of an era," he said.';
    expect(speakerOf(text, 'It is the end')).toMatchObject({ name: 'Ian Colby', kind: 'person' });
  });
});

describe("an order's day followed by a past clause is the day of the order", () => {
  it('"advised drivers to avoid the bypass on Wednesday after a lorry overturned": Wednesday, reported', () => {
    expect(events('Police advised drivers to avoid the Harlow bypass on Wednesday after a lorry overturned.')).toEqual([
      ['2026-05-13', 'reported'],
    ]);
  });
});

describe('"viewed" and "considered" with a plain object are actions', () => {
  it('"said on Monday they had viewed CCTV footage of the attack": Monday, reported', () => {
    expect(events('Police said on Monday they had viewed CCTV footage of the attack.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
    expect(events('The agency said on Tuesday it had considered the bid carefully.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('runs counted are no schedule', () => {
  it('"Hale\'s 88 runs on Friday kept Kent in the match": last Friday, reported', () => {
    expect(events("Hale's 88 runs on Friday kept Kent in the match.")).toEqual([['2026-05-08', 'reported']]);
  });
});

describe('"denied on <day>" reports speech only before a denial\'s content', () => {
  it('"A judge denied on Tuesday a request by the defence …": the court\'s refusal, Tuesday, reported', () => {
    expect(events('A judge denied on Tuesday a request by the defence to move the trial.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});
