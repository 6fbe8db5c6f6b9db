import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';

// The speaker patterns of issue 12az (structural rules), each on sentences written for this file: every name, place,
// body and role here is invented and none comes from the test articles.

describe('leadingCommonWords: capitalised words the lexicon knows as common words, before an unknown name, are a title', () => {
  it('a two-word rank of common words before a name compromise does not know', () => {
    const a = '"We will march anyway," said Drum Major Tirnan Oschley, who has led the parade since 1990.';
    expect(readLedger(a).speaker('We will march anyway')?.name).toBe('Tirnan Oschley');
    const b = 'Tour Guide Ailbhe Quarrington said the gates would "stay shut until noon".';
    expect(readLedger(b).speaker('stay shut until noon')?.name).toBe('Ailbhe Quarrington');
  });
  it('a run of three common words, or a noun and a word the lexicon knows as an adjective, wherever it stands', () => {
    const a = 'Square Dance Caller Orlaith Venmore said the hall was "packed to the doors" by eight.';
    expect(readLedger(a).speaker('packed to the doors')?.name).toBe('Orlaith Venmore');
    const b = 'The flue was "never cleaned in my time", Sweep Master Senga Ruthwell told the Ledger.';
    expect(readLedger(b).speaker('never cleaned in my time')?.name).toBe('Senga Ruthwell');
  });
  it('must not fire: a known first name keeps the older reading, and a two-word name stays whole', () => {
    const a = 'Grace Tolliver Pennick said the hall was "far too cold" for the concert.';
    expect(readLedger(a).speaker('far too cold')?.name).toBe('Grace Tolliver Pennick');
    const b = 'Orlaith Venmore said the hives were "all but empty" by March.';
    expect(readLedger(b).speaker('all but empty')?.name).toBe('Orlaith Venmore');
    const c = 'Brídín Mac Giollacuddy said the stile was "older than the church".';
    expect(readLedger(c).speaker('older than the church')?.name).toBe('Brídín Mac Giollacuddy');
  });
});

describe('personOfBody: "<First> <Surname> of the <Body>, who …, said" is the person, the body after "of"', () => {
  it('a relative clause between the person of a body and the verb leaves the name the speaker', () => {
    const a =
      'Ysolde Brennock of the Kilcarra Bog Trust, who has walked the bog since 2004, said the drains were ' +
      '"cut to the rock".\n\n"We want it back," Ms Brennock said.';
    expect(readLedger(a).speaker('cut to the rock')?.name).toBe('Ysolde Brennock');
    expect(readLedger(a).speaker('We want it back')?.name).toBe('Ysolde Brennock');
  });
  it('also with a Gaelic particle in the surname, and with a body without "the"', () => {
    const a =
      'Aoife Ní Bhraonáin of the Lough Carra Anglers Association, who fished it as a child, said the river ' +
      'was "dead below the weir".\n\n"Nobody asked us," Ms Ní Bhraonáin said.';
    expect(readLedger(a).speaker('dead below the weir')?.name).toBe('Aoife Ní Bhraonáin');
    expect(readLedger(a).speaker('Nobody asked us')?.name).toBe('Aoife Ní Bhraonáin');
  });
  it('must not fire: a body whose own name holds "of" stays a body', () => {
    const a = 'The Bank of Vantor, which holds the loan, said it was "reviewing the terms".';
    expect(readLedger(a).speaker('reviewing the terms')?.name).toBe('Bank of Vantor');
    const b = 'Friends of the Marsh Trust, a charity, said the plan was "a step backwards".';
    expect(readLedger(b).speaker('a step backwards')?.name).toBe('Friends of the Marsh Trust');
  });
});

describe('passiveAgentNames: the agent of a passive ("started by X", "set up by X") is a person for a later "she"', () => {
  const LEAD = 'One neighbour, who asked not to be named, said: "It is the noise."\n\n';
  it('a name after "by" and a lower-case noun for a person, then "she said" in the next paragraph', () => {
    const a =
      LEAD +
      'Shoppers have rallied. A petition started by regular bather Ysolde Porrit on Monday had 900 names.\n\n' +
      '"I met my husband in that shop," she said.';
    expect(readLedger(a).speaker('I met my husband')?.name).toBe('Ysolde Porrit');
  });
  it('a bare name after a verb and its particle, or after a participle', () => {
    const a = LEAD + 'A fund set up by Ysolde Porrit has raised £4,000.\n\n"I met my husband in that shop," she said.';
    expect(readLedger(a).speaker('I met my husband')?.name).toBe('Ysolde Porrit');
    const b =
      LEAD + 'The letter, drafted by Torquil Ashby in March, was never answered.\n\n"Nobody replied to it," he said.';
    expect(readLedger(b).speaker('Nobody replied to it')?.name).toBe('Torquil Ashby');
  });
  it('must not fire: a body after "by" is no person', () => {
    const a = LEAD + 'The hall is owned by Kelby Council.\n\n"Nobody replied to it," he said.';
    expect(readLedger(a).speaker('Nobody replied to it')?.name).not.toBe('Kelby Council');
  });
});

describe('kinPairSexes: "Brother and sister <A> and <B> <Surname>" gives each first name the sex of its kin word', () => {
  it('"Mr <Surname>" and "Ms <Surname>" after a brother and sister named together', () => {
    const a =
      "Brother and sister Anselm and Wenna Ashgrove, the founder's grandchildren, have run the ferry since 2010.\n\n" +
      'Mr Ashgrove said: "The hull is gone."\n\n"We will rebuild it," Ms Ashgrove said.';
    expect(readLedger(a).speaker('The hull is gone')?.name).toBe('Anselm Ashgrove');
    expect(readLedger(a).speaker('We will rebuild it')?.name).toBe('Wenna Ashgrove');
  });
  it('also "husband and wife", and the other order', () => {
    const a =
      'Husband and wife Orrin and Tamsin Pellow have run the cafe since 1999.\n\n"We are done," Mrs Pellow said.';
    expect(readLedger(a).speaker('We are done')?.name).toBe('Tamsin Pellow');
    const b =
      'Sister and brother Ebba and Corm Lissade opened the kiln in 2015.\n\n"It cracked overnight," Mr Lissade said.';
    expect(readLedger(b).speaker('It cracked overnight')?.name).toBe('Corm Lissade');
  });
  it('must not fire: kin words of one sex ("Father and son") tell the honorific nothing', () => {
    const a = 'Father and son Anselm and Corm Ashgrove run the ferry.\n\n"The hull is gone," Mr Ashgrove said.';
    expect(readLedger(a).speaker('The hull is gone')?.name).not.toBe('Corm Ashgrove');
  });
});

describe('definiteName: a run of capitalised words right after "the" is a body or a thing, never a person', () => {
  it("a body whose last word is no body's word speaks through its statement", () => {
    const a = 'The Kelby Disability Forum said in a statement on Monday that the ramp was "far too steep".';
    expect(readLedger(a).speaker('far too steep')?.name).toBe('Kelby Disability Forum statement');
    const b = 'In a statement, the Harrowdale Walkers Circle said the path was "closed without notice".';
    expect(readLedger(b).speaker('closed without notice')?.kind).not.toBe('person');
  });
  it('must not fire: a noun between "the" and the name, an honorific, or no "the"', () => {
    const a = 'The pianist Ilmari Vaskonen said he was "heartbroken for the old hall".';
    expect(readLedger(a).speaker('heartbroken for the old hall')?.name).toBe('Ilmari Vaskonen');
    const b = 'Dawn Tolliver said the hall was "far too cold".';
    expect(readLedger(b).speaker('far too cold')?.name).toBe('Dawn Tolliver');
  });
});

describe('the outlet an unnamed source spoke to: a place name of any length before its kind, and ", who spoke to"', () => {
  const outletOf = (text: string, quote: string) => {
    const r = readLedger(text);
    const via = r.speaker(quote)?.via;
    return via ? r.cast.members.get(via)?.name : undefined;
  };
  it('"told the <Place of two words> radio station <Name>" is the station, not the place', () => {
    const a =
      'A council officer told the Harrowdale Vale radio station KHVR that the deal had been "agreed before the vote".';
    expect(outletOf(a, 'agreed before the vote')).toBe('KHVR');
    const b = 'One porter told the Upper Kelby Bridge weekly paper Kelby Echo the ward was "short every night".';
    expect(outletOf(b, 'short every night')).toBe('Kelby Echo');
  });
  it('", who spoke to <Outlet> on condition of anonymity, said" names the outlet, as it did with no comma', () => {
    const a =
      'A lock keeper, who spoke to KBRX-FM on condition of anonymity, said the gates were "left open all night".';
    expect(outletOf(a, 'left open all night')).toBe('KBRX-FM');
  });
  it('must not fire: an outlet of one place word keeps its reading', () => {
    const a = 'A council officer told the Kelby Courier that the deal had been "agreed before the vote".';
    expect(outletOf(a, 'agreed before the vote')).toBe('Kelby Courier');
  });
});

describe('agentOfNounUsed: "<Doer>er <First> <Surname>" is a title when the article writes the doer\'s stem as a noun', () => {
  it('"Rancher …" after "a ranch", "Crofter …" after "a croft": the title is no part of the name', () => {
    const a =
      'The glider came down on a ranch near the river on Sunday.\n\n' +
      'Rancher Ysolde Quarrington said it took out "half the fence".';
    expect(readLedger(a).speaker('half the fence')?.name).toBe('Ysolde Quarrington');
    const b =
      'The storm flattened every wall on the croft above the bay.\n\n' +
      '"Not one stone is standing," said Crofter Tormod Quarrie.';
    expect(readLedger(b).speaker('Not one stone is standing')?.name).toBe('Tormod Quarrie');
  });
  it('must not fire: with no such noun in the article, the older reading stands', () => {
    const a = 'Rancher Ysolde Quarrington said it took out "half the fence".';
    expect(readLedger(a).speaker('half the fence')?.name).toBe('Rancher Ysolde Quarrington');
  });
});

describe('missSurname: "Miss <Surname>" is an honorific and a surname, as "Ms <Surname>" is', () => {
  it('"Miss <Surname>" after a brother and sister is the sister, before or after the verb', () => {
    const lead = 'Brother and sister Anselm and Wenna Ashgrove have run the ferry since 2010.\n\n';
    expect(readLedger(lead + '"It is an insult," Miss Ashgrove said.').speaker('It is an insult')?.name).toBe(
      'Wenna Ashgrove',
    );
    expect(
      readLedger(lead + 'Miss Ashgrove called the offer "an insult to us".').speaker('an insult to us')?.name,
    ).toBe('Wenna Ashgrove');
  });
  it('must not fire: with nobody of the surname named before, "Miss <Surname>" is a person of her own', () => {
    const a = 'Miss Ashgrove said the offer was "an insult to us".';
    expect(readLedger(a).speaker('an insult to us')?.name).toBe('Miss Ashgrove');
  });
});

describe('textActing: a written text as the subject of any verb is what the next sentence\'s "It" stands for', () => {
  it('"The report put …. It said …", "The letter gives …. It says …"', () => {
    const a =
      'Kelby Council will shut the baths, according to a staff report presented to councillors on Monday.\n\n' +
      'The report put the repair bill at £2m. It said the boilers were "past saving" by now.';
    expect(readLedger(a).speaker('past saving')?.kind).toBe('document');
    const b =
      'The trust wrote to members last week.\n\n' +
      'The letter gives no date for reopening. It says the hall will stay shut "until the wiring is replaced".';
    expect(readLedger(b).speaker('until the wiring is replaced')?.kind).toBe('document');
  });
  it('must not fire: a noun compound ("The report card") is no text acting', () => {
    const a = 'The report card was good. It said the boy was "a joy to teach".';
    expect(readLedger(a).speaker('a joy to teach')?.kind).not.toBe('document');
  });
});
