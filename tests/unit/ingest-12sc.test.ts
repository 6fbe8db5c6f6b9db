import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12sc (scene sweep), each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14
// (Sunday 05-10, Monday 05-11, Tuesday 05-12, Wednesday 05-13).

const LEAD = 'The Varnley marina will close for good, its owners said on Wednesday.\n\n';

describe('TALLY_BY: a tally of sign-ups reached by a day is a figure, no happening', () => {
  it('"More than 3,000 people had registered interest by Sunday night" drafts no Sunday', () => {
    const text = LEAD + 'More than 3,000 people had registered interest by Sunday night.';
    expect(events(text)).not.toContainEqual(['2026-05-10', 'reported']);
  });
  it('"By Monday evening about 300 supporters had gathered outside …" drafts no Monday', () => {
    const text = LEAD + 'By Monday evening about 300 supporters had gathered outside the marina office with banners.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('"A grant scheme opened in March, and 860 claims had been approved by Tuesday" drafts no Tuesday', () => {
    const text =
      LEAD + 'A grant scheme for berth holders opened in March, and 860 claims had been approved by Tuesday.';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "three had been discharged by Sunday afternoon" keeps its Sunday', () => {
    const text =
      LEAD + 'Five sailors were hurt in the fire on the pontoon, and three had been discharged by Sunday afternoon.';
    expect(events(text)).toContainEqual(['2026-05-10', 'reported']);
  });
  it('must not fire: "40 people had been arrested by Monday night" keeps its Monday', () => {
    const text = LEAD + 'Police said 40 people had been arrested by Monday night after the clashes at the gates.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});

describe('STATE_AT_TIME: a state measured at a time of a day is a reading, no happening', () => {
  it('"It was 80% contained Tuesday evening" drafts no Tuesday', () => {
    const text = LEAD + 'The Brackley Fire burned 9,000 acres last week.\n\nIt was 80% contained Tuesday evening.';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('"The operator said the booking site was running normally Monday afternoon" drafts no Monday', () => {
    const text = LEAD + 'The operator said the booking site was running normally Monday afternoon.';
    expect(events(text)).not.toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "The fire was fully contained Tuesday evening" is the end of the fire', () => {
    const text = LEAD + 'The Brackley Fire was fully contained Tuesday evening.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "The coast road was closed on Tuesday morning after a landslip" keeps its Tuesday', () => {
    const text = LEAD + 'The coast road was closed on Tuesday morning after a landslip.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "was back to normal …, and the operator sacked its chief on Monday"', () => {
    const text =
      LEAD + 'The booking site was running normally Monday afternoon, and the operator sacked its chief on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('POSTURE_HOLDING: a person sitting or standing holding a thing is the colour of a scene', () => {
  it('"X, whose son was among the dead, sat holding his medal" drafts no day of the hearing', () => {
    const text =
      'The inquiry into the Varnley pier collapse opened on Monday.\n\nOlwen Tarrant, whose son was among the dead, sat holding his medal on Monday.';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
  });
  it('must not fire: "stood down on Tuesday" is a resignation', () => {
    const text = LEAD + 'The harbour master, Ivo Penhale, stood down on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('TEXT_ASKED_FOR: a text an outlet has asked for is no happening, its date the text’s', () => {
  it('"The Ledger has asked the board for the minutes of its March meeting" drafts no March', () => {
    const text = LEAD + 'The Quillon Ledger has asked the board for the minutes of its March meeting.';
    expect(events(text)).not.toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: "asked the court on Monday to halt the sale" is news', () => {
    const text = LEAD + 'Berth holders asked the court on Monday to halt the sale.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "…has asked the board for the minutes, and the board sacked its chair on Tuesday"', () => {
    const text =
      LEAD + 'The Quillon Ledger has asked the board for the minutes, and the board sacked its chair on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('ordinary news with a day keeps its event (scene sweep 12sc)', () => {
  const news: Array<[string, string]> = [
    ['Police arrested two men in Varnley on Monday.', '2026-05-11'],
    ['The council voted 7-2 on Tuesday night to close the lido.', '2026-05-12'],
    ['The harbour master resigned on Monday.', '2026-05-11'],
    ['The bridge was closed on Tuesday morning after a crack was found.', '2026-05-12'],
    ['Lifeboat crews rescued four sailors off Varnley Point on Sunday.', '2026-05-10'],
    ['Firefighters spent Monday night fighting the blaze.', '2026-05-11'],
    ['Crews were called to the road on Wednesday morning.', '2026-05-13'],
    ['The school was evacuated on Tuesday afternoon.', '2026-05-12'],
    ['A man was charged with arson on Sunday evening.', '2026-05-10'],
    ['The factory shut its doors on Monday.', '2026-05-11'],
    ['Parliament passed the budget on Tuesday.', '2026-05-12'],
    ['The ferry ran aground near Quillon on Sunday night.', '2026-05-10'],
    ['Three people were killed in a crash on the A40 on Monday.', '2026-05-11'],
    ['The minister sacked her deputy on Wednesday.', '2026-05-13'],
    ['Doctors went on strike on Tuesday.', '2026-05-12'],
    ['The jury found Tarrant guilty on Monday afternoon.', '2026-05-11'],
    ['The club signed a new striker on Sunday.', '2026-05-10'],
    ['Forty people had been arrested by Monday night.', '2026-05-11'],
    ['Divers recovered a body from the harbour on Wednesday morning.', '2026-05-13'],
    ['The mayor stood down on Tuesday after the vote.', '2026-05-12'],
  ];
  for (const [sentence, day] of news)
    it(`"${sentence}" drafts ${day}`, () => {
      expect(events('The story continues below.\n\n' + sentence)).toContainEqual([day, 'reported']);
    });
});

describe('SCENE_PRESENT: a scene lede told in the present after a place and a day is colour, no happening', () => {
  it('"At the Skelby lay-by on Tuesday morning, mist is still on the hedges …" drafts no Tuesday', () => {
    const text =
      LEAD +
      'At the Skelby lay-by on Tuesday morning, mist is still on the hedges and a warden is marking out the new bays.';
    expect(events(text)).not.toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "In Skelby on Tuesday, volunteers stacked sandbags …" (a past happening) keeps its Tuesday', () => {
    const text = LEAD + 'In Skelby on Tuesday, volunteers stacked sandbags along the high street.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "…, mist is still on the hedges, and police closed the lay-by on Monday" keeps its Monday', () => {
    const text =
      LEAD +
      'At the Skelby lay-by on Tuesday morning, mist is still on the hedges, and police closed the lay-by on Monday.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
});
