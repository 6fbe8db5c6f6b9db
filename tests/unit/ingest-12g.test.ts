import { describe, expect, it } from 'vitest';
import { backgroundDates } from '../../src/ingest/dates';
import { happeningsOf } from '../../src/ingest/happenings';
import { planArticle as plan, planEvents as events, readLedger as read, speakerOf } from '../ingest-read';

// The patterns of issue 12g, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

const PUBLISHED = new Date('2026-05-14T12:00:00Z'); // a Thursday

describe('words quoted from documents', () => {
  it('"…, the Appeals Court in Varn ruled on Monday": the court’s ruling', () => {
    const text =
      'The ban was lifted because it caused "harm out of all proportion" to the growers, the Appeals Court in Varn ruled on Monday.';
    expect(speakerOf(text, 'harm out of all')).toEqual({
      name: 'Appeals Court in Varn ruling',
      kind: 'document',
      anonymous: false,
    });
  });
  it('"In a letter to the tribunal last week, <Country>’s interior ministry promised …": the ministry’s letter', () => {
    const text =
      'In a letter to the tribunal last week, Orvania’s interior ministry promised that the camp would be "inspected every month by outsiders".';
    expect(speakerOf(text, 'inspected every month')).toMatchObject({
      kind: 'document',
      name: expect.stringMatching(/ministry letter$/),
    });
  });
  it('"<Name> will …, her office said in a statement": the office’s statement, not the person', () => {
    const text =
      'Governor Ilsa Brandvik will meet the strikers on Friday, her office said in a statement, adding that she was "not afraid of a long night".';
    expect(speakerOf(text, 'not afraid')).toEqual({
      name: "Ilsa Brandvik's office statement",
      kind: 'document',
      anonymous: false,
    });
  });
  it('"In its final report, published … and titled “…,” the <Board> (<ABBR>) said …": the board’s report', () => {
    const text =
      'In its final report, published on Tuesday and titled "Smoke in the Hold," the Terran Marine Safety Board (TMSB) said the crew had "never practised a fire drill at sea."';
    expect(speakerOf(text, 'never practised')).toMatchObject({
      kind: 'document',
      name: expect.stringMatching(/Board final report$/),
    });
  });
  it('"In a filing with <Regulator> on Monday, the company said …": a filing, no one’s spoken words', () => {
    const text =
      'In a filing with the Orsk Exchange Commission on Monday, the company said the sale would "close before the summer."';
    expect(speakerOf(text, 'close before')).toMatchObject({ kind: 'document', name: expect.stringMatching(/filing$/) });
  });
  it('"<Name> said in a resignation letter …" is the person’s letter; "said in a statement" stays the person’s', () => {
    const letter =
      'Tomas Vell said in a resignation letter to the board, published on Monday, that he could not "sign what I do not believe."';
    expect(speakerOf(letter, 'sign what')).toEqual({
      name: 'Tomas Vell resignation letter',
      kind: 'document',
      anonymous: false,
    });
    expect(speakerOf('Tomas Vell said in a statement that he was "proud of the crew."', 'proud')).toMatchObject({
      name: 'Tomas Vell',
    });
  });
  it('"In a written statement the same day, it said …": "it" is the body named before', () => {
    const text =
      'The Dellin Pottery Company closed its kiln on Monday. In a written statement the same day, it said the kiln would stay cold "until the inspectors are satisfied."';
    expect(speakerOf(text, 'until the inspectors')).toMatchObject({
      kind: 'document',
      name: expect.stringMatching(/^Dellin Pottery Company .*statement$/),
    });
  });
});

describe('unnamed speakers introduced by their role', () => {
  it('"A spokeswoman for <Body> said … “…,” she said": the spokeswoman', () => {
    const text =
      'A spokeswoman for the Varn Lighthouse Trust said on Monday that the lamp was lit again. "We never left the coast dark," she said.';
    expect(speakerOf(text, 'We never left')).toMatchObject({ anonymous: true });
  });
  it('"A porter who asked not to be named said …" and "a nurse, who asked not to be named, told …": the person described', () => {
    expect(
      speakerOf(
        'Dr Anton Berrow ran the ward. A porter who asked not to be named said the lifts were broken. "It is like 1970 in there," he said.',
        'It is like',
      ),
    ).toMatchObject({ anonymous: true });
    expect(
      speakerOf(
        'Dr Anton Berrow ran the ward. A nurse, who asked not to be named, told the Ledger the ward was "full by noon".',
        'full by noon',
      ),
    ).toMatchObject({ anonymous: true });
  });
  it('"<Outlet> reported, citing two people familiar with the plan" then “…,” one of them told the paper: a member of that group, via the outlet', () => {
    const { speaker, members } = read(
      'Mayor Osric Dane had refused to sign, the Harth Evening Star reported, citing two people familiar with the plan. "He would not even read it," one of them told the paper.',
    );
    const s = speaker('He would not even read it');
    expect(s).toMatchObject({ anonymous: true });
    expect(members.find((m) => m.id === s?.via)?.name).toBe('Harth Evening Star');
  });
  it('"The daily <Outlet>, citing three senior officials, reported …" then "one of the officials was quoted as saying"', () => {
    const text =
      'The daily Orvan Sentinel, citing three senior Green League officials, reported that the deal was done. "It was never in doubt," one of the officials was quoted as saying.';
    expect(speakerOf(text, 'It was never')).toMatchObject({ anonymous: true });
  });
  it('"according to people familiar with the talks, who asked not to be identified. One of them said …"', () => {
    const text =
      'Orrel Mining has approached two rivals, according to people familiar with the talks, who asked not to be identified. One of them said a merger was "a summer project at best."';
    expect(speakerOf(text, 'a summer project')).toMatchObject({ anonymous: true });
  });
  it('"according to his spokesman, who called the verdict “…”": the spokesman, not the man he speaks for', () => {
    const text =
      'The mayor’s deputy, Piet Orlan, will appeal, according to his spokesman, who called the verdict "a gift to vandals".';
    expect(speakerOf(text, 'a gift to vandals')).toMatchObject({ anonymous: true });
  });
  it('"a surveyor who was briefed on the plans told the Orvan weekly Tessel Post that …": via the outlet', () => {
    const { speaker, members } = read(
      'A surveyor who was briefed on the plans told the Orvan weekly Tessel Post that "the bridge will not last ten winters."',
    );
    const s = speaker('the bridge will not');
    expect(s).toMatchObject({ anonymous: true });
    expect(members.find((m) => m.id === s?.via)?.name).toBe('Tessel Post');
  });
});

describe('a quote named by the sentence after it', () => {
  it('“…” opening the article, then "That was how <Name> described …": that person, not unresolved', () => {
    const text =
      'DELLIN (Quillon) — "I could hear the drills before I could hear the men." That was how pit foreman Ulla Brandt described the first sign of the rescue.';
    expect(speakerOf(text, 'I could hear the drills')).toMatchObject({ name: 'Ulla Brandt', kind: 'person' });
  });
});

describe('names after a date, titles and abbreviations', () => {
  it('"On Monday, Judge <Name> said": the comma closes "on Monday", the judge is the subject', () => {
    expect(
      speakerOf(
        'Reading the verdict on Monday, Judge Ottilie Brand said the evidence was "thin and late".',
        'thin and late',
      ),
    ).toMatchObject({ name: 'Ottilie Brand' });
  });
  it('"…,” according to Dr. <Name>" and "said Prof. <Name>": the person after the title; "Prof." ends no sentence', () => {
    expect(
      speakerOf(
        'Three crew were "tired but unhurt," according to Dr. Hella Marsk, who runs the clinic.',
        'tired but unhurt',
      ),
    ).toMatchObject({ name: 'Hella Marsk' });
    expect(
      speakerOf(
        'Tomas Rill spoke first. "Bridges fail slowly. This one failed fast," said Prof. Ines Adler, an engineer.',
        'Bridges fail',
      ),
    ).toMatchObject({ name: 'Ines Adler' });
  });
});

describe('two speakers alternating with pronouns', () => {
  it('a pronoun gives a gender to a name that has none, so "he replied" is the other speaker', () => {
    const { who } = read(
      'Orvan’s trade minister, Velka Orsan, opened the gate. Beside her stood her Harth counterpart, Anton Maslo. "The gate is open," he said. "Then keep it open," she said. "That is up to both of us," he replied.',
    );
    expect(who).toEqual({
      'The gate is open': 'Anton Maslo',
      'Then keep it open': 'Velka Orsan',
      'That is up to both of us': 'Anton Maslo',
    });
  });
  it('"he" and "she" are never an organisation quoted before', () => {
    const { who } = read(
      'The Dorren Group said in a statement that it would "look again at every contract". Ilka Marr, a baker, says she is not angry. "I am mostly tired," she said.',
    );
    expect(who['I am mostly tired']).toBe('Ilka Marr');
  });
});

describe('scenes, leads and states are no news of their own', () => {
  it('"At 4.15am on Tuesday, …" and "On the pier on Tuesday evening, …": moments of a day whose news is drafted elsewhere', () => {
    expect(
      events(
        'Coastguards rescued 40 people from a ferry in the Tessel Sound on Tuesday.\n\nAt 4.15am on Tuesday, the crew of the tug Wren radioed the harbour.\n\nOn the pier on Tuesday evening, volunteers handed out soup as the passengers came ashore.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('a dateline lead telling a past finding is not dated by the speaking; news in the present is', () => {
    const finding =
      'DELLIN, May 14 (Quillon) - A cracked weld caused the collapse of the Orrin footbridge, engineers said on Thursday.';
    expect(happeningsOf(finding, PUBLISHED)).toEqual([]);
    const news =
      'DELLIN, May 14 (Quillon) - Orrin Foods is recalling 40,000 jars of honey, the company said on Thursday.';
    expect(happeningsOf(news, PUBLISHED).map((h) => h.date.date)).toEqual(['2026-05-14']);
  });
  it('"since 2018" dates the start of a state, up to its date; not in a quote, nor negated, nor a vigil kept this week', () => {
    expect(
      backgroundDates('Oren Daly has run the lifeboat station since 2018.', PUBLISHED).map((b) => [
        b.clause,
        b.date.date,
      ]),
    ).toEqual([['since 2018', '2018']]);
    expect(backgroundDates('"The quay has been shut since 2020," Daly said.', PUBLISHED)).toEqual([]);
    expect(backgroundDates('Daly said the crews had not had new boots since 2019.', PUBLISHED)).toEqual([]);
    expect(
      backgroundDates('At the harbour wall, where families had waited since Monday, a cheer went up.', PUBLISHED),
    ).toEqual([]);
  });
});

describe('letters and lengths of time', () => {
  it('"In a letter to the tribunal last month, the ministry promised that …" is the ministry’s words, no event', () => {
    expect(
      happeningsOf(
        'In a letter to the tribunal last month, the ministry promised that the camp would be inspected.',
        PUBLISHED,
      ),
    ).toEqual([]);
  });
  it('"has spent the past year on bail" is a length of time, not a date; "closed last year" is', () => {
    expect(happeningsOf('Orlan has spent the past year on bail in Dellin.', PUBLISHED)).toEqual([]);
    expect(happeningsOf('The Dellin mill closed last year.', PUBLISHED).map((h) => h.date.date)).toEqual(['2025']);
  });
});

describe('the date of a statement', () => {
  it('"“I did not join this crew 20 years ago to …,” she told the council during Tuesday’s meeting": not 20 years ago', () => {
    const p = plan('"I did not join this crew 20 years ago to watch it sink," Ada Brook told the council on Tuesday.');
    expect(p.statements.map((s) => s.date)).toEqual(['2026-05-12']);
  });
});
