import { describe, expect, it } from 'vitest';
import { planEventSources, planEvents as events } from '../ingest-read';

// The structural non-news rules of issue 12sy (round 46), each on sentences written for this file in several
// wordings: every name, place and body here is invented and none comes from the test articles. The articles are of
// Thursday 2026-05-14 (Tuesday 05-12, Monday 05-11); "last year" is 2025.

/** The dates of the event drafts of `text`. */
const dates = (text: string) => events(text).map(([date]) => date);

describe('sameHappeningRetold: a later draft of the same day whose definite subject the earlier draft named is one happening', () => {
  it('"The ferry, run by …, left the quay at 6.10am" after the lede\'s ferry on Monday joins the lede\'s draft', () => {
    const text =
      'A passenger ferry carrying 40 people ran aground on a sandbank off Quillon Point on Monday morning, the coastguard said.\n\n' +
      'The ferry, run by Tollgate Sound Ferries, left the quay at 6.10am on Monday.';
    expect(dates(text)).toEqual(['2026-05-11']);
    expect(planEventSources(text)).toHaveLength(2);
  });
  it('"On 2 June, the library will reopen …" after the lede\'s library closing until 2 June joins it', () => {
    const text =
      'The Varnley library will shut its upper floor until 2 June while its roof is repaired, the council said on Wednesday.\n\n' +
      'From 2 June, the library will open its upper floor again on weekdays only.';
    expect(dates(text).filter((d) => d === '2026-06-02')).toHaveLength(1);
  });
  it('"The tractor, owned by …, was stolen …" after the lede\'s stolen tractor on Sunday joins it', () => {
    const text =
      'Thieves took a vintage tractor from a farm show near Quillon on Sunday night, police said.\n\n' +
      'The tractor, owned by a Varnley collector, was loaded onto a trailer at about 11pm on Sunday.';
    expect(dates(text)).toEqual(['2026-05-10']);
  });
  it('must not fire: a different subject on the same day keeps its own draft', () => {
    const text =
      'A passenger ferry carrying 40 people ran aground on a sandbank off Quillon Point on Monday morning, the coastguard said.\n\n' +
      'The lifeboat crew reached the sandbank at 8.30am on Monday.';
    expect(dates(text)).toEqual(['2026-05-11', '2026-05-11']);
  });
  it('must not fire: a noun met only in a name or in the attribution of the earlier draft', () => {
    const text =
      'More than 300 books have been given to the Quillon Public Library since January, library staff said on Monday.\n\n' +
      'The library board voted on Monday night to open on Sundays.';
    expect(dates(text).filter((d) => d === '2026-05-11')).toHaveLength(2);
  });
  it('must not fire: a new action on the same thing later that day, told with no clock time, is its own happening', () => {
    const bridge =
      'Police closed the Quillon bridge on Monday morning after a lorry struck its railings, the council said.\n\n' +
      'The bridge reopened on Monday evening once engineers had checked it.';
    expect(dates(bridge)).toEqual(['2026-05-11', '2026-05-11']);
    const charge =
      'A man was arrested on Tuesday after a fire at a Varnley warehouse, police said.\n\n' +
      'The man was charged with arson on Tuesday night.';
    expect(dates(charge)).toEqual(['2026-05-12', '2026-05-12']);
  });
  it('must not fire: the same subject on another day keeps its draft', () => {
    const text =
      'A passenger ferry carrying 40 people ran aground on a sandbank off Quillon Point on Monday morning, the coastguard said.\n\n' +
      'The ferry was refloated on Tuesday.';
    expect(dates(text)).toEqual(['2026-05-11', '2026-05-12']);
  });
});

describe('standingFigure: a figure told in the present simple is a state, no happening', () => {
  it('"The council pays wardens £11.40 an hour, according to a report sent on 5 May" drafts no 5 May', () => {
    const text =
      'Varnley council will cut its parking wardens from 12 to 8 in June, it said on Wednesday.\n\n' +
      'The council pays wardens £11.40 an hour, according to a report it sent to councillors on 5 May.';
    expect(dates(text)).not.toContain('2026-05-05');
  });
  it('"The trust puts the cost of the repairs at £2.1 million and says work cannot start before March" drafts no March', () => {
    const text =
      'The Varnley pier will stay shut all summer, its trust said on Wednesday.\n\n' +
      'The trust puts the cost of the repairs at £2.1 million and says work cannot start before March.';
    expect(dates(text)).toEqual(['2026-05-13']);
  });
  it('"Tickets sold in April total more than 3,000" drafts no April', () => {
    const text =
      'The Quillon folk festival will move to a bigger field next year, its organisers said on Wednesday.\n\n' +
      "Tickets sold in April total more than 3,000, twice last year's figure.";
    expect(dates(text)).not.toContain('2026-04');
  });
  it('"Flats built in 2019 now sell for about £310,000" drafts no 2019', () => {
    const text =
      'The Varnley harbour flats will get new sea defences next year, the council said on Wednesday.\n\n' +
      'Flats built on the quay in 2019 now sell for about £310,000.';
    expect(dates(text)).not.toContain('2019');
  });
  it('"Parcels packed in March weigh about 12 kilos each" drafts no March', () => {
    const text =
      'The Quillon food bank will close its second store in June, its trustees said on Wednesday.\n\n' +
      'Parcels packed in March weigh about 12 kilos each.';
    expect(dates(text)).not.toContain('2026-03');
  });
  it('must not fire: a charge starting on a day ("charges £4 a head from 1 June") keeps its draft', () => {
    const text =
      'The Varnley pier will stay shut all summer, its trust said on Wednesday.\n\n' +
      'The gardens trust charges £4 a head from 1 June.';
    expect(dates(text)).toContain('2026-06-01');
  });
  it('must not fire: a past deed with a figure ("paid £4,000 on Monday") keeps its draft', () => {
    const text =
      'The Varnley pier will stay shut all summer, its trust said on Wednesday.\n\n' +
      'The trust paid £4,000 for a survey of the pier on Monday.';
    expect(dates(text)).toContain('2026-05-11');
  });
});

describe('countHadBy: a count of people who had done something by a time is a running tally', () => {
  it('"Forty volunteers had signed up by Tuesday evening." drafts no Tuesday', () => {
    const text =
      'The Varnley beach clean will go ahead on Saturday despite the storm, its organisers said on Wednesday.\n\n' +
      'Forty volunteers had signed up by Tuesday evening.';
    expect(dates(text)).not.toContain('2026-05-12');
  });
  it('"About 300 households have applied by Monday" drafts no Monday', () => {
    const text =
      'The Varnley council will give a £50 heating grant to older residents, it said on Wednesday.\n\n' +
      'About 300 households had applied for the grant by Monday afternoon.';
    expect(dates(text)).not.toContain('2026-05-11');
  });
  it('"Ninety-two people had booked places by Monday night." drafts no Monday', () => {
    const text =
      'The Varnley beach clean will go ahead on Saturday despite the storm, its organisers said on Wednesday.\n\n' +
      'Ninety-two people had booked places by Monday night.';
    expect(dates(text)).not.toContain('2026-05-11');
  });
  it('"More than 60 shops had joined the scheme by the end of April." drafts no April', () => {
    const text =
      'The Varnley loyalty card will be dropped in June, the traders association said on Wednesday.\n\n' +
      'More than 60 shops had joined the scheme by the end of April.';
    expect(dates(text)).not.toContain('2026-04');
  });
  it('must not fire: a subject that is no count ("The council had closed the road by Monday")', () => {
    const text =
      'The Varnley beach clean will go ahead on Saturday despite the storm, its organisers said on Wednesday.\n\n' +
      'The council had closed the coast road by Monday night.';
    expect(dates(text)).toContain('2026-05-11');
  });
});

describe('TOLD_WHOM_NOTHING: an active telling with nothing told is how the news reached people', () => {
  const LEDE = 'The Varnley bakery on Tollgate Row will close for good on 30 May, its owners said on Wednesday.\n\n';
  it('"The owners told their staff on Monday." drafts no Monday', () => {
    expect(dates(LEDE + 'The owners told their staff on Monday.')).not.toContain('2026-05-11');
  });
  it('"The school notified parents by email last week." drafts no last week', () => {
    expect(dates(LEDE + 'The school notified parents by email last week.')).not.toContain('2026-05');
  });
  it('"Managers briefed the night shift late on Tuesday." drafts no Tuesday', () => {
    expect(dates(LEDE + 'Managers briefed the night shift late on Tuesday.')).not.toContain('2026-05-12');
  });
  it('must not fire: a telling with its content ("told police on Monday that …") keeps Monday', () => {
    const text = LEDE + 'A neighbour told police on Monday that she had seen smoke from the back of the shop.';
    expect(dates(text)).toContain('2026-05-11');
  });
  it('must not fire: a passive with no listener ("Tenants were told at a meeting on Monday.") keeps Monday', () => {
    expect(dates(LEDE + 'Tenants were told at a meeting in the shop on Monday.')).toContain('2026-05-11');
  });
  it('must not fire: a deed ("The owners sold the van on Monday.") keeps Monday', () => {
    expect(dates(LEDE + 'The owners sold their delivery van on Monday.')).toContain('2026-05-11');
  });
});

describe('hedgedModal: a clause hedged by "could", "might" or "may" is a possibility, no drafted event', () => {
  const LEDE =
    'The Varnley footbridge over the Tolle was closed on Wednesday after a crack was found, the council said.\n\n';
  it('"Repairs could be finished by the end of June." drafts no June', () => {
    expect(dates(LEDE + 'Repairs could be finished by the end of June.')).not.toContain('2026-06');
  });
  it('"Work might start in September, the engineer said." drafts no September', () => {
    expect(dates(LEDE + 'Work might start in September, the engineer said.')).not.toContain('2026-09');
  });
  it('"A new span may be lifted into place in August." drafts no August', () => {
    expect(dates(LEDE + 'A new span may be lifted into place in August.')).not.toContain('2026-08');
  });
  it('"The footbridge could reopen on 1 July, the engineer said." drafts no 1 July', () => {
    expect(dates(LEDE + 'The footbridge could reopen on 1 July, the engineer said.')).not.toContain('2026-07-01');
  });
  it('must not fire: a window of permission ("could claim a refund until 30 June") keeps its bound', () => {
    expect(dates(LEDE + 'Season ticket holders could claim a refund until 30 June.')).toContain('2026-06-30');
  });
  it('must not fire: "could collect their bikes from 9 a.m. to 1 p.m. Saturday" keeps its draft', () => {
    const text = LEDE + 'She said owners could collect their bikes from 9 a.m. to 1 p.m. Saturday, by appointment.';
    expect(dates(text)).toHaveLength(2);
  });
  it('must not fire: a plan with "will" ("Repairs will start in September.") keeps September', () => {
    expect(dates(LEDE + 'Repairs will start in September.')).toContain('2026-09');
  });
  it('must not fire: a past clause with no modal ("was last inspected in March") keeps March', () => {
    expect(dates(LEDE + 'Engineers said the bridge was last inspected in March.')).toContain('2026-03');
  });
});
