import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger, speakerOf } from '../ingest-read';

// The patterns of issue 12q, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('a text as the subject of a speech verb is a document', () => {
  it('"Court papers describe X as "…"": "describe" is a speech verb, its plural text subject the document', () => {
    expect(
      speakerOf('Court papers describe the loan as "a sham from the very first day" and list six payments.', 'a sham'),
    ).toMatchObject({ name: expect.stringMatching(/^Court papers/), kind: 'document' });
    expect(
      speakerOf(
        'Police records describe the driver as "calm and fully cooperative" after the crash on the Quarry Road.',
        'calm and fully',
      ),
    ).toMatchObject({ name: expect.stringMatching(/^Police records/), kind: 'document' });
  });
  it('"An independent review published last week found …": the participle of publishing is no part of the subject', () => {
    expect(
      speakerOf(
        'An independent audit released last week found that the trust had "lost sight of its own patients" for years.',
        'lost sight',
      ),
    ).toMatchObject({ name: expect.stringMatching(/^Independent audit/), kind: 'document' });
    expect(
      speakerOf(
        'A report commissioned by the harbour board concluded that the pier was "beyond economic repair" by 2024.',
        'beyond economic',
      ),
    ).toMatchObject({ name: expect.stringMatching(/^Report/), kind: 'document' });
  });
  it('"That report warned …": "That" opening the sentence is a demonstrative, the text is the subject', () => {
    const text =
      'The Felham Ferry Company blamed fuel costs, according to its annual accounts. That report, published in June, warned that sailings would be "cut back sharply next winter".';
    expect(speakerOf(text, 'cut back sharply')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'cut back sharply')?.name).toMatch(/accounts|report/i);
    expect(
      speakerOf('That study warned that the marsh would be "under water for half the year" by 2050.', 'under water'),
    ).toMatchObject({ name: expect.stringMatching(/^Study/), kind: 'document' });
  });
  it('"The bureau itself warned, in a note accompanying the release, that …": the body\'s note', () => {
    const text =
      'Harvest yields fell by a fifth, the Orlent Farming Office said on Monday. Growers were not surprised.\n\n' +
      'The office itself cautioned, in a note published with the figures, that the survey was "smaller than in any year before".';
    expect(speakerOf(text, 'smaller than')).toMatchObject({ name: 'Orlent Farming Office note', kind: 'document' });
    const bank =
      'Analysts at Pellory Bank cut their forecast on Tuesday. The bank said in a note to clients that the rally looked "badly overdone to us".';
    expect(speakerOf(bank, 'badly overdone')).toMatchObject({ name: 'Pellory Bank note', kind: 'document' });
  });
});

describe('no news of their own', () => {
  it('"Radio X will have more on this story on …": an outlet\'s trail of its own coverage', () => {
    expect(events('Radio Tarnby will have more on this story on the Drive Programme on Friday.')).toEqual([]);
    expect(events('There will be more on this story in our Saturday edition.')).toEqual([]);
    // Not a trail: more of something else.
    expect(events('The museum will have more rooms open on Saturday.')).toEqual([['2026-05-16', 'planned']]);
  });
  it('"The plan describes the timetable as "…"": a document\'s words quoted are no happening', () => {
    expect(
      events('The leaked document describes the new schedule as "realistic only if the money arrives in 2029."'),
    ).toEqual([]);
    expect(events('Court records call the payments "a clear breach of the 2021 agreement."')).toEqual([]);
  });
  it('"… could be called in December if no offer is made": a possibility on a condition is no happening', () => {
    expect(
      events(
        "The nurses' union has warned that another week of strikes could be called in June if pay talks fail again.",
      ),
    ).toEqual([]);
    expect(events('The operator said the ferry might sail on Saturday unless the gales return.')).toEqual([]);
    expect(events('The minister said that if the talks fail, the ports could close on Friday.')).toEqual([]);
    // A plan with no condition keeps its date.
    expect(events('The minister said the bridge would reopen on Friday.')).toEqual([['2026-05-15', 'planned']]);
  });
});

describe('no news of their own: reactions and comparisons', () => {
  it('"Passengers at the stop on Tuesday evening were less measured.": a crowd\'s mood before one of them speaks', () => {
    expect(
      events(
        'Shoppers in the covered market on Saturday were divided. "It is a disgrace to the town," said Anna Pell, who sells cheese.',
      ),
    ).toEqual([]);
    expect(
      events(
        'Supporters outside the Pellow Road ground on Sunday were far less forgiving. Season-ticket holder Dora Venn said she would not renew. "Never again," she said.',
      ),
    ).toEqual([]);
    // What happened to the crowd is news.
    expect(
      events('Passengers at the ferry terminal on Monday were stranded. "It is a disgrace," said Anna Pell.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('"wages were still below their level of 2021": a year after a level or a peak is a comparison point', () => {
    expect(events('Anna Pell, who chairs the tenants’ group, said rents were now above their level of 2019.')).toEqual(
      [],
    );
    expect(events('Output has not returned to the peak of 2018.')).toEqual([]);
    expect(events('The floods of 2021 destroyed the old bridge.')).toEqual([['2021', 'reported']]);
  });
  it('"In a short statement Sunday, he congratulated his successor and said …": thanks and congratulations are words', () => {
    expect(
      events(
        'Karel Venn lost the vote. In a brief statement on Sunday, he congratulated his rival and said he would "stay in the party".',
      ),
    ).toEqual([]);
    expect(events('Judge Mara Kell thanked the jurors on Thursday for their patience.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('"In a statement Sunday, he congratulated X and said …": a pronoun as the main subject of a coordinated speech verb', () => {
    const text =
      'Former mayor Tobias Grell lost the vote by twelve seats. Grell did not speak to reporters. In a short post on Monday, he thanked his staff and said he was "proud of every single day".';
    expect(speakerOf(text, 'proud of every')).toMatchObject({ name: 'Tobias Grell', kind: 'person' });
    const her =
      'Councillor Helen Pollard voted against the plan. She left the chamber early and warned that the town would "pay for this for decades".';
    expect(speakerOf(her, 'pay for this')).toMatchObject({ name: 'Helen Pollard', kind: 'person' });
  });
  it('"…" The words came from Dr X: the person the sentence after says the quote came from', () => {
    const text =
      'Marta Quill lost her seat. "I wish the new team well," she said.\n\n' +
      '"They treated the clinic like a private club." The words came from Dr. Ansel Feverel, the surgeon who resigned in protest. He said the vote was overdue.';
    expect(speakerOf(text, 'They treated')).toMatchObject({ name: 'Ansel Feverel', kind: 'person' });
    const remarks =
      '"Nobody in this valley will forget what happened to us." Those remarks came from Ilse Marrow, who lost her bakery in the flood.';
    expect(speakerOf(remarks, 'Nobody in this')).toMatchObject({ name: 'Ilse Marrow', kind: 'person' });
  });
  it('"A spokeswoman for the finance minister, X Y, said": the name set off after the spokesperson\'s phrase', () => {
    expect(
      speakerOf(
        'On Monday, a spokesman for the interior minister, Tobias Rennert, said the border would stay open "for as long as it takes".',
        'for as long',
      ),
    ).toMatchObject({ name: 'Tobias Rennert', kind: 'person' });
    expect(
      speakerOf(
        'The spokesperson for the health board, Ari Lenn, told the Ledger the wards were "full every single night".',
        'full every',
      ),
    ).toMatchObject({ name: 'Ari Lenn', kind: 'person' });
  });
  it("a name after the role whose gender is not the spokesperson's, or one after the person, names the minister", () => {
    expect(
      speakerOf(
        'A spokesman for the health minister, Helga Marrowby, said the wards would reopen "when it is safe to do so".',
        'when it is safe',
      ),
    ).toMatchObject({ anonymous: true, name: expect.stringMatching(/^A spokesman/) });
    expect(
      speakerOf(
        'Leon Fry, a spokesman for the transport minister, Helga Marrowby, said the line would reopen "within the month".',
        'within the month',
      ),
    ).toMatchObject({ name: 'Leon Fry' });
  });
});

describe('dates', () => {
  it('"Varnet, founded in 1952, last suspended service …": an adverb of time before the main verb keeps the background its own', () => {
    expect(events('Varnet, founded in 1952, last suspended service on the line in 2019.')).toEqual([
      ['2019', 'reported'],
      ['1952', 'reported'],
    ]);
    expect(events('Dunmore, founded in 1901, first reduced fares in 2020.')).toEqual([
      ['2020', 'reported'],
      ['1901', 'reported'],
    ]);
    // A participle after the subject with no other verb is still the main verb.
    expect(events('The inquiry, chaired by Ada Lune, opened on Monday.')).toEqual([['2026-05-11', 'reported']]);
  });
  it('"in autumn 2028", "in spring 2027": a season of a year is that year, approximately', () => {
    expect(events('The new maternity wing is expected to open in autumn 2028.')).toEqual([['2028', 'planned']]);
    expect(events('The old lighthouse keeper’s cottage was sold in summer 2019.')).toEqual([['2019', 'reported']]);
  });
  it('"remanded in custody until a further hearing on 15 December": a court\'s next date lies ahead, planned', () => {
    expect(events('The two brothers were remanded in custody until a further hearing on 15 May.')).toEqual([
      ['2026-05-15', 'planned'],
    ]);
    expect(events('The magistrate adjourned the case until 2 June.')).toEqual([['2026-06-02', 'planned']]);
    expect(events('She was released on bail until her next court appearance on 20 May.')).toEqual([
      ['2026-05-20', 'planned'],
    ]);
    // A road closed until a day is no court's date: still a bound.
    expect(events('The coast road was closed on Monday until 3 May.')).toEqual([['2026-05-11', 'reported']]);
  });
});

describe('letters', () => {
  it('"Sir X wrote to the directorate … asking for guidance that was "…"": writing to someone is a letter', () => {
    const text =
      'The MP for Dunhollow, Dame Hilda Roke, wrote to the regulator on Tuesday asking for rules that were "simple and fair", saying small brewers had "no way of knowing what is allowed".';
    expect(speakerOf(text, 'simple and fair')).toMatchObject({ name: 'Hilda Roke letter', kind: 'document' });
    expect(speakerOf(text, 'no way of knowing')).toMatchObject({ name: 'Hilda Roke letter', kind: 'document' });
    const board =
      'Councillor Piers Amberley wrote to every member of the cabinet, warning that the closure was "a betrayal of the valley".';
    expect(speakerOf(board, 'a betrayal')).toMatchObject({ name: 'Piers Amberley letter', kind: 'document' });
  });
  it('"… wrote on social media", "wrote to say": no recipient, so no letter', () => {
    expect(
      speakerOf('"It was a betrayal of the valley," Hilda Roke wrote on social media.', 'It was a betrayal'),
    ).toMatchObject({ name: 'Hilda Roke', kind: 'person' });
  });
  it('"The 67-year-old set out his reasons in a letter …. In it he wrote …": the letter of the last person', () => {
    const text =
      'Dame Hilda Roke stood down as chair of the Dunhollow Trust on Monday.\n\n' +
      'The 71-year-old set out her reasons in a letter to the trustees. In it she wrote that she could not "lead a board that no longer trusts me".';
    expect(speakerOf(text, 'lead a board')).toMatchObject({ name: 'Hilda Roke letter', kind: 'document' });
  });
  it('"The letter … asks congregations "…"": "asks" is a speech verb, the text its subject', () => {
    expect(
      speakerOf(
        'The vicar read out a letter from the archdeacon. The letter, which the Ledger has seen, asks parishioners "to keep faith with one another".',
        'to keep faith',
      ),
    ).toMatchObject({ kind: 'document', name: expect.stringMatching(/^Letter/) });
    expect(
      speakerOf('The petition asks the council "to think again before it is too late".', 'to think again'),
    ).toMatchObject({ kind: 'document', name: expect.stringMatching(/^Petition/) });
  });
});

describe('texts named without a determiner, or as a possessive subject', () => {
  it('"In written reasons published the same day, the panel said …": reasons and findings named in front are the text', () => {
    const text =
      'In written reasons published on Friday, the disciplinary panel said the jockey had ridden "with reckless disregard for the others". It called the ride "dangerous from the first furlong".';
    expect(speakerOf(text, 'with reckless')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'dangerous from')).toMatchObject({ kind: 'document' });
    // A panel named by its members: the document is named by the reasons.
    const members =
      'In written reasons published on Friday, the five-member tribunal, chaired by Oskar Brandt, said the jockey had ridden "with reckless disregard for the others".';
    expect(speakerOf(members, 'with reckless')).toMatchObject({
      kind: 'document',
      name: expect.stringMatching(/reasons/i),
    });
    expect(
      speakerOf(
        'In findings released on Monday, the inquiry said staff had been "left to fend for themselves" all winter.',
        'left to fend',
      ),
    ).toMatchObject({ kind: 'document' });
  });
  it('"Its written order, released Wednesday night, said X had shown "…"": an order, a directive, a decision as the subject', () => {
    expect(
      speakerOf(
        'The tribunal voted 3-2. Its written order, released on Tuesday, said Dorn had shown "a settled contempt for the rules".',
        'a settled contempt',
      ),
    ).toMatchObject({ kind: 'document' });
    expect(
      speakerOf(
        'The board met on Monday. Its decision said the club had acted "in good faith but carelessly".',
        'in good faith',
      ),
    ).toMatchObject({ kind: 'document' });
  });
  it('"…, according to minutes published on its website": the minutes are the document, no length of time', () => {
    expect(
      speakerOf(
        'Its treasurer warned members last spring that the deficit would force "painful decisions", according to minutes published on its website.',
        'painful decisions',
      ),
    ).toMatchObject({ kind: 'document', name: expect.stringMatching(/^Minutes/) });
    expect(
      speakerOf('The chairman called the offer "an insult to the members", according to the minutes.', 'an insult'),
    ).toMatchObject({ kind: 'document', name: expect.stringMatching(/^Minutes/) });
  });
});

describe('counts and groups', () => {
  it('"more than 3,000 people had signed its petition since Tuesday afternoon": a count grown this week is no happening', () => {
    expect(
      events(
        'Its founder, Lotte Ambry, told the Ledger that more than 2,500 people had signed the petition since Tuesday evening.',
      ),
    ).toEqual([]);
    expect(events('More than 400 residents have joined the campaign since Monday.')).toEqual([]);
    // A count since a date before the week still dates its start.
    expect(events('Some 40 families have left the village since the flood in March.')).toEqual([
      ['2026-03', 'reported'],
    ]);
  });
  it('"Administrators from the firm X said in a statement": unnamed people in the plural speak through their statement', () => {
    expect(
      speakerOf(
        'Receivers from the accountancy firm Dunmore Pike said in a statement that the bakery had "no buyer in sight".',
        'no buyer',
      ),
    ).toMatchObject({ kind: 'document', name: expect.stringMatching(/statement$/) });
    expect(
      speakerOf('Officials said in a statement that the reservoir was "safe to use again" on Monday.', 'safe to use'),
    ).toMatchObject({ kind: 'document', name: 'Officials statement' });
    // One unnamed person keeps the words.
    expect(
      speakerOf('A spokesman said in a statement that the reservoir was "safe to use again" on Monday.', 'safe to use'),
    ).toMatchObject({ kind: 'person', anonymous: true });
  });
});

describe('where the rules of 12q must not fire', () => {
  it('people who describe, a sentence opening "That night", an emphatic person: no document', () => {
    expect(
      speakerOf('Residents describe the smell from the plant as "like rotten eggs every morning".', 'like rotten'),
    ).toMatchObject({ kind: 'person', anonymous: true });
    expect(
      speakerOf('That night, Marta Lind said the team had "nothing left to give at all".', 'nothing left'),
    ).toMatchObject({ name: 'Marta Lind', kind: 'person' });
    expect(
      speakerOf('The minister herself said the plan was "not good enough for anyone".', 'not good enough'),
    ).toMatchObject({ kind: 'person', anonymous: true });
  });
  it('more of something, a crowd that something happened to, a level after "since": still news', () => {
    expect(events('The council will have more money for roads from April.')).toEqual([['2027-04', 'planned']]);
    expect(events('The harbour will have more berths open on Saturday.')).toEqual([['2026-05-16', 'planned']]);
    // 12ss: a start before this year ("since 2019") is background.
    expect(events('About 2,000 jobs have been lost since 2019.')).toEqual([]);
  });
});

describe('slogans and names are no quotes', () => {
  it('"placards reading "…"", "a banner that read "…"": a written slogan', () => {
    const text =
      'About 60 nurses marched to the town hall. Many held placards reading "Safe staffing saves lives", and one banner that read "No beds, no hope" hung from the railings. "We are not going anywhere," said Ana Vell.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['We are not going anywhere']);
  });
  it('"its "Heritage at a price" fundraising campaign": a quoted name of what follows', () => {
    const text =
      'The trust launched its "Keep the lights on" restoration appeal in May. Its "Come and see us" tour runs all summer. "It has been a joy," said the warden, Pell Hartigan.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['It has been a joy']);
  });
  it('a short quote before "campaigners" or "said": still a quote', () => {
    const text = 'Residents called the plan "a total disgrace" and campaigners vowed to fight on.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['a total disgrace']);
  });
});

describe('a speech verb inside the clause another reports', () => {
  it('"His spokesman, X, said Wednesday that the minister had asked for "…"": the spokesman\'s words', () => {
    const text =
      'Health Minister Oda Prell has said nothing in public. Her spokesman, Anton Greve, said on Tuesday that the minister had asked the board for "a full account within a fortnight".';
    expect(speakerOf(text, 'a full account')).toMatchObject({ name: 'Anton Greve', kind: 'person' });
    const told =
      'Coach Mira Dalby has not commented. Her agent, Felix Borrow, told the Ledger that she had urged the club to act "before the window closes".';
    expect(speakerOf(told, 'before the window')).toMatchObject({ name: 'Felix Borrow', kind: 'person' });
  });
  it('a speech verb in a sentence of its own keeps its own subject', () => {
    const text =
      'Health Minister Oda Prell flew home on Monday. Her spokesman, Anton Greve, said the minister was tired. Oda Prell asked the board for "a full account within a fortnight".';
    expect(speakerOf(text, 'a full account')).toMatchObject({ name: 'Oda Prell', kind: 'person' });
  });
});
