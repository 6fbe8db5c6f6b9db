import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates, speakerOf } from '../ingest-read';

// Review of round 12aa: ordinary news sentences near its rules, where they must fire and where they
// must not. Every name, place and body is invented. The articles are of Thursday 2026-05-14.

describe('"Junior" and "Senior" are first names, not years of study', () => {
  it('"said Junior Mbeki, the team captain" gives the quote to Junior Mbeki', () => {
    expect(speakerOf('"We played well," said Junior Mbeki, the team captain.', 'We played well')?.name).toBe(
      'Junior Mbeki',
    );
  });
  it('"Junior Seau said: …" gives the quote to Junior Seau', () => {
    expect(speakerOf('Junior Seau said: "It is unfair."', 'It is unfair.')?.name).toBe('Junior Seau');
  });
  it('still a title: "Senior Constable Dara Holt said" gives the quote to Dara Holt', () => {
    expect(speakerOf('Senior Constable Dara Holt said: "The driver fled."', 'The driver fled.')?.name).toBe(
      'Dara Holt',
    );
  });
  it('still a title: "said Senior Lecturer Ada Kross" and "said junior doctor Ada Kross" give Ada Kross', () => {
    expect(speakerOf('"It is unfair," said Senior Lecturer Ada Kross.', 'It is unfair')?.name).toBe('Ada Kross');
    expect(speakerOf('"It is unfair," said junior doctor Ada Kross.', 'It is unfair')?.name).toBe('Ada Kross');
  });
  it('still fires: "Sophomore Wendeline Osk, who …, called the fee …" gives Wendeline Osk', () => {
    const text =
      'The college raised its parking fee on Monday.\n\nSophomore Wendeline Osk, who cycles in from Harrow Fen, called the fee "a tax on students."';
    expect(speakerOf(text, 'a tax on students')?.name).toBe('Wendeline Osk');
  });
});

describe('a comparison seen or a count expected is no happening only in a clause of its own', () => {
  it('"Shares seemed cheaper than expected, but the firm sold its plant on Wednesday" keeps Wednesday', () => {
    expect(
      events(
        'The mayor resigned on Monday.\n\nShares seemed cheaper than expected, but the firm sold its plant on Wednesday.',
      ),
    ).toContainEqual(['2026-05-13', 'reported']);
  });
  it('"The team looked stronger than its rivals, and it won the cup on Wednesday" keeps Wednesday', () => {
    expect(
      events(
        'The mayor resigned on Monday.\n\nThe team looked stronger than its rivals, and it won the cup on Wednesday.',
      ),
    ).toContainEqual(['2026-05-13', 'reported']);
  });
  it('"The club expects 40,000 fans, and police arrested 12 people on Wednesday" keeps Wednesday', () => {
    expect(
      events(
        'The mayor resigned on Monday.\n\nThe club expects 40,000 fans, and police arrested 12 people on Wednesday.',
      ),
    ).toContainEqual(['2026-05-13', 'reported']);
  });
  it('still fires: "Queues at the border looked far shorter than usual on Tuesday" drafts no Tuesday', () => {
    expect(
      events('The mayor resigned on Monday.\n\nQueues at the border looked far shorter than usual on Tuesday.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('still fires: "The port expects about 900 lorries a day to use the lane, falling to 300 by 2029" drafts no 2029', () => {
    expect(
      events(
        'The mayor resigned on Monday.\n\nThe port expects about 900 lorries a day to use the lane, falling to 300 by 2029.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
});

describe('"…," she said after the vote / told the hearing: only a sitting of that kind named before', () => {
  it('"Police met the family on Monday" then "…," she said after the vote keeps the publication day', () => {
    const text =
      'Police met the victim\'s family on Monday.\n\nThe council will debate the plan next month.\n\n"We are not ready," she said after the vote.';
    expect(planQuoteDates(text)).toEqual([['We are not ready', '2026-05-14']]);
  });
  it('"a training session on Monday" then "…," the captain said after the vote keeps the publication day', () => {
    const text = 'The club held a training session on Monday.\n\n"It is a sad day," the captain said after the vote.';
    expect(planQuoteDates(text)).toEqual([['It is a sad day', '2026-05-14']]);
  });
  it('"He had been sitting in his car on Monday" then "…," he told the hearing keeps the publication day', () => {
    const text =
      'The defendant took the stand on Tuesday.\n\nHe had been sitting in his car on Monday when police arrived.\n\n"I did nothing wrong," he told the hearing.';
    expect(planQuoteDates(text)).toEqual([['I did nothing wrong', '2026-05-14']]);
  });
  it('still fires: "The council voted on Monday to close the pool" then "…," Kross told the meeting takes Monday', () => {
    const text =
      'The council voted on Monday to close the pool.\n\nOn Wednesday, residents protested outside the town hall.\n\n"We were ignored," Kross told the meeting.';
    expect(planQuoteDates(text)).toEqual([['We were ignored', '2026-05-11']]);
  });
  it('still fires: "The tribunal held a hearing on Tuesday" then "…," she told the hearing takes Tuesday', () => {
    const text =
      'The tribunal held a hearing on Tuesday into the sacking.\n\n"I was never warned," the nurse told the hearing.';
    expect(planQuoteDates(text)).toEqual([['I was never warned', '2026-05-12']]);
  });
});

describe("a noun's day followed by a modal perfect looks back on the thing, which happened", () => {
  it('"Police said Tuesday\'s crash would have killed more people without the barrier" keeps Tuesday', () => {
    expect(
      events(
        "The mayor resigned on Monday.\n\nPolice said Tuesday's crash would have killed more people without the barrier.",
      ),
    ).toContainEqual(['2026-05-12', 'reported']);
  });
  it('"Firefighters said Tuesday\'s blaze could have spread to the school" keeps Tuesday', () => {
    expect(
      events("The mayor resigned on Monday.\n\nFirefighters said Tuesday's blaze could have spread to the school."),
    ).toContainEqual(['2026-05-12', 'reported']);
  });
  it('still fires: "The union said Tuesday\'s walkout would cost the firm millions" drafts no Tuesday', () => {
    expect(
      events("The mayor resigned on Monday.\n\nThe union said Tuesday's walkout would cost the firm millions."),
    ).toEqual([['2026-05-11', 'reported']]);
  });
});
