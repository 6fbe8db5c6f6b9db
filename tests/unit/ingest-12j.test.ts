import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/ingest/segment';
import {
  planEvents as events,
  planQuoteDates as quoteDates,
  readLedger as read,
  readQuotes,
  speakerOf,
} from '../ingest-read';

// The patterns of issue 12j, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('names', () => {
  /** A registry that knows a person by her surname alone. */
  const known = [
    {
      id: 'orla-tamsin',
      data: { name: 'Orla Tamsin', aliases: ['Tamsin'], kind: 'person' as const, roles: [] },
    },
  ];
  const readKnown = (text: string) => readQuotes(text, { publisher: 'Quillon Ledger', known });
  it('a known surname is no part of a hyphenated one ("Tamsin" in "Tamsin-Roald")', () => {
    const text = '"The fares will stay where they are," Chief Operating Officer Edvin Tamsin-Roald said on Friday.';
    expect(speakerOf(text, 'The fares will', readKnown)).toMatchObject({ name: 'Edvin Tamsin-Roald' });
  });
});

describe('speakers', () => {
  it('"X, a spokesman for <Title> Y, declined to … but said …": the coordinated speech verb is the spokesman’s', () => {
    const text =
      'Halvard Moen-Strick, a spokesman for Housing Minister Clara Dunwell-Ash, would not discuss the budget but said the minister "wants the first homes finished by spring."';
    expect(speakerOf(text, 'wants the first homes')).toMatchObject({ name: 'Halvard Moen-Strick' });
  });
  it('"A spokeswoman for <Title> Y said …. "…," she said.": "she" is the unnamed spokeswoman, not a woman named before', () => {
    const text = [
      'Dr Imke Sollard-Vey, the board’s chief nurse, said the wards were full.',
      'A spokeswoman for Care Secretary Bruno Falkirk-Aune said the secretary would visit the wards on Monday. "The secretary wants every ward reopened by June," she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'The secretary wants')).toMatchObject({ anonymous: true });
  });
});

describe('quotes and their attribution', () => {
  it('“…?” she replied: a question in quotes does not end the sentence before its attribution', () => {
    const text =
      'Mayor Thomas Renquist and councillor Ysolde Marchetti-Brun clashed over the budget on Monday. “We cannot pay for both,” he said. “So why did you promise both?” she replied.';
    expect(speakerOf(text, 'We cannot pay')).toMatchObject({ name: 'Thomas Renquist' });
    expect(speakerOf(text, 'So why did you')).toMatchObject({ name: 'Ysolde Marchetti-Brun' });
  });
  it('"according to the firm’s chief engineer, Dr X": the person named after the description', () => {
    const text =
      'Some of the cables would last "another fifty years, perhaps longer," according to the firm’s chief engineer, Dr Linnea Ostrova-Pike.';
    expect(speakerOf(text, 'another fifty years')).toMatchObject({ name: 'Linnea Ostrova-Pike', anonymous: false });
  });
  it('"Her colleague X, 41, objected: “…”": a quote after a colon is the subject’s, not the speaker’s before', () => {
    const text =
      'At the depot on Monday, drivers were split. “The new routes are fine,” said Gunnar Lestrade-Ohm, 52. His colleague Rosalind Achebe-Varn, 41, objected: “They doubled my shift overnight.”';
    expect(speakerOf(text, 'They doubled')).toMatchObject({ name: 'Rosalind Achebe-Varn' });
  });
  it('a quote opening the article, then "<Role> X, 61, was describing …": the quote is the subject’s', () => {
    const text =
      'ASHBY, Norland (QL) — "The whole street smelled of burnt sugar."\n\nLorry driver Ottilie Franzen-Moss, 61, was describing the lane as she found it before dawn on Monday, hours after the factory fire.';
    expect(speakerOf(text, 'The whole street')).toMatchObject({ name: 'Ottilie Franzen-Moss' });
  });
});

describe('not quotes', () => {
  it('a term after "nicknamed" is a name, not words someone said', () => {
    const { quotes } = read('On the estate the new bus lane has already been nicknamed "the slow road".');
    expect(quotes.map((q) => q.quote)).toEqual([]);
  });
});

describe('unnamed sources relayed by another outlet', () => {
  it('"According to the <Place> Gazette, …. "…," one player told the newspaper": the newspaper is the one named by its name', () => {
    const text =
      'According to the Orrisford Gazette, the club has already spoken to former goalkeeper Anders Bellamy-Roe. "He is the only name on the list," one player told the newspaper.';
    const s = read(text).speaker('He is the only name');
    expect(s).toMatchObject({ anonymous: true });
    expect(s && read(text).cast.members.get(s.via ?? '')?.name).toBe('Orrisford Gazette');
  });
  it('"A fourth official, quoted by the daily Y, said": the outlet in the apposition relayed the words', () => {
    const text =
      'A fourth official, quoted by the daily Harwick Courant, said the mayor had "lost the room weeks ago."';
    const s = read(text).speaker('lost the room');
    expect(s).toMatchObject({ anonymous: true });
    expect(s && read(text).cast.members.get(s.via ?? '')?.name).toBe('Harwick Courant');
  });
  it('"A second officer told the newspaper …": lower-case words read as a title are a description, not a name', () => {
    const text =
      'The Halbury Evening Post reported that crews had been asked to stay on. A second officer told the newspaper she had been promised "double wages for the whole winter."';
    expect(speakerOf(text, 'double wages')).toMatchObject({
      anonymous: true,
      name: expect.stringMatching(/^A second officer/),
    });
  });
});

describe('bodies and their texts', () => {
  it('"Zentra, the largest app among students, said in a statement": a company of one word, and its statement', () => {
    const text =
      'Zentra, the largest messaging app among students, said in a statement that it would "review every account by hand before the deadline".';
    expect(speakerOf(text, 'review every account')).toMatchObject({ name: 'Zentra statement', kind: 'document' });
  });
  it('"In a statement Friday, Zentra said it "…"": a company of one word after the statement it spoke in', () => {
    const text =
      'In a statement Friday, Zentra said it "regrets any distress caused to its users" and would refund them.';
    expect(speakerOf(text, 'regrets any distress')).toMatchObject({ name: 'Zentra statement', kind: 'document' });
  });
  it('"In a statement, Harbury Wanderers said …": a sports club’s name is a body’s, and the words its statement', () => {
    const text = 'In a statement, Harbury Wanderers said the club had "paid every creditor in full".';
    expect(speakerOf(text, 'paid every creditor')).toMatchObject({
      name: 'Harbury Wanderers statement',
      kind: 'document',
    });
  });
  it('"the report said" after a company’s statement: a report is no statement quoted before it', () => {
    const text = [
      'The Oberlin Freight Company said in a statement that it would "appeal the fine".',
      'The fine follows a review by the Harbour Inspectorate, published in March, which found 40 faults. "Not one crane had been checked in a year," the report said.',
    ].join('\n\n');
    expect(speakerOf(text, 'Not one crane')?.name).not.toBe('Oberlin Freight Company statement');
  });
  it('"In the order, Judge X wrote that …": a judge’s order is her document', () => {
    const text =
      'The Appeal Court froze the accounts on Friday. In the order, Judge Wilma Trask-Odene wrote that there was "a clear danger the funds would vanish".';
    expect(speakerOf(text, 'a clear danger')).toMatchObject({ kind: 'document', name: 'Wilma Trask-Odene order' });
  });
  it('"X resigned on Friday in a letter …. He wrote that …": the words are in his letter', () => {
    const text =
      'The transport minister, Bertil Sandoval-Hope, resigned on Friday in a letter published by the cabinet office. He wrote that he was going "with my head high and the tunnel half dug."';
    expect(speakerOf(text, 'with my head high')).toMatchObject({
      kind: 'document',
      name: 'Bertil Sandoval-Hope letter',
    });
  });
  it('"the judge wrote in a 90-page ruling": a ruling with its length is the judge’s document', () => {
    const text =
      'Judge Anneliese Ward-Okoro jailed the treasurer for four years. "He lied to every member of the club," the judge wrote in a 90-page ruling.';
    expect(speakerOf(text, 'He lied to every')).toMatchObject({ kind: 'document' });
  });
  it('"In a letter to families dated …, the head of Y, X, wrote": the letter is the named person’s document', () => {
    const text =
      'In a letter to families dated 3 March, the director of Harlow Green School, Benedikt Aasen-Moor, wrote that pupils "must bring a packed lunch until the kitchen reopens".';
    expect(speakerOf(text, 'must bring a packed')).toMatchObject({
      kind: 'document',
      name: 'Benedikt Aasen-Moor letter',
    });
  });
  it('"In its written decision, dated …, it found": a body’s decision is its document', () => {
    const text =
      'The Harrow Rowing Board banned the crew on Monday. In its written decision, dated 2 May, it found that the boat had been "altered after the official weigh-in".';
    expect(speakerOf(text, 'altered after')).toMatchObject({ kind: 'document' });
  });
});

describe('sentences', () => {
  it('"at about 9:15 p.m. Friday" does not end the sentence; "p.m." before a new sentence still does', () => {
    const text =
      'The pier collapsed at about 9:15 p.m. Friday after a week of storms, the council said. The ferry left at 10 p.m. Nobody was hurt.';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'The pier collapsed at about 9:15 p.m. Friday after a week of storms, the council said.',
      'The ferry left at 10 p.m.',
      'Nobody was hurt.',
    ]);
  });
});

describe('dates', () => {
  it('"opened on Monday and will run until 30 June": a past clause and a planned run, each with its own date', () => {
    expect(events('Free flu clinics opened at four libraries on Monday and will run until 30 June.')).toEqual(
      expect.arrayContaining([
        ['2026-05-11', 'reported'],
        ['2026-06-30', 'planned'],
      ]),
    );
  });
  it('"the closure would continue until Sunday": the end of a planned run is a planned happening', () => {
    expect(events('The harbour authority said on Wednesday that the closure would continue until Sunday.')).toEqual([
      ['2026-05-17', 'planned'],
    ]);
  });
  it('a dateline with the day before the month ("ARNHOLT, 14 May (QL) –") is no date of the lead', () => {
    expect(events('ARNHOLT, 14 May (QL) – The town council voted on Wednesday to close the old lido.')).toEqual([
      ['2026-05-13', 'reported'],
    ]);
  });
  it('"In a letter to the council dated 2 May, X wrote: "I expect to …"": the date a letter bears is no happening', () => {
    expect(
      events(
        'In a letter to the council dated 2 May, Dame Olwen Harker wrote: "I expect to see the pool reopened within 60 days."',
      ),
    ).toEqual([]);
  });
  it('a scene opening its paragraph, with only quotes after it there, is no event', () => {
    const body = [
      'The town council voted on Wednesday to close the old lido.',
      'Outside the lido in Arnholt on Thursday morning, swimmers were divided. "Close it and be done," said Hal Brennock-Ives, 70. His neighbour Ada Penrose-Vint, 68, disagreed: "We swam here as children."',
    ].join('\n\n');
    expect(events(body)).toEqual([['2026-05-13', 'reported']]);
  });
  it('"cancelled its sailings for Thursday" in a Thursday’s article is that day, not a week on', () => {
    expect(events('The ferry company cancelled 40 of its 52 sailings for Thursday.')).toEqual([
      ['2026-05-14', 'reported'],
    ]);
  });
  it('"… and warned of more delays through Saturday": words about something are a remark, not a happening', () => {
    expect(
      events('The rail operator scrapped 30 trains on Tuesday and warned of more delays through Saturday.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a dateline in title case ("Orrin (Vessaly) (QL) -") opens a lead whose past finding is dated by nothing', () => {
    expect(
      events(
        'Orrin (Vessaly) (QL) - A Vessalian ferry sank after it struck a reef, the coast guard said Thursday, leaving oil along the shore.',
      ),
    ).toEqual([]);
  });
  it('"X and Y clashed over the cuts on national television on Monday" is a scene of speaking, no event', () => {
    const body =
      'Finance Minister Oren Halsby and opposition leader Greta Mollen-Sard clashed over the cuts on national television on Monday. "We had no choice," he said.';
    expect(events(body)).toEqual([]);
  });
  it('"<Role> X, 61, was describing the lane as she found it on Monday" is a scene of speaking, no event', () => {
    const body =
      '"The whole street smelled of burnt sugar."\n\nLorry driver Ottilie Franzen-Moss, 61, was describing the lane as she found it before dawn on Monday.';
    expect(events(body)).toEqual([]);
  });
  it('"Speaking in Orsa on Monday, X called the plan …" and "X, who led the campaign, spoke to supporters on Tuesday" are scenes of speaking', () => {
    expect(
      events('Speaking in Orsa on Monday, Prime Minister Tova Lindqvist called the plan "a gift to our rivals".'),
    ).toEqual([]);
    expect(
      events(
        'The mayor, Jonas Pelletier-Ruud, who led the "Keep It Open" campaign, spoke to supporters in the square on Tuesday.',
      ),
    ).toEqual([]);
  });
  it('"Speaking in Orsa on Monday, X said inspectors had found … last year": the dated happening reported is news', () => {
    expect(
      events(
        'Speaking in Orsa on Monday, Labour Minister Tova Lindqvist said inspectors had found cracks in the dam last year.',
      ),
    ).toEqual([['2025', 'reported']]);
  });
  it('"Tuesday’s loss was the club’s third in five games" says what a dated thing was: no event of its own', () => {
    expect(events('Tuesday’s loss was the club’s third in five games.')).toEqual([]);
  });
  it('"… and took the side to the final of the 2023 Harbour Shield" is dated by the year before the noun', () => {
    expect(
      events(
        'Brandt-Oyelaran, 55, had coached the side since May 2021 and took it to the final of the 2023 Harbour Shield.',
      ),
    ).toEqual(expect.arrayContaining([['2023', 'reported']])); // 12ss: "since May 2021" is background
  });
  it('"after a 1958 fire that gutted the hall": a year before a noun after "a" dates that happening', () => {
    expect(events('Locals still call the square "the Ashes," after a 1958 fire that gutted the old hall.')).toEqual([
      ['1958', 'reported'],
    ]);
  });
  it('"impounded since the 2017 border clash": a year before a noun is no start of the state', () => {
    expect(
      events('The two councils met on Monday to discuss the return of boats impounded since the 2017 border clash.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('"The winner of this year’s regatta has been disqualified": "this year’s" says which regatta, not when', () => {
    expect(events('The winner of this year’s Ostmere Regatta has been disqualified after a weight check.')).toEqual([]);
  });
  it('"had left on Sunday night with a load the driver said would reach …": a past perfect keeps the day past', () => {
    expect(
      events(
        'A witness told the paper the lorry had left on Sunday night with a load the driver hoped would reach the port by dawn.',
      ),
    ).toEqual([['2026-05-10', 'reported']]);
  });
  it('"X announced last week that Y would … from next month": the planned happening reported, not the announcement', () => {
    expect(
      events('The council announced last week that two extra buses would run on the coast route from next month.'),
    ).toEqual([['2026-06', 'planned']]);
  });
  it('"… by Friday and to resume full service early next week": "next week" lies ahead whatever the verb', () => {
    expect(
      events('The mayor said the line was expected to reopen by Friday and to resume full service early next week.'),
    ).toEqual(expect.arrayContaining([['2026-05', 'planned']]));
  });
  it('"… had received a flood warning the previous day but …": the day before the last day dated', () => {
    const body = [
      'The river burst its banks on Tuesday night, flooding 200 homes.',
      'The council had received a flood warning the previous day but decided against an evacuation.',
    ].join('\n\n');
    expect(events(body)).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
  it('"The last, in 2003, ended after nine days": a length of time, so the year dates it', () => {
    expect(events('The last siege, in 2003, ended after nine days when the gunman gave himself up.')).toEqual([
      ['2003', 'reported'],
    ]);
  });
  it('"bells made by a local foundry in 1790 will be rehung next month": the past clause ends before the future verb', () => {
    expect(events('Six bronze bells made by a Harlow foundry in 1790 will be rehung in the tower next month.')).toEqual(
      expect.arrayContaining([
        ['2026-06', 'planned'],
        ['1790', 'reported'],
      ]),
    );
  });
  it('"shortly before 9 p.m. Tuesday" is the time of a happening, not a bound', () => {
    expect(
      events('Two inmates climbed over the yard wall shortly before 9 p.m. Tuesday, the prison service said.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('quote dates', () => {
  it('quotes in the paragraph after "X told reporters on Tuesday." continue that dated statement', () => {
    const body = [
      'The regulator opened an inquiry last month. A ban is possible, agency head Mirela Oduya-Kast told reporters on Tuesday.',
      '"If a ban is needed, we will impose it," she said. "Nobody is above the rules."',
    ].join('\n\n');
    expect(quoteDates(body)).toEqual([
      ['If a ban is needed, we will impose it', '2026-05-12'],
      ['Nobody is above the rules.', '2026-05-12'],
    ]);
  });
  it('"said in a letter to …, published on Tuesday, that she could no longer "…"": the day the letter came out', () => {
    const body =
      'Ines Marrow-Beck, who took over the port authority in 2021, said in a letter to the harbour board, published on Tuesday, that she could no longer "defend a budget I do not believe in."';
    expect(quoteDates(body)).toEqual([['defend a budget I do not believe in', '2026-05-12']]);
  });
  it('"…," X wrote on social media that evening": the day the last dated sentence named', () => {
    const body = [
      'At 8:40 on Monday morning, Oskar Thelin-Rowe found his office locked.',
      '"Nine years, and nobody told me," Thelin-Rowe, a senior engineer, wrote on social media that evening.',
    ].join('\n\n');
    expect(quoteDates(body)).toEqual([['Nine years, and nobody told me', '2026-05-11']]);
  });
});
