import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

// The patterns of issue 12x, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('a mood after a scene set off in front is no happening', () => {
  it('"At a shop in <place> on <day>, customers were angry." drafts nothing for that day', () => {
    expect(
      events(
        'The ferry sank on Tuesday.\n\nAt a hardware shop in Quillon on Wednesday afternoon, customers were angry. Ada Penrose held up a receipt.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('"Standing beside <thing> on <day>, <Name>, who …, was blunter." drafts nothing for that day', () => {
    expect(
      events(
        'The ferry sank on Tuesday.\n\nStanding beside a tractor at Hill Farm on Monday, Tom Parr, who farms 40 acres, was blunter. "It is over," he said.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a state that is news ("On Monday, the road was closed.") keeps its day', () => {
    expect(events('The ferry sank on Tuesday.\n\nOn Monday, the road was closed.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a forecast told as the main clause is no happening', () => {
  it('"Forecasters predict heavy snow on Saturday" drafts nothing for Saturday', () => {
    expect(events('The ferry sank on Tuesday. Forecasters predict heavy snow on Saturday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('"Officials forecast a dry Wednesday, with …" and "were forecast to drop … on Friday" draft nothing', () => {
    expect(
      events('The ferry sank on Tuesday. Officials forecast a dry Wednesday, with rain returning Thursday.'),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(events('The ferry sank on Tuesday. Temperatures were forecast to drop to 8 degrees on Friday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('a forecast cut by a company ("cut its profit forecast on Monday") is still news', () => {
    expect(events('The ferry sank on Tuesday. The bank cut its profit forecast on Monday.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a title the article also writes in lower case is no part of the name', () => {
  it('"Matron <First> <Surname>" after "the hospital\'s matron" gives the words to <First> <Surname>', () => {
    const text =
      'The ward will close in June, the hospital\'s matron said. Matron Edda Quillfeather, 58, said staff were upset. "We are too few," she said.';
    expect(speaker(text, 'We are too few')).toBe('Edda Quillfeather');
  });
  it('"Abbot …" in an article that never writes "abbot" in lower case is left as it was', () => {
    const text =
      'The abbey sold the brewery. Abbot Osric Vellacombe-Nwosu, 64, said the decision was painful. "We are too few," he said.';
    expect(speaker(text, 'We are too few')).toBe('Abbot Osric Vellacombe-Nwosu');
  });
  it('a first name that is also a noun the article uses ("their faith") stays the first name', () => {
    const text =
      'The chapel lost its faith in the plan. Faith Adaeze Morrow, 58, said visitors were upset. "It was packed," she said.';
    expect(speaker(text, 'It was packed')).toBe('Faith Adaeze Morrow');
  });
});

describe('an activity going on, told in the past progressive, is no happening', () => {
  it('"Engineers were working Monday to restore water …" drafts nothing for Monday', () => {
    expect(events('The ferry sank on Tuesday. Engineers were working Monday to restore water to 3,000 homes.')).toEqual(
      [['2026-05-12', 'reported']],
    );
    expect(events('The ferry sank on Tuesday. Volunteers were clearing the beach on Monday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('a passive, a passive progressive and an activity a happening broke into keep their day', () => {
    expect(events('The ferry sank on Tuesday. Firefighters were called to the mill on Monday.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(events('The ferry sank on Tuesday. Residents were being evacuated on Monday.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(
      events('The ferry sank on Tuesday. On Monday, the barge was carrying 40 tonnes when it hit the pier.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a possibility at a time vaguer than a day is no plan', () => {
  it('"said it could publish … early next year", "might publish … in July" draft nothing for the time', () => {
    expect(events('The ferry sank on Tuesday. The regulator said it could publish new rules early next year.')).toEqual(
      [['2026-05-12', 'reported']],
    );
    expect(events('The ferry sank on Tuesday. The regulator said it might publish new rules in July.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
  it('a plan told with "would", and a past told with "could have", keep their dates', () => {
    expect(events('The ferry sank on Tuesday. The regulator said it would publish new rules early next year.')).toEqual(
      [
        ['2026-05-12', 'reported'],
        ['2027', 'planned'],
      ],
    );
    expect(
      events('The ferry sank on Tuesday. The regulator said the firm could have sold the shares in March.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-03', 'reported'],
    ]);
  });
});

describe('a change named by a noun is measured from "since", no happening', () => {
  it('"had faced a 30 percent rise in flour, sugar and butter prices since 2024" drafts nothing for 2024', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The bakers said they had faced a 30 percent rise in flour, sugar and butter prices since 2024.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a clause of its own after "since" still tells a happening', () => {
    expect(
      events('The ferry sank on Tuesday. The council has cut the rise in rents since it took office in 2022.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2022', 'reported'],
    ]);
  });
});

describe('the span a piece of research covered is its method, no happening', () => {
  it('"Researchers tracked 900 patients from March 2024 to March 2025 and found …" drafts nothing', () => {
    expect(
      events(
        'The ferry sank on Tuesday. Researchers tracked 900 patients from March 2024 to March 2025 and found that a third had relapsed.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a strike that ran from one month to another is still news', () => {
    expect(events('The ferry sank on Tuesday. The strike ran from March 2025 to May 2025.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2025-03', 'reported'],
    ]);
  });
});

describe('a general truth told as reported speech is no happening', () => {
  it('"said seedlings planted in late October rarely survived" drafts nothing for October', () => {
    expect(
      events('The ferry sank on Tuesday. The scientist said seedlings planted in late October rarely survived.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('an action reported with its day keeps it', () => {
    expect(events('The ferry sank on Tuesday. The mayor said the pump failed on Monday.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('one of two dates offered is no planned day', () => {
  it('"would be admitted in January or next September" drafts no plan', () => {
    expect(
      events('The ferry sank on Tuesday. The board said pupils would be admitted in January or next September.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a plan with one date, and "or" before no date, keep the plan', () => {
    expect(events('The ferry sank on Tuesday. The board said pupils would be admitted in January.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2027-01', 'planned'],
    ]);
    expect(
      events('The ferry sank on Tuesday. The firm said it would hire 40 staff in June or lose the contract.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-06', 'planned'],
    ]);
  });
});

describe('an expectation or a hope told in the past lies ahead of the telling', () => {
  it('"said on Sunday that it expected to restore power … by Saturday night" plans the coming Saturday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The utility said on Sunday that it expected to restore power to most homes by Saturday night.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-16', 'planned'],
    ]);
    expect(events('The ferry sank on Tuesday. The utility said it hoped to restore power by Saturday.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-16', 'planned'],
    ]);
  });
  it('a plan the news overtook ("had hoped to open the plant in March") stays no happening', () => {
    expect(events('The ferry sank on Tuesday. The firm had hoped to open the plant in March.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('an unnamed source "speaking anonymously to" an outlet spoke through it', () => {
  /** The outlet the speaker of the quote that starts with `quote` spoke through. */
  const via = (text: string, quote: string) => {
    const read = readLedger(text);
    const id = read.speaker(quote)?.via;
    return id && read.cast.members.get(id)?.name;
  };
  it('"One of the judges, speaking anonymously to the Harbour Review, said …" is relayed by the Review', () => {
    const text =
      'The prize was withdrawn. One of the three judges, speaking anonymously to the Harbour Review, said the panel had "read every line twice".';
    expect(via(text, 'read every line')).toBe('Harbour Review');
  });
  it('"speaking to" with no adverb is relayed as before', () => {
    const text =
      'The prize was withdrawn. A senior judge, speaking to the Harbour Review, said the panel had "read every line twice".';
    expect(via(text, 'read every line')).toBe('Harbour Review');
  });
});
