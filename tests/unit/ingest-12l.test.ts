import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates as quoteDates, readLedger as read, speakerOf } from '../ingest-read';

// The patterns of issue 12l, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('past dates', () => {
  it('"X filed for administration late Tuesday and said it would …": the day before the speech verb is past', () => {
    expect(
      events(
        'Harwell & Finch Ltd., the 80-year-old shipbuilder, filed for administration late Tuesday and said it would cut 400 jobs by the summer.',
      ),
    ).toEqual(expect.arrayContaining([['2026-05-12', 'reported']]));
  });
  it('"X filed for insolvency early Monday and said it would …" (no commas): a past verb just before the day makes it past', () => {
    expect(events('Tessaro Group filed for insolvency early Monday and said it would shed 900 jobs.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('"… was abolished on Monday under a pact with X, which is due to pay … in August": the relative clause is no part of the main happening', () => {
    const found = events(
      'The tariff, introduced in 2004 after a drought, was abolished on Monday under a pact with the Northern Trade Bank, which is due to pay a $300 million grant to Velsany in August.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['2026-05-11', 'reported'],
        ['2026-08', 'planned'],
      ]),
    );
    expect(found).not.toContainEqual(['2026-05-14', 'planned']);
  });
});

describe('titles before a name set off after a body', () => {
  it('"The chair of the tenants union, Cllr X, called …": a title makes the name a person, not the union', () => {
    const text =
      'The chair of the tenants union, Cllr Morwenna Treloar-Bish, called the plan "a betrayal of every renter" on Monday.';
    expect(speakerOf(text, 'a betrayal')).toMatchObject({ name: 'Morwenna Treloar-Bish', kind: 'person' });
  });
  it('"The head of the drugs team, Det Supt X, said": ranks in a row are all titles', () => {
    const text = 'The head of the drugs team, Det Supt Ianto Garrow, said the raids were "only the beginning".';
    expect(speakerOf(text, 'only the beginning')).toMatchObject({ name: 'Ianto Garrow', kind: 'person' });
  });
  it('"The treasurer of the rowing club, X, said": a role "of" a body names a person', () => {
    const text = 'The treasurer of the rowing club, Kesten Marrowby, said the loan was "a noose around our necks".';
    expect(speakerOf(text, 'a noose')).toMatchObject({ name: 'Kesten Marrowby', kind: 'person' });
  });
});

describe('names compromise does not know', () => {
  it('"X Y, leader of the …, called …": a role "of" a body set off after a name makes it a person', () => {
    const text =
      'Brannoc Vessleby, convenor of the Guild of Orrish Dockers, called the closure "a slow strangling" and said members would walk out on Friday.';
    expect(speakerOf(text, 'a slow strangling')).toMatchObject({ name: 'Brannoc Vessleby', kind: 'person' });
  });
  it('"…, baker Ysolde Marrack-Penn, 61, said …. "…," she said.": an age set off after a name makes it a person', () => {
    const text =
      'At the market on Friday, baker Ysolde Marrack-Penn, 61, said her flour bill had doubled. "Every sack is a gamble," she said.';
    expect(speakerOf(text, 'Every sack')).toMatchObject({ name: 'Ysolde Marrack-Penn', kind: 'person' });
  });
});

describe('a pronoun in a joint subject', () => {
  it('"He and the chair, X, met the press. "…," he said. She told them: "…"": "he" is the man met before, "she" the other', () => {
    const text = [
      'Osric Thallamy-Venn, convenor of the Guild of Orrish Dockers, called the ruling "a licence to sack".',
      'He and the guild\'s treasurer, Ingeborg Saltavik, met reporters at the gates on Friday morning. "We will appeal within the week," he said. She told the crowd: "Keep your badges on and your heads up."',
    ].join('\n\n');
    expect(speakerOf(text, 'We will appeal')).toMatchObject({ name: 'Osric Thallamy-Venn' });
    expect(speakerOf(text, 'Keep your badges')).toMatchObject({ name: 'Ingeborg Saltavik' });
  });
});

describe('companies', () => {
  it('"Its distributor, X Pictures, said in a statement …": a company word ends an organisation\'s name, so its words are its statement', () => {
    const text =
      'Its distributor, Marrowgate Pictures, said in a statement on Monday that the film was "a triumph of patience".';
    expect(speakerOf(text, 'a triumph')).toMatchObject({ name: 'Marrowgate Pictures statement', kind: 'document' });
  });
});

describe('documents', () => {
  it('"The certificate X signed for the lift, dated …, declared it "…"": the text its author made speaks, not the author', () => {
    const text =
      'Gethin Marlow, 44, was fined on Monday. The certificate Marlow signed for the lift, dated 3 March 2025, declared it "sound and safe for twelve passengers".';
    expect(speakerOf(text, 'sound and safe')).toMatchObject({ name: 'Gethin Marlow certificate', kind: 'document' });
  });
  it('"The chain listed debts … in its filing …, blaming "…"": the body named before speaks in its filing', () => {
    const text =
      'Marchbank Holdings filed for administration on Tuesday. The chain listed debts of $90 million in its filing with the district court, blaming "a collapse in footfall nobody could reverse".';
    expect(speakerOf(text, 'a collapse in footfall')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'a collapse in footfall')?.name).toBe('Marchbank Holdings filing');
  });
});

describe('a name and the body it serves', () => {
  it('"Det Sgt X Y of Z Police said": the name ends before "of" and the body', () => {
    const text =
      'Speaking outside the station on Friday, Det Sgt Morwenna Trevaskis of Ellerby Police said the raids sent "a message to every dealer in the valley".';
    expect(speakerOf(text, 'a message to every')).toMatchObject({ name: 'Morwenna Trevaskis', kind: 'person' });
  });
});

describe("a named person's report", () => {
  it('"In a report to the board dated …, the finance officer, X, wrote that … "…"": the report is the document', () => {
    const text =
      'In a report to the board dated 4 March, the club finance officer, Idris Pellowe-Stanning, wrote that the ground "cannot be insured beyond the summer".';
    expect(speakerOf(text, 'cannot be insured')).toMatchObject({
      name: 'Idris Pellowe-Stanning report',
      kind: 'document',
    });
  });
});

describe('quote dates', () => {
  it('"X will open on October 2, its promoter, Y, said in a statement on Tuesday, calling it "…"": the day of the speaking dates the quote', () => {
    expect(
      quoteDates(
        'The tour will open in Harlby on October 2, its promoter, Vellacourt Live, said in a statement on Tuesday, calling it "the loudest summer the north has heard".',
      ),
    ).toEqual([['the loudest summer the north has heard', '2026-05-12']]);
  });
});

describe('scenes of a day whose news is told elsewhere', () => {
  it('"In Harbour Square on Tuesday, strikers lit flares …" alone before a quote: a scene of the day\'s news, no event', () => {
    const found = events(
      [
        'Dock workers in Tessport walked out on Tuesday over a pay freeze.',
        'In Harbour Square on Tuesday, strikers lit flares and sang against what they called the "Marsh tax".',
        '"We have had enough," said Rolan Vestergaard, 51, a crane driver.',
      ].join('\n\n'),
    );
    expect(found).toEqual([['2026-05-12', 'reported']]);
  });
  it('"Outside the depot on Tuesday, driver X, 49, said she had …. "…," she said.": a speaker in the scene, no event', () => {
    const found = events(
      [
        'Bus drivers in Tessport walked out on Tuesday over a pay freeze.',
        'Outside the depot on Tuesday, driver Annika Solberg-Hale, 49, said she had driven the night route for 20 years. "Twenty years and no raise," she said.',
      ].join('\n\n'),
    );
    expect(found).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('words chrono misreads', () => {
  it('"on the morning of 3 February 2025": the day, not this morning', () => {
    expect(
      events('The ferry Skarvholm was found drifting off Pellan Point on the morning of 3 February 2025.'),
    ).toEqual([['2025-02-03', 'reported']]);
  });
  it('"sat in the front row": "sat" is no Saturday', () => {
    expect(events('His widow, Ottilie Brannagh, and their son sat in the front row of the chapel.')).toEqual([]);
  });
});

describe("a participle of the day's news before the speaker", () => {
  it('"Fining her on Tuesday, Magistrate X said: "…"": the fine is told elsewhere, the participle is the scene of the words', () => {
    const found = events(
      [
        'Wenna Carbury, 38, was fined £4,000 at Ellerby Magistrates Court on Tuesday for running an unlicensed kennel.',
        'Fining her on Tuesday, Magistrate Oswald Pennick said: "These dogs were kept in conditions no animal should endure."',
      ].join('\n\n'),
    );
    expect(found).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('figures of a period', () => {
  it('"The scheme cost the city about £40m last year, said X": a figure, no happening', () => {
    expect(
      events(
        'The toll scheme cost the city about £40m last year, said Hedda Lundqvist-Barr, an analyst at Farrow Bank.',
      ),
    ).toEqual([]);
  });
});

describe('comparison points', () => {
  it('"It would be the county\'s first rise since 2017": an ordinal before "since" counts from a comparison point', () => {
    expect(
      events("The council backed the new rate on Tuesday. It would be the county's first rise since 2017."),
    ).toEqual([['2026-05-12', 'reported']]);
    // A few words may stand between: "the first at the carrier since 1998".
    expect(
      events('The strike began on Tuesday. The walkout, the first at the ferry company since 2004, shut all routes.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('schedules in relative clauses', () => {
  it('"X, whose party faces a leadership contest in March 2027, said …": a present tense before a date to come is planned', () => {
    expect(
      events(
        'Mayor Corentin Abelard-Roux, whose party faces a leadership contest in March 2027, called the budget "a holding pattern".',
      ),
    ).toEqual([['2027-03', 'planned']]);
  });
  it('"…, five months before a referendum due in October": the thing set for a date is planned, apart from the past happening', () => {
    const found = events(
      'The governor dismissed her deputy and two advisers on Monday, five months before a referendum due in October.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['2026-05-11', 'reported'],
        ['2026-10', 'planned'],
      ]),
    );
    expect(found).toHaveLength(2);
  });
});

describe('the past recalled in a sentence about the future', () => {
  it('"X, who toured the flooded valley on Monday, is expected to address the assembly on Friday": both are happenings', () => {
    expect(
      events(
        'Governor Elspeth Markwardt, who toured the flooded valley on Monday, is expected to address the assembly on Friday.',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['2026-05-11', 'reported'],
        ['2026-05-15', 'planned'],
      ]),
    );
  });
});

describe('unnamed sources', () => {
  it('"according to a lender at one of …, who was quoted by the trade newsletter X. "…," the lender said": a person, via X', () => {
    const text =
      'Banks had stopped extending overdrafts in August, according to a lender at one of the region\'s largest credit unions, who was quoted by the trade newsletter Farm Ledger Weekly. "Nobody wanted to be the last one holding the paper," the lender said.';
    const s = read(text);
    const lender = s.speaker('Nobody wanted');
    expect(lender).toMatchObject({ kind: 'person', anonymous: true });
    expect(lender?.via && s.cast.members.get(lender.via)?.name).toBe('Farm Ledger Weekly');
  });
  it('"the buyer said": a noun for one who does what a verb says is a person, not a text', () => {
    expect(speakerOf('"We pay in cash now or not at all," the buyer said.', 'We pay in cash')).toMatchObject({
      kind: 'person',
      anonymous: true,
    });
  });
});

describe('dates of documents', () => {
  it('a filing quoted as a document is dated by the day the body filed, in another paragraph', () => {
    expect(
      quoteDates(
        [
          'Marchbank Holdings filed for administration late Tuesday and said it would shut nine depots.',
          'The chain listed debts of $90 million in its filing with the district court, blaming "a collapse in footfall nobody could reverse".',
        ].join('\n\n'),
      ),
    ).toEqual([['a collapse in footfall nobody could reverse', '2026-05-12']]);
  });
});

describe('two people named together, neither gendered', () => {
  it('"X and Rep. Y, who …, spoke …. "…," she said. He said …": "she" is the one named last, "he" the other', () => {
    const text = [
      '"The valley deserves better," said Sen. Tavish Orrinford, who wrote the bill.',
      'Orrinford and Rep. Sunniva Kallendar, who steered it through the House, spoke to reporters on the steps. "We counted every vote twice," she said. He said the governor would "have no excuse left" to veto it.',
    ].join('\n\n');
    expect(speakerOf(text, 'We counted')).toMatchObject({ name: 'Sunniva Kallendar' });
    expect(speakerOf(text, 'have no excuse')).toMatchObject({ name: 'Tavish Orrinford' });
  });
});

describe('schedules in the present', () => {
  it('"The tender, run by the port authority, closes on 20 August": a verb of a schedule before its date lies ahead', () => {
    expect(events('A second tender for the ferry contract, run by the port authority, closes on 20 August.')).toEqual([
      ['2026-08-20', 'planned'],
    ]);
  });
});

describe('dates inside quoted words', () => {
  it('"The plan\'s impact note says the scheme would leave a gap "of about 2 per cent of revenue by 2035"": the quoted words are the text\'s, no event', () => {
    expect(
      events(
        'The plan\'s impact note says the scheme would leave a gap "of about 2 per cent of county revenue by 2035" without new fees.',
      ),
    ).toEqual([]);
  });
});

describe('a surname whose whole name no parser read', () => {
  it('"Ottavio Brenneke\'s van was towed …. "…," Brenneke, a courier, wrote": the surname is the person written before', () => {
    const text = [
      "At dawn on Monday, Ottavio Brenneke's van was towed from the depot.",
      '"Nine years, and they took it with my lunch inside," Brenneke, a courier, wrote on social media that morning.',
    ].join('\n\n');
    expect(speakerOf(text, 'Nine years')).toMatchObject({ name: 'Ottavio Brenneke', anonymous: false });
  });
});

describe('rulings', () => {
  it('"In a ruling on Wednesday, the tribunal said …": the ruling is a happening of that day', () => {
    expect(
      events(
        'In a ruling on Wednesday, the tribunal said the dismissals were "unfair in every material respect" and ordered the drivers reinstated.',
      ),
    ).toEqual([['2026-05-13', 'reported']]);
  });
});

describe('crowds that set the scene', () => {
  it('"Commuters queued outside the station Tuesday morning, …" before a quote: a scene of the day\'s news (not "Samples taken …")', () => {
    const found = events(
      [
        'Harlby Metro shut all three of its lines on Tuesday after a signal fire.',
        'Commuters queued outside the central station Tuesday morning, some holding handwritten signs. "I have been here since six," said Orla Penhallow, 41, a nurse.',
      ].join('\n\n'),
    );
    expect(found).toEqual([['2026-05-12', 'reported']]);
    // "Samples taken Tuesday found …" before a quote is a finding, not a crowd.
    const finding = events(
      [
        'Harlby Water stopped supplies on Tuesday after a chemical leak.',
        'Samples taken Tuesday found chlorine at 12 times the safe limit. "Do not drink it," said Orla Penhallow, the county chemist.',
      ].join('\n\n'),
    );
    expect(finding).toHaveLength(2);
  });
});

describe('"that <month>"', () => {
  it('"… in March 2024 and opened an inquiry that September": the month is in the year named before', () => {
    expect(
      events('Vell said the agency received the first report in March 2024 and opened an inquiry that September.'),
    ).toEqual(expect.arrayContaining([['2024-09', 'reported']]));
  });
});

describe('records beaten', () => {
  it('"…, breaking a record set in August 2003, …": the earlier record is a happening of its own', () => {
    expect(
      events(
        'The river at Harlby peaked at 6.2 metres on Tuesday, breaking a record set in August 2003, according to the flood agency.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2003-08', 'reported'],
    ]);
  });
});

describe('the day of a statement carried to the quotes after it', () => {
  it('"X had passed an inspection in March, the authority said in a statement late Wednesday. It said … "…"": the quote takes Wednesday', () => {
    expect(
      quoteDates(
        'The crane had passed an inspection in March, the port authority said in a statement late Wednesday. It said sailings would resume "no earlier than Monday."',
      ),
    ).toEqual([['no earlier than Monday', '2026-05-13']]);
  });
});

describe('a text quoted is no event', () => {
  it('"The safety audit X signed in June 2024 rated the bridge "…"": the audit\'s words, dated by it, no happening', () => {
    const text =
      'Odile Varrant-Hume, 58, was fined on Monday. The safety audit Varrant-Hume signed in June 2024 rated the footbridge "sound for another decade".';
    expect(events(text)).toEqual([['2026-05-11', 'reported']]);
    expect(speakerOf(text, 'sound for another')).toMatchObject({
      name: 'Odile Varrant-Hume safety audit',
      kind: 'document',
    });
  });
});

describe('"it" for a name read as a person', () => {
  it('"Brannow Quarrying, the pit\'s owner, halted work …. In a written statement, it said …": the name is a body, its statement speaks', () => {
    const text =
      'Brannow Quarrying, the pit\'s owner, halted all blasting at Scarth Edge on Friday. In a written statement the same day, it said the face would stay closed "until every crack has been mapped."';
    expect(speakerOf(text, 'until every crack')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'until every crack')?.name).toMatch(/^Brannow Quarrying .*statement$/);
  });
});

describe('a time of day before a weekday', () => {
  it('"by mid-morning on Tuesday": the weekday still dates the market move', () => {
    expect(events('The Harlby pound fell 1.2 per cent against the euro by mid-morning on Tuesday.')).toEqual([
      ['2026-05-12', 'reported'],
    ]);
  });
});
