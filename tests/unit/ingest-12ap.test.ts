import { describe, expect, it } from 'vitest';
import { readLedger, speakerOf } from '../ingest-read';

// The patterns of issue 12ap, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

const POOL = 'The Brackwater lido will close for good at the end of the summer.\n\n';

describe('ELECTED_MEMBER_TITLE: "Local MP / MSP / MEP <Name>" — the letters of a seat before a name are a title', () => {
  it('"Local MSP Torvald Ashby said …. "…," he said" is Torvald Ashby', () => {
    const text =
      POOL + 'Local MSP Torvald Ashby said he would raise it at Holyrood.\n\n"People swim here all year," he said.';
    expect(readLedger(text).speaker('People swim here')?.name).toBe('Torvald Ashby');
  });
  it('"Area MP Wenna Colbrook said: "…"" is Wenna Colbrook', () => {
    const text = POOL + 'Area MP Wenna Colbrook said: "The pool is a lifeline for older residents."';
    expect(readLedger(text).speaker('The pool is a lifeline')?.name).toBe('Wenna Colbrook');
  });
  it('"Regional MEP Ortensia Vail said …" is Ortensia Vail', () => {
    const text = POOL + 'Regional MEP Ortensia Vail said: "The fund could still help."';
    expect(readLedger(text).speaker('The fund could still help')?.name).toBe('Ortensia Vail');
  });
  it('must not fire: the letters after a name stay post-nominal, and a later speaker keeps the quote', () => {
    const text =
      POOL +
      'Wenna Colbrook MP said she was disappointed, and the lido manager, Piers Lathom, said: "We tried everything."';
    expect(readLedger(text).speaker('We tried everything')?.name).toBe('Piers Lathom');
    expect(readLedger(POOL + 'Wenna Colbrook MP said: "It is a sad day."').speaker('It is a sad day')?.name).toBe(
      'Wenna Colbrook',
    );
  });
});

describe('written slogans of any length and a term under a rule are no quotes', () => {
  it('"banners reading "…"" of five words or more is a slogan, not a quote', () => {
    const text =
      POOL +
      'Swimmers gathered outside the civic centre with banners reading "Keep our lido open for everyone" on Friday. "We will be back next week," said Orla Fenwick.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['We will be back next week']);
  });
  it('"placards that read "…"" of a whole sentence is a slogan', () => {
    const text =
      POOL + 'Some carried placards that read "Hands off our pool, we paid for it". "It is ours," said Orla Fenwick.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['It is ours']);
  });
  it('"a rule on "…"", "a ban on "…"": the quoted term of a rule is no quote', () => {
    const text =
      POOL +
      'The trust says the kiosk breaks a rule on "temporary buildings" agreed in 2019, and a ban on "amplified music" also applies. "We were never told," said Orla Fenwick.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['We were never told']);
  });
  it('must not fire: a spoken sentence after "said" stays a quote, and a long quote after "rule on" too', () => {
    const text =
      POOL +
      'Orla Fenwick said: "Keep our lido open for everyone." The trust pointed to a rule on "what can be built on the site without a planning permission from the council", its chairman said.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toContain('Keep our lido open for everyone.');
    expect(readLedger(text).quotes.length).toBe(2);
  });
});

const SHELTER =
  'Aoibhe and Cathal Drennick, who opened the animal shelter in 2015, said they had stopped taking in new dogs.\n\n"Every kennel is full," Mrs Drennick told the paper on Tuesday.\n\n';

describe('KIN_REPORTED: "Her husband said <reported speech>." — the kin of a named couple speaks, and "he said" follows', () => {
  it('"Her husband said the couple had spent …. "…," he said" is the other one of the couple', () => {
    const text =
      SHELTER +
      'Her husband said the couple had spent about €9,000 of their own savings this year.\n\n"We have not had a day off since spring," he said.';
    expect(readLedger(text).speaker('We have not had a day off')?.name).toBe('Cathal Drennick');
  });
  it('"Her brother told reporters …. "…," he added" is the other one of the siblings', () => {
    const text =
      'Hannah and Tobin Arkwell, a sister and brother who run the ferry kiosk, said the fees were unfair.\n\n"We cannot keep paying," Ms Arkwell said on Monday.\n\nHer brother told reporters the kiosk had lost money all summer.\n\n"Something has to give," he added.';
    expect(readLedger(text).speaker('Something has to give')?.name).toBe('Tobin Arkwell');
  });
  it('must not fire: no couple named — "Her husband" stays an unnamed kin', () => {
    const text =
      'Mayor Rita Quenby said the shelter would get a grant.\n\n"It deserves one," Ms Quenby said.\n\nHer husband said the couple had given money before.\n\n"We always will," he said.';
    expect(readLedger(text).speaker('We always will')?.name).not.toBe('Rita Quenby');
  });
  it('must not fire: another person named since the last quote keeps "Her husband" apart', () => {
    const text =
      SHELTER +
      'Ludo Farrant, a vet, said the dogs were healthy. Her husband said the couple had spent their savings.\n\n"We have not had a day off," he said.';
    expect(readLedger(text).speaker('We have not had a day off')?.name).not.toBe('Cathal Drennick');
  });
});

describe('SPOKESPERSON_OWN_STATEMENT: "In a statement, a <Body> spokeswoman said: "…"" — the spokeswoman speaks', () => {
  it('"In a statement, a Harlow Water spokeswoman said: "…"" is the spokeswoman, not a document', () => {
    const s = readLedger(
      POOL + 'In a statement, a Harlow Water spokeswoman said: "We warned every customer in good time."',
    ).speaker('We warned every customer');
    expect(s?.kind).toBe('person');
    expect(s?.name).toMatch(/Harlow Water spokeswoman/);
  });
  it('"In a short statement, a spokesman for the trust said: "…"" is the spokesman', () => {
    const s = readLedger(POOL + 'In a short statement, a spokesman for the trust said: "The lido is closed."').speaker(
      'The lido is closed',
    );
    expect(s?.kind).toBe('person');
  });
  it('must not fire: "In a dissenting opinion, two judges wrote" and a named body keep their text', () => {
    const s = readLedger(POOL + 'In a dissenting opinion, two judges wrote: "The council never consulted."').speaker(
      'The council never consulted',
    );
    expect(s?.kind).toBe('document');
  });
});

const GALE = 'The Harlow velodrome roof was torn off by the gale on Sunday.\n\n';

describe('STATEMENT_CARRIED: "<Body> said in a statement that …. The <body noun> said it was "…"" — the statement goes on', () => {
  it('the next sentence\'s "The federation said" quotes the statement the sentence before named', () => {
    const text =
      GALE +
      'The Westmark Rowing Federation said in a statement that the regatta would move to Dunmere. The federation said it was "deeply thankful to the Dunmere club" for its help.';
    const s = readLedger(text).speaker('deeply thankful');
    expect(s?.kind).toBe('document');
    expect(s?.name).toMatch(/Westmark Rowing Federation statement/);
  });
  it('must not fire: with no statement in the sentence before, "The federation said" is the federation', () => {
    const text =
      GALE +
      'The Westmark Rowing Federation moved the regatta to Dunmere. The federation said it was "deeply thankful to the Dunmere club" for its help.';
    expect(readLedger(text).speaker('deeply thankful')?.kind).toBe('organisation');
  });
  it('must not fire: a sentence in between ends the statement', () => {
    const text =
      GALE +
      'The Westmark Rowing Federation said in a statement that the regatta would move. Dunmere has hosted it twice before. The federation said it was "deeply thankful to the Dunmere club" for its help.';
    expect(readLedger(text).speaker('deeply thankful')?.kind).toBe('organisation');
  });
});

const WALL = 'The sea wall at Porthkennack was closed on Friday.\n\n';

describe('STATION_NAME: "Radio X reported on Monday that a council engineer had described …" — the station relays', () => {
  it('"Radio Brackwater reported … that a council engineer had described the wall as "…"" is the engineer via the station', () => {
    const s = speakerOf(
      WALL +
        'Radio Brackwater reported on Monday that a council engineer had described the wall as "a disaster waiting to happen".',
      'a disaster waiting',
    );
    expect(s?.anonymous).toBe(true);
    expect(s?.via).toBe('radio-brackwater');
  });
  it('"Brackwater FM reported that an officer had said …" is relayed by Brackwater FM', () => {
    const s = speakerOf(
      WALL + 'Brackwater FM reported that a council officer had said the wall was "beyond repair".',
      'beyond repair',
    );
    expect(s?.via).toBe('brackwater-fm');
  });
  it('must not fire: a company that reports relays nobody', () => {
    const s = speakerOf(
      WALL + 'Harrow Mining reported that an engineer had said the wall was "beyond repair".',
      'beyond repair',
    );
    expect(s?.via).toBeUndefined();
  });
});

describe('VERB_AGENT_TITLE: "Caller <Name> <Surname>" — a doer of a verb written before a name is a title', () => {
  it('"Caller Morwenna Pask, who …, said …. "…," she said" is Morwenna Pask', () => {
    const text =
      POOL +
      'Caller Morwenna Pask, who has run the Friday bingo since 1996, said regulars were upset.\n\n"They have nowhere else to go," she said.';
    expect(readLedger(text).speaker('They have nowhere else')?.name).toBe('Morwenna Pask');
  });
  it('"Bowler Ysolde Marrin said: "…"" is Ysolde Marrin', () => {
    expect(
      readLedger(POOL + 'Bowler Ysolde Marrin said: "The frost took half the crop."').speaker('The frost took')?.name,
    ).toBe('Ysolde Marrin');
  });
  it('must not fire: a two-word name and a surname the lexicon knows keep their names', () => {
    expect(readLedger(POOL + 'Tucker Pask said: "The frost took half the crop."').speaker('The frost took')?.name).toBe(
      'Tucker Pask',
    );
    expect(readLedger(POOL + 'Walker Pask said: "The frost took half the crop."').speaker('The frost took')?.name).toBe(
      'Walker Pask',
    );
  });
});
