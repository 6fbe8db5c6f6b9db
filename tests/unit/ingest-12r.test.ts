import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates, readLedger, speakerOf } from '../ingest-read';

// The patterns of issue 12r, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('a plan the news overtook is no happening', () => {
  it('"had hoped / had planned to … <date>": what was meant to happen is no event, past or planned', () => {
    expect(
      events('Felmore Dairies shut its Ashby creamery on Tuesday. It had hoped to open a second plant next year.'),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(
      events(
        'The Harlow Trust sold the manor on Monday. The trust had planned to turn it into a museum by 2029; that idea is gone.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('"had been due to … <date>", also in a relative clause set off by commas', () => {
    expect(
      events(
        'Engineers found rust in the deck on Monday. The Osner footbridge, which had been due to reopen in March, is still shut.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events('Repairs to the Tolley lock began on Wednesday. Boats had been due to return to the canal in June.'),
    ).toEqual([['2026-05-13', 'reported']]);
  });
  it('"A concert planned for Saturday has been cancelled": the day of a plan called off is no happening\'s', () => {
    expect(
      events('The zoo closed on Monday. A night tour planned for Saturday has been cancelled, the zoo said.'),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(events('The pier shut on Monday. A fireworks show scheduled for Friday was called off.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
    // A plan that goes ahead keeps its day.
    expect(events('A fireworks show planned for Saturday will go ahead.')).toEqual([['2026-05-16', 'planned']]);
  });
  it('a plan told in the present, or a happening after "but", is still dated', () => {
    expect(events('The Marren ferry is due to resume sailings on Saturday.')).toEqual([['2026-05-16', 'planned']]);
    expect(events('The firm plans to open a second plant next year.')).toEqual([['2027', 'planned']]);
    expect(events('The museum had been due to close for good, but it reopened on Tuesday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
    expect(events('The council had agreed to sell the depot in March.')).toEqual([['2026-03', 'reported']]);
  });
});

describe('"since" after an ordinal or a superlative is a comparison point', () => {
  it('"the first X on Y since <year>": an ordinal with a longer noun phrase still counts from the date', () => {
    expect(
      events(
        'Dockers at Harrowby walked out on Tuesday, the first stoppage at the northern quays since 1989, closing two berths.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(
      events('Snow fell on Carlan Bay on Monday, the first fall of the year on the south coast since 2013.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('"…, who said the rise was the steepest since <year>": a relative clause is not dated by the comparison point', () => {
    expect(
      events(
        'The pound fell 3% on Monday. The move surprised Edda Strand, an economist at Varrow Bank, who said the drop was the steepest in a single day since 2008.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events(
        'Turnout was 31% on Tuesday. The figure was welcomed by Colm Ardee, a pollster at Dunmore College, who noted it was the lowest for a council vote since 1974.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a happening in a "since" clause, or a state kept since a date, is still dated', () => {
    expect(events('It was the first time the Orle had flooded since it was dammed in 1961.')).toEqual([
      ['1961', 'reported'],
    ]);
    // 12ss: a state since a year before this one is background.
    expect(events('Marta Vell, who has run the gallery since 2015, resigned on Monday.')).not.toContainEqual([
      '2015',
      'reported',
    ]);
    expect(events('The first flight of the new airline left Orsa on Monday.')).toEqual([['2026-05-11', 'reported']]);
  });
});

describe('"In a letter to X, which Y has seen, Z said …": the text named before its author, with a relative clause set off', () => {
  it("is the author's letter", () => {
    expect(
      speakerOf(
        'In a letter to the council dated 2 May, which the Ledger has seen, Harlow Quarries said it would "not accept a penny of the blame" for the flooding.',
        'not accept a penny',
      ),
    ).toMatchObject({ name: expect.stringMatching(/Harlow Quarries.*letter/), kind: 'document' });
    expect(
      speakerOf(
        'In a submission to the inquiry, which was made public on Monday, the Orlent Water Board described the leak as "small and fully contained".',
        'small and fully',
      ),
    ).toMatchObject({ name: expect.stringMatching(/Orlent Water Board.*submission/), kind: 'document' });
  });
  it("a statement with no text named before it stays its speaker's", () => {
    expect(
      speakerOf(
        'At the meeting, which lasted two hours, Harlow Quarries said it would "not accept a penny of the blame" for the flooding.',
        'not accept a penny',
      ),
    ).toMatchObject({ name: 'Harlow Quarries' });
    expect(
      speakerOf(
        'In an interview on Monday, which ran for an hour, Dara Quell said the plan was "dead in the water".',
        'dead in the water',
      ),
    ).toMatchObject({ name: 'Dara Quell', kind: 'person' });
  });
});

describe('a day and month before a clause set off by commas keep their day', () => {
  it('"a letter dated 2 May, which …": the words quoted from it are of that day, and the letter is no event', () => {
    const text =
      'In a letter to the council dated 2 May, which the Ledger has seen, Harlow Quarries said it would "not accept a penny of the blame".';
    expect(planQuoteDates(text)).toEqual([['not accept a penny of the blame', '2026-05-02']]);
    expect(events(text)).toEqual([]);
    expect(
      planQuoteDates(
        'The regulator wrote to the bank in a notice dated 7 April, which was made public on Tuesday, that its controls were "weak and poorly tested".',
      ),
    ).toEqual([['weak and poorly tested', '2026-04-07']]);
  });
  it('a date with no clause set off after it reads as before', () => {
    expect(events('The board met on Friday, 8 May, and agreed the sale.')).toEqual([['2026-05-08', 'reported']]);
    expect(events('The nurses have called a further strike from Thursday, 21 May, and say more could follow.')).toEqual(
      [['2026-05-21', 'planned']],
    );
    expect(events('The museum reopened in March 2024 after a long refit.')).toEqual([['2024-03', 'reported']]);
  });
});

describe('"the <Place> Department of <Subject>": a place name before the body\'s word is part of its name', () => {
  it('is the body, and "In a statement, …" its statement', () => {
    expect(
      speakerOf(
        'In a statement on Monday, the Marrow Department of Forestry said its rangers would "walk every mile of the fence".',
        'walk every mile',
      ),
    ).toMatchObject({ name: 'Marrow Department of Forestry statement', kind: 'document' });
    expect(
      speakerOf(
        'The Kelby Ministry of Fisheries said the quota was "the lowest we can responsibly set".',
        'the lowest we',
      ),
    ).toMatchObject({ name: 'Kelby Ministry of Fisheries' });
  });
  it('a title or a person before the word is not part of the name', () => {
    expect(
      speakerOf('Bank of Vantor Governor Ida Lund said rates would "stay put for now".', 'stay put'),
    ).toMatchObject({ name: 'Ida Lund', kind: 'person' });
    expect(speakerOf('The Department of Health said the ward was "safe to reopen".', 'safe to reopen')).toMatchObject({
      name: 'Department of Health',
    });
  });
});

describe('"the <Word> and <Word> <Body>": a body\'s name joined by "and" is one organisation', () => {
  it('is the whole name, also as the author of a text named before it', () => {
    expect(
      speakerOf('The Rail and Road Safety Board said the crossing was "never designed for lorries".', 'never designed'),
    ).toMatchObject({ name: 'Rail and Road Safety Board' });
    expect(
      speakerOf(
        'In its annual report, published on Monday, the Fish and Forestry Agency said stocks were "at a thirty-year low".',
        'at a thirty-year',
      ),
    ).toMatchObject({ name: expect.stringMatching(/^Fish and Forestry Agency .*report/), kind: 'document' });
  });
  it('two people or two bodies joined by "and" stay apart', () => {
    // Two speakers at once: each is proposed, the words go to neither.
    const members = (t: string) => readLedger(t).members.map((m) => m.name);
    expect(members('The mayor and Dara Quell said the plan was "dead in the water".')).toEqual(['Dara Quell']);
    expect(members('The Harbour Board and Kelby Council said the pier was "beyond repair".')).toEqual([
      'Harbour Board',
      'Kelby Council',
    ]);
    expect(
      speakerOf('The Harbour Board and Kelby Council said the pier was "beyond repair".', 'beyond repair'),
    ).toBeUndefined();
  });
});

describe('"according to Ms X\'s agent, Y": a name in the possessive owns the title of the person named after it', () => {
  it('is the person named after the title', () => {
    expect(
      speakerOf(
        'Ilse Varro won the mayoralty on Sunday. The count took nine hours, "far longer than it should", according to Ms Varro\'s agent, Tomas Brell.',
        'far longer',
      ),
    ).toMatchObject({ name: 'Tomas Brell' });
    expect(
      speakerOf(
        'Piet Okafor was charged on Monday. The case was "thin from the start", said Mr Okafor\'s lawyer, Dana Reyes.',
        'thin from the start',
      ),
    ).toMatchObject({ name: 'Dana Reyes' });
  });
  it('a name not in the possessive is still the speaker', () => {
    expect(
      speakerOf(
        'Ilse Varro won the mayoralty on Sunday. The count was "far longer than it should", according to Ms Varro.',
        'far longer',
      ),
    ).toMatchObject({ name: 'Ilse Varro' });
    expect(
      speakerOf(
        'The case was "thin from the start", said Dana Reyes, a lawyer for Piet Okafor.',
        'thin from the start',
      ),
    ).toMatchObject({ name: 'Dana Reyes' });
  });
});

describe('"That was the verdict of X" after a quote names whose the words are', () => {
  it('is the person named', () => {
    expect(
      speakerOf(
        'Hal Denner, the club chairman, spoke first. "The ground is tired and so are we." That was the verdict of Dr Mira Stoll, a historian of the club.',
        'The ground is tired',
      ),
    ).toMatchObject({ name: 'Mira Stoll' });
    expect(
      speakerOf(
        'Rena Osk chaired the meeting. "Nobody here wants a fight." Such was the view of Tam Rudd, a parent at the school.',
        'Nobody here',
      ),
    ).toMatchObject({ name: 'Tam Rudd' });
  });
  it('a verdict of a court or a view of a place is no speaker', () => {
    expect(
      speakerOf(
        'Hal Denner, the club chairman, spoke first. "The ground is tired and so are we," he said. That was the view of many fans.',
        'The ground is tired',
      ),
    ).toMatchObject({ name: 'Hal Denner' });
    expect(
      speakerOf(
        'Hal Denner, the club chairman, spoke first. "The ground is tired and so are we," he said. That was the verdict of Judge Ana Roe in 2019.',
        'The ground is tired',
      ),
    ).toMatchObject({ name: 'Hal Denner' });
  });
});

describe('"according to the board\'s vice-chair, Cllr X": a second in an office, and a councillor\'s title before the name', () => {
  it('is the person named after the title', () => {
    expect(
      speakerOf(
        'Ruth Amble opened the debate. According to the panel\'s vice-chair, Cllr Owen Tarr, the plan "will need a second look".',
        'will need a second',
      ),
    ).toMatchObject({ name: 'Owen Tarr' });
    expect(
      speakerOf(
        'Ruth Amble opened the debate. The plan "will need a second look", according to the trust\'s co-chair, Lena Fosse.',
        'will need a second',
      ),
    ).toMatchObject({ name: 'Lena Fosse' });
  });
  it('a chair that is furniture, or a role with nobody named, is no person named', () => {
    expect(
      speakerOf(
        'Ruth Amble opened the debate. According to the panel\'s vice-chair, the plan "will need a second look".',
        'will need a second',
      ),
    ).not.toMatchObject({ name: 'Ruth Amble' });
    expect(
      speakerOf(
        'Ruth Amble sat on a chair, Owen Tarr beside her. "It will need a second look," she said.',
        'It will need',
      ),
    ).toMatchObject({ name: 'Ruth Amble' });
  });
});

describe('"A court … quashed X, ruling that …": a court\'s words after "ruling that" are its ruling\'s', () => {
  it("is the court's ruling, a document", () => {
    expect(
      speakerOf(
        'An appeals court on Friday overturned the fine, ruling that Harlow Water had been punished for a leak that was "wholly outside its control".',
        'wholly outside',
      ),
    ).toMatchObject({ name: expect.stringMatching(/^Appeals court .*ruling$/), kind: 'document' });
    expect(
      speakerOf(
        'A labour tribunal upheld the dismissal on Monday, ruling that the nurse had shown "a reckless disregard for patients".',
        'a reckless disregard',
      ),
    ).toMatchObject({ name: expect.stringMatching(/^Labour tribunal .*ruling$/), kind: 'document' });
  });
  it('a ruling as a noun, or a person ruling, is not', () => {
    expect(
      speakerOf(
        'The ruling, which came on Friday, angered Dara Quell, who called it "a gift to polluters".',
        'a gift to polluters',
      ),
    ).toMatchObject({ name: 'Dara Quell' });
    expect(
      speakerOf(
        'A court heard on Monday that Piet Okafor had been "ruling the estate by fear", according to the prosecutor, Ana Roe.',
        'ruling the estate',
      ),
    ).toMatchObject({ name: 'Ana Roe' });
  });
});

describe('a weekday before the noun it qualifies says which kind, not when', () => {
  it('"cut Saturday letter deliveries in 2019", "its Sunday bus service": the other date dates the happening', () => {
    expect(events('The Kelby post office cut Saturday parcel collections in 2021.')).toEqual([['2021', 'reported']]);
    expect(events('The council scrapped its Sunday bus service on Monday.')).toEqual([['2026-05-11', 'reported']]);
    expect(events('The Orle library ended its Saturday book club in March.')).toEqual([['2026-03', 'reported']]);
  });
  it('a weekday before a time of day, alone, or after a preposition is a date', () => {
    expect(events('Fans gathered Saturday night outside the ground.')).toEqual([['2026-05-09', 'reported']]);
    expect(events('Crowds gathered on Saturday outside the ground.')).toEqual([['2026-05-09', 'reported']]);
    expect(events('The army said Monday government troops had retaken the port of Vell.')).toContainEqual([
      '2026-05-11',
      'reported',
    ]);
    expect(events('The Orle ferry resumed sailings Tuesday after a week of storms.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe("a quote opening the paragraph after one that only tells a person's answer is that person's", () => {
  it('"X rejected that reading." / "Y disagreed." then a paragraph of words', () => {
    const text =
      'The council said the flood map was sound.\n\nMr Orrin Dale, who chairs the residents\' group, rejected that claim.\n\n"We have watched the water come up the lane three winters running."';
    expect(speakerOf(text, 'We have watched')).toMatchObject({ name: 'Orrin Dale' });
    const other =
      'The board backed the merger on Monday.\n\nIlse Varro, the longest-serving trustee, disagreed.\n\n"Two small schools are not one good school."';
    expect(speakerOf(other, 'Two small schools')).toMatchObject({ name: 'Ilse Varro' });
  });
  it('a paragraph that tells more than an answer gives the next quote no speaker of its own', () => {
    const text =
      'The council said the flood map was sound.\n\nMr Orrin Dale, who chairs the residents\' group, moved to the town in 2011.\n\n"We have watched the water come up the lane three winters running."';
    expect(speakerOf(text, 'We have watched')).toBeUndefined();
    const other =
      'Ilse Varro, the longest-serving trustee, disagreed with the plan and voted against it on Monday, officials said.\n\n"Two small schools are not one good school."';
    expect(speakerOf(other, 'Two small schools')).toBeUndefined();
  });
});
