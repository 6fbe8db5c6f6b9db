import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates, readLedger } from '../ingest-read';

// The patterns of issue 12ac, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"The band, led by Ilse Mara Tove, won": the agent of a participle set off by commas is a person', () => {
  it('a three-word name after "conducted by" is the person a later bare surname speaks for', () => {
    const text =
      'The Fenmark Youth Orchestra, conducted by Tovelina Brisk Ardmoor, won the regional cup on Saturday.\n\n"They played out of their skins," Ardmoor said after the final.';
    expect(readLedger(text).who).toEqual({ 'They played out of their skins': 'Tovelina Brisk Ardmoor' });
  });
  it('"coached by" with a three-word name, the surname quoted later', () => {
    const text =
      'The Oskby rowing eight, coached by Pella Marit Sundqvist, took gold on Sunday.\n\n"We trained in the dark all winter," Sundqvist said.';
    expect(readLedger(text).who).toEqual({ 'We trained in the dark all winter': 'Pella Marit Sundqvist' });
  });
  it('must not fire: "owned by Harbour Holdings Group," names no person', () => {
    const text =
      'The ferry, owned by Tessing Harbour Holdings, ran aground on Monday, and the coastguard closed the strait on Tuesday.\n\n"Nobody was hurt," said coastguard officer Lina Vorst.';
    const { members } = readLedger(text);
    expect(members.filter((m) => m.kind === 'person').map((m) => m.name)).toEqual(['Lina Vorst']);
  });
});

describe('""…," X said." after a scene, X introduced in an earlier paragraph: the words belong to the scene', () => {
  it("a surname quoted after a dated scene of its paragraph takes the scene's day", () => {
    const text =
      'The Fenmark Youth Orchestra, conducted by Tovelina Brisk Ardmoor, won the regional cup, the jury said.\n\nBack home, the players were met at the station by the mayor on Tuesday night. "We will play anywhere," Ardmoor said.';
    expect(planQuoteDates(text)).toEqual([['We will play anywhere', '2026-05-12']]);
  });
  it('must not fire: a speaker the paragraph introduces keeps the publication day', () => {
    const text =
      'The Fenmark Youth Orchestra won the regional cup, the jury said.\n\nBack home, the players were met at the station by the mayor on Tuesday night. "We will play anywhere," said conductor Tovelina Ardmoor.';
    expect(planQuoteDates(text)).toEqual([['We will play anywhere', '2026-05-14']]);
  });
  it('must not fire: "X told the paper that …" after a scene, X introduced before, keeps the publication day', () => {
    const text =
      'The Fenmark Youth Orchestra, conducted by Tovelina Brisk Ardmoor, won the regional cup, the jury said.\n\nThe players were met at the station by the mayor on Tuesday night, and the council agreed on Wednesday to pay for a parade. Ardmoor told the paper that the parade was "a lovely thought".';
    expect(planQuoteDates(text)).toEqual([['a lovely thought', '2026-05-14']]);
  });
});

describe('"should arrive by Saturday": "should" with a plain verb tells what is expected, so the day lies ahead', () => {
  it('"had been ordered and should arrive by Saturday" drafts a planned Saturday', () => {
    const text =
      'The Dunholt pool closed on Monday.\n\nThe manager said a new filter had been ordered and should arrive by Saturday.';
    expect(events(text)).toContainEqual(['2026-05-16', 'planned']);
  });
  it('must not fire: "should have arrived on Saturday" is past', () => {
    const text =
      'The Dunholt pool closed on Monday.\n\nThe manager said the new filter should have arrived on Saturday.';
    expect(events(text)).not.toContainEqual(['2026-05-16', 'planned']);
  });
  it('must not fire: "arrived on Saturday, and the pool reopened on Tuesday" keeps both days past', () => {
    const text =
      'The Dunholt pool closed on Monday.\n\nThe manager said the new filter arrived on Saturday, and the pool reopened on Tuesday.';
    expect(events(text)).not.toContainEqual(['2026-05-16', 'planned']);
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('"in 2019, when it stopped on 3 November": a day without a year in a "when" clause after a year is in that year', () => {
  it('"last cut its sailings in 2019, when it stopped on 3 November" drafts 2019-11-03', () => {
    const text =
      'The ferry line cut its winter sailings on Monday.\n\nThe line last cut its sailings in 2019, when it stopped on 3 November.';
    expect(events(text)).toContainEqual(['2019-11-03', 'reported']);
    expect(events(text)).not.toContainEqual(['2025-11-03', 'reported']);
  });
  it('must not fire: "in 2019, and the council closed the pier on 3 March" keeps the last 3 March', () => {
    const text =
      'The ferry line cut its winter sailings on Monday.\n\nThe line last cut its sailings in 2019, and the council closed the pier on 3 March.';
    expect(events(text)).toContainEqual(['2026-03-03', 'reported']);
  });
});

describe('"The stag, found in 1954, was lent in 1993": the main verb\'s date dates the sentence, not the participle aside', () => {
  it('"X, found … in 1954, was lent … in 1993" drafts 1993 for the loan', () => {
    const text =
      'The museum said on Monday it would keep the statue.\n\nThe Orrin Stag, found in a field near the town of Orrin in 1954, was lent to Tarvik for an exhibition in 1993. The loan was extended twice.';
    expect(events(text)).toContainEqual(['1993', 'reported']);
  });
  it('must not fire: "was found in 1954, and the museum bought it in 1993" keeps both years', () => {
    const text =
      'The museum said on Monday it would keep the statue.\n\nThe Orrin Stag was found in 1954, and the museum bought it in 1993.';
    expect(events(text)).toEqual(
      expect.arrayContaining([
        ['1954', 'reported'],
        ['1993', 'reported'],
      ]),
    );
  });
});

describe('"…," said X, whose family has owned the mill since 1931: a state kept in a "whose" clause is no happening', () => {
  it('"whose family has owned the mill since 1931" drafts no 1931', () => {
    const text =
      'The Brisk Street mill will close in June.\n\n"We cannot go on," said Tobiah Marrell, whose family has owned the mill since 1931.';
    expect(events(text)).not.toContainEqual(['1931', 'reported']);
  });
  it('must not fire: "whose company has fined the firm twice since 2021" still dates', () => {
    const text =
      'The Brisk Street mill will close in June.\n\nThe mill was bought by Hollin Ltd, whose regulator has fined it twice since 2021, and the workers struck on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('"a painting it has kept since 1987": a relative without its pronoun, a verb of staying, is a state kept', () => {
  it('"demanded on Monday that the gallery return a painting it has kept since 1987" drafts no 1987', () => {
    const text =
      'The Orvane ministry demanded on Monday that the Tessby gallery return a painting it has kept since 1987.\n\nThe gallery refused.';
    expect(events(text)).not.toContainEqual(['1987', 'reported']);
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
  });
  it('must not fire: "The gallery said it has fined two visitors since 2021, and it closed a room on Tuesday" keeps Tuesday', () => {
    const text =
      'The Tessby gallery will reopen in June.\n\nThe gallery said it has fined two visitors since 2021, and it closed a room on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
});

describe('"1,300 members, up from 900 in 2018": the year a figure is compared with is no happening', () => {
  it('"now has 1,300 members, up from 900 in 2018" drafts no 2018', () => {
    const text =
      'The Tessby rowing club will build a new boathouse.\n\nThe club says it now has 1,300 members, up from 900 in 2018.';
    expect(events(text)).not.toContainEqual(['2018', 'reported']);
  });
  it('must not fire: "down from 4.1 million at the last count in 2016" keeps the count\'s year', () => {
    const text =
      'The census office published its figures on Tuesday.\n\nThe island has 3.9 million people, down from 4.1 million at the last count in 2016.';
    expect(events(text)).toContainEqual(['2016', 'reported']);
  });
  it('must not fire: "up from 900, and the club bought a second boat in 2018" keeps 2018', () => {
    const text =
      'The Tessby rowing club will build a new boathouse.\n\nThe club now has 1,300 members, up from 900, and it bought a second boat in 2018.';
    expect(events(text)).toContainEqual(['2018', 'reported']);
  });
});

describe('"after a dry March left the reservoir low": a month after "a" and an adjective is a kind of month, no date', () => {
  it('"after a dry March left the reservoir half empty" drafts no March', () => {
    const text = 'Tessby Water brought in a hosepipe ban on Tuesday after a dry March left the reservoir half empty.';
    expect(events(text)).not.toContainEqual(['2026-03', 'reported']);
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('must not fire: "the reservoir fell in March, and the ban began on Tuesday" keeps March', () => {
    const text = 'Tessby Water said the reservoir fell by a third in March, and the hosepipe ban began on Tuesday.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
});

describe('"said its director for the region, Dr X": a role before "for" or "in" and what it covers is a title before a name', () => {
  it('"…," said its director for the region, Dr X, gives the words to X', () => {
    const text =
      'The Tessby Arts Fund said it would look at a grant. "We know what the hall means to the town," said its director for the region, Dr Amrit Colhane.';
    expect(readLedger(text).who).toEqual({ 'We know what the hall means to the town': 'Amrit Colhane' });
  });
  it('must not fire: "…," said X, and its director for the region, Y, agreed on Monday: the words stay X\'s', () => {
    const text =
      'The Tessby Arts Fund said it would look at a grant. "We will help," said Tova Rhyn, and its director for the region, Amrit Colhane, agreed on Monday.';
    expect(readLedger(text).who).toEqual({ 'We will help': 'Tova Rhyn' });
  });
});

describe('"paid $90,000 to run it this winter, up from $70,000 last year": the time a figure is compared with is no date', () => {
  it('"up from $70,000 last year" drafts no last year', () => {
    const text =
      'The Tessby pool reopened on Monday.\n\nThe town paid Brisk Leisure $90,000 to run the pool this winter, up from $70,000 last year.';
    expect(events(text)).not.toContainEqual(['2025', 'reported']);
  });
  it('must not fire: "will get 1.2 billion next year, down from 1.5 billion this year" keeps next year', () => {
    const text =
      'The budget was published on Tuesday.\n\nThe space agency will get 1.2 billion crowns next year, down from 1.5 billion this year.';
    expect(events(text)).toContainEqual(['2027', 'planned']);
  });
  it('must not fire: "up from $70,000, and the town sold the pool last year" keeps last year', () => {
    const text =
      'The Tessby pool reopened on Monday.\n\nThe town paid $90,000, up from $70,000, and it sold the old pool last year.';
    expect(events(text)).toContainEqual(['2025', 'reported']);
  });
});

describe('"was set up on Monday and had gathered 3,000 signatures by Wednesday": a tally counted up to a time is no clause of its own', () => {
  it('drafts the founding only', () => {
    const text =
      'The Tessby pool will close in June.\n\nA campaign, Keep Tessby Swimming, was set up on Monday and had gathered more than 3,000 signatures by Wednesday.';
    expect(events(text)).toContainEqual(['2026-05-11', 'reported']);
    expect(events(text)).not.toContainEqual(['2026-05-13', 'reported']);
  });
  it('must not fire: "was set up on Monday and it met the mayor on Wednesday" drafts both days', () => {
    const text =
      'The Tessby pool will close in June.\n\nA campaign, Keep Tessby Swimming, was set up on Monday, and it met the mayor on Wednesday.';
    expect(events(text)).toEqual(
      expect.arrayContaining([
        ['2026-05-11', 'reported'],
        ['2026-05-13', 'reported'],
      ]),
    );
  });
});

describe('"Average rainfall in March has fallen by a fifth since the 1980s": a change measured since a time is a trend', () => {
  it('drafts no March', () => {
    const text =
      'Tessby Water brought in a hosepipe ban on Tuesday.\n\nAverage rainfall at 1,200 metres in the Orvane hills in March has fallen by a fifth since the 1980s, according to the weather office.';
    expect(events(text)).not.toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: "Rainfall fell by a fifth in March, and the ban began on Tuesday" keeps March', () => {
    const text = 'Tessby Water said rainfall fell by a fifth in March, and the hosepipe ban began on Tuesday.';
    expect(events(text)).toContainEqual(['2026-03', 'reported']);
  });
  it('must not fire: "X is to close 40 shops by March, blaming rents it says have risen since 2020" keeps March', () => {
    const text =
      'Brisk Books, the largest bookseller in Orvane, is to close 40 shops by the end of March, blaming rents that it says have risen 30 per cent since 2020.';
    expect(events(text)).toContainEqual(['2027-03', 'planned']);
  });
});

describe('"on Friday and Saturday nights": a weekday with a part of the day in the plural comes round every week', () => {
  it('"will put wardens at the rank on Friday and Saturday nights" drafts no Friday', () => {
    const text =
      'The Tessby council capped taxi licences on Tuesday.\n\nPolice backed a plan that will put wardens at the station rank on Friday and Saturday nights.';
    expect(events(text)).not.toContainEqual(['2026-05-15', 'planned']);
  });
  it('must not fire: "will put wardens at the rank on Friday night, and the cap began on Tuesday" keeps Friday', () => {
    const text =
      'The Tessby council will put wardens at the station rank on Friday night, and the cap on taxi licences began on Tuesday.';
    expect(events(text)).toContainEqual(['2026-05-15', 'planned']);
  });
});
