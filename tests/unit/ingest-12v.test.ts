import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

// The patterns of issue 12v, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('a crew, sports or police role before a name is a title, not a first name', () => {
  it('"Skipper" and "Manager" before a name are left out of the name', () => {
    expect(speaker('Skipper Orla Vennick said the boat had "simply rolled over" in the night.', 'simply')).toBe(
      'Orla Vennick',
    );
    expect(
      speaker(
        'The trawler sank off the point. Skipper Brannagh Tulloway, 52, was the last to leave. "The sea came in through the wheelhouse," she said.',
        'The sea',
      ),
    ).toBe('Brannagh Tulloway');
    expect(speaker('Manager Idris Colquhoun-Tate said his side had been "second to every ball".', 'second')).toBe(
      'Idris Colquhoun-Tate',
    );
  });
  it('"Sergeant" and "Referee" before a name are titles too', () => {
    expect(speaker('Sergeant Lowri Abernant said the road would stay "closed until dawn".', 'closed')).toBe(
      'Lowri Abernant',
    );
    expect(speaker('Referee Anselm Quarrie said the tackle was "reckless and late".', 'reckless')).toBe(
      'Anselm Quarrie',
    );
  });
  it('a surname that is no role keeps its place in the name', () => {
    expect(speaker('Fenella Skipworth said the plan was "a disgrace".', 'a disgrace')).toBe('Fenella Skipworth');
  });
});

describe('a company named by a trade noun speaks through its statement', () => {
  it('"<Name> Rail" and "<Name> Yachts" said in a statement: the company statement', () => {
    expect(
      speaker(
        'The line will stay shut for a month. Brevant Rail said in a statement that it was "working with investigators" and that repairs had begun.',
        'working',
      ),
    ).toBe('Brevant Rail statement');
    expect(
      speaker(
        'The builder, Colmarsh Yachts, said in a statement that it was "deeply sorry" and had sent engineers to the harbour.',
        'deeply',
      ),
    ).toBe('Colmarsh Yachts statement');
  });
  it('a person who speaks in a statement keeps the words', () => {
    expect(speaker('Orla Vennick said in a statement that she was "deeply sorry" for the delay.', 'deeply')).toBe(
      'Orla Vennick',
    );
  });
});

// The articles below are of Thursday 2026-05-14.

describe('a sitting set for a bare weekday in the present simple lies ahead', () => {
  it('"meets Tuesday" and "resumes Monday" are planned', () => {
    expect(events('The mill closed on Monday. The harbour board meets Tuesday to decide on the sale.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-19', 'planned'],
    ]);
    expect(events('The mill closed on Monday. The inquiry into the fire resumes Wednesday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-20', 'planned'],
    ]);
  });
  it('the past of a sitting on a bare weekday stays a happening', () => {
    expect(events('The mill closed on Monday. The harbour board met Tuesday to decide on the sale.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('a page count before a text named ahead of its author keeps it a text', () => {
  it('"In a 22-page order, Judge X wrote" gives the words to the judge\'s order', () => {
    const text =
      'The county must recount every ballot, a judge ruled on Wednesday. In a 22-page order, Judge Tamsin Orrell wrote that the board had "failed to explain" why the ballots were set aside.';
    expect(readLedger(text).speaker('failed')).toMatchObject({ name: 'Tamsin Orrell order', kind: 'document' });
  });
  it('"In a 12-page letter, the union said" is the union\'s letter', () => {
    expect(
      speaker(
        'In a 12-page letter, the Dockers Federation said the plan was "unworkable from the first page".',
        'unworkable',
      ),
    ).toMatch(/letter/);
  });
  it("a named person's statement of some pages stays the person's words", () => {
    expect(speaker('In a two-page statement, Orla Vennick said she was "deeply sorry" for the delay.', 'deeply')).toBe(
      'Orla Vennick',
    );
  });
});

describe("the day a text was published or delivered is the text's, no happening of its own", () => {
  it('"A study commissioned by … and published in March 2025 found" drafts nothing for March 2025', () => {
    expect(
      events(
        'The mill closed on Monday. A study commissioned by the council and published in March 2025 found that the mill lost money every year.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('"In a letter delivered to … on Tuesday" and "found in a report published on Tuesday" draft nothing for that day', () => {
    expect(
      events(
        'The mill closed on Monday. In a letter delivered to the town hall on Tuesday, forty traders asked for "a fair hearing".',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events(
        'The mill closed on Monday. The watchdog found in a report published on Tuesday that the owners had ignored "every warning".',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('a text that is the news itself keeps its day', () => {
    expect(
      events(
        'The mill closed on Monday. A review published on Tuesday has found that the owners ignored every warning.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('a speech word in "-s" before an auxiliary is a plural noun, no verb', () => {
  it('"According to X, the … calls have saved "…"" gives the words to X', () => {
    expect(
      speaker(
        'According to Ilse Marrowby, who runs the ferry out of Dunholt, the coastguard radio calls have saved "dozens of lives" over the years.',
        'dozens',
      ),
    ).toBe('Ilse Marrowby');
  });
  it('a verb in "-s" before a clause still speaks', () => {
    expect(
      speaker(
        'The library will shut in June. Orla Vennick, who chairs the friends of the library, claims the plan was "rushed through in a single night".',
        'rushed',
      ),
    ).toBe('Orla Vennick');
  });
});

describe('a rank before a lower-case noun for a person makes the unknown name after it a person', () => {
  it('"assistant keeper" and "senior keeper" before a name give the later quote to that person', () => {
    expect(
      speaker(
        'The keepers met the board on Tuesday. Mr Ansel and his colleague, assistant keeper Petronella Quillon, met board members in the town. The meeting lasted 20 minutes.\n\n"They had made up their minds," Ms Quillon said.',
        'They had',
      ),
    ).toBe('Petronella Quillon');
    expect(
      speaker(
        'The lighthouse went dark on Monday, and the senior keeper Ottoline Brackwater climbed the tower.\n\n"It was quiet until dawn," Ms Brackwater said.',
        'It was quiet',
      ),
    ).toBe('Ottoline Brackwater');
  });
  it('a rank before a noun that names no person makes no person', () => {
    expect(
      readLedger(
        'The jail was locked down on Monday. The former border Tallow Crossing was shut.\n\n"It was quiet until dawn," a guard said.',
      ).members.map((m) => m.name),
    ).not.toContain('Tallow Crossing');
  });
});

describe('a plan called off is no planned happening', () => {
  it('"said … that a … in June would not go ahead" drafts nothing for June', () => {
    expect(
      events(
        'The mill closed on Monday. Organisers said on Tuesday that a second festival on the quay in June would not go ahead.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('"The … in July will not take place" drafts nothing for July', () => {
    expect(events('The mill closed on Monday. The summer fair in July will not take place this year.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('a plan that goes ahead keeps its date', () => {
    expect(events('The mill closed on Monday. Organisers said the festival in June would go ahead.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-06', 'planned'],
    ]);
  });
});

describe('a company named by its metal or material is an organisation, also by its short name', () => {
  it('"In a notice to the stock exchange …, <Name> said" after "<Name> Steel" is the company\'s notice', () => {
    expect(
      readLedger(
        'Harrowgate Steel will close its last furnace on 18 December, the company said on Monday. In a notice to the stock exchange before trading opened on Monday, Harrowgate said the furnace had lost "more than 300 million marks" in five years.',
      ).speaker('more than'),
    ).toMatchObject({ name: 'Harrowgate Steel notice', kind: 'document' });
    expect(
      readLedger('Tollmarsh Cement said the kiln would be shut "for at least a year" after the fire.').speaker(
        'for at',
      ),
    ).toMatchObject({ name: 'Tollmarsh Cement', kind: 'organisation' });
  });
  it('a first name before "Steel" is a person\'s name', () => {
    expect(
      readLedger('The party lost the seat. Margaret Steel said the result was "a bitter blow" for the party.').speaker(
        'a bitter',
      ),
    ).toMatchObject({ name: 'Margaret Steel', kind: 'person' });
  });
});
