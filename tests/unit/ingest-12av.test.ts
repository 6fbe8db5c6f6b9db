import { describe, expect, it } from 'vitest';
import { readLedger, speakerOf } from '../ingest-read';

// The speaker patterns of issue 12av, each on sentences written for this file: every name, place, body and role
// here is invented and none comes from the test articles.

const REFUSED =
  'The council refused the licence of Ermete Fenwright on Monday after complaints, which residents say were overdue.\n\n';

describe('RELATIVE_APPOSITION: "Mr <Surname>, 61, whose …, said" is the speaker, as "Mr <Surname>, 61, said" was', () => {
  it('"Ewart Pellow … Mr Pellow, 61, whose mother opened the stall, said …. "…," he said" is Ewart Pellow', () => {
    const text =
      'The stall will close, which residents say is sad.\n\nThe pitch was given to Ewart Pellow in 1990.\n\nMr Pellow, 61, whose mother opened the stall, said he would appeal. "We have been here for decades," he said.';
    expect(readLedger(text).speaker('We have been here for decades')?.name).toBe('Ewart Pellow');
  });
  it('"Mrs Garvey, who runs the flower stall, told …" is Mrs Garvey', () => {
    const text =
      'The stall will close, which residents say is sad.\n\nMrs Garvey, who runs the flower stall, told the Ledger the move was "a disgrace".';
    expect(readLedger(text).speaker('a disgrace')?.name).toBe('Mrs Garvey');
  });
  it('must not fire: a name inside the relative clause does not speak, nor a relative clause with no speech verb after', () => {
    const a =
      'The oldest stall is run by Ewart Pellow.\n\nMr Pellow, who met Joan Ibbotson on Monday, said the talks were "going nowhere".';
    expect(readLedger(a).speaker('going nowhere')?.name).not.toBe('Joan Ibbotson');
    const b =
      'The oldest stall is run by Ewart Pellow. Mr Pellow, whose stall is the oldest, will move.\n\nCouncillor Joan Ibbotson said it was "a fair decision".';
    expect(readLedger(b).speaker('a fair decision')?.name).toBe('Joan Ibbotson');
  });
});

describe('QUOTED_NICKNAME: a nickname in quotation marks between first name and surname is no part of the name', () => {
  it('"the licence of Ermete "Bunny" Fenwright … Mr Fenwright, 66, whose …, said …" is Ermete Fenwright', () => {
    const text =
      REFUSED.replace('Ermete', 'Ermete "Bunny"') +
      'Mr Fenwright, 66, whose father opened the stall, said he would appeal. "We have been here for decades," he said.';
    expect(readLedger(text).speaker('We have been here for decades')?.name).toBe('Ermete Fenwright');
  });
});

describe('wholeNameByGender: "Mr <Surname>" is the one of two whole names of the surname whose first name is not a woman’s', () => {
  const text = (kin: string) =>
    REFUSED +
    'Mr Fenwright, 66, whose father opened the stall, said he would appeal. "We have been here for decades," he said.\n\n' +
    `${kin} said the family had been given "no chance".`;
  it('"Ermete Fenwright … Mr Fenwright, 66, whose …, said … His daughter, Maria Fenwright, said …" is Ermete Fenwright', () => {
    const r = readLedger(text('His daughter, Maria Fenwright,'));
    expect(r.speaker('We have been here for decades')?.name).toBe('Ermete Fenwright');
    expect(r.speaker('no chance')?.name).toBe('Maria Fenwright');
  });
  it('must not fire: two whole names of the surname whose first names are not a woman’s (a son) pick neither', () => {
    const r = readLedger(text('His son, Peter Fenwright,'));
    expect(r.speaker('We have been here for decades')?.name).not.toMatch(/Fenwright/);
  });
});

describe('couplePartnerNamed: "<First> <Surname>" of a pair named "A and B <Surname>" is that one, not the one met first', () => {
  const CAFE = 'The Orrin cafe will stay open, owners Rosheen and Anselm Tarrant said on Monday.\n\n';
  it('"Rosheen and Anselm Tarrant … "…," Rosheen Tarrant said. … Anselm Tarrant rejected that. "…," he said" is Anselm Tarrant', () => {
    const text =
      CAFE +
      '"We had the boxes packed," Rosheen Tarrant said.\n\nA rival trader told the Ledger the appeal had been "a stunt." Anselm Tarrant rejected that.\n\n"Nobody staged anything," he said.';
    const r = readLedger(text);
    expect(r.speaker('Nobody staged anything')?.name).toBe('Anselm Tarrant');
    expect(r.speaker('We had the boxes packed')?.name).toBe('Rosheen Tarrant');
  });
  it('must not fire: a first name the pair does not hold is not made a person of the surname by this rule', () => {
    const text =
      CAFE +
      '"We had the boxes packed," Rosheen Tarrant said.\n\nA rival trader told the Ledger the appeal had been "a stunt." Zebedy Tarrant rejected that.\n\n"Nobody staged anything," he said.';
    expect(readLedger(text).speaker('Nobody staged anything')?.name).not.toBe('Zebedy Tarrant');
  });
});

describe('KIN_PUT_IT: "Her husband put it more simply." leads in the quote-only paragraph after it', () => {
  const text = (lead: string) =>
    'The Orrin cafe will stay open, owners Rosheen and Anselm Tarrant said on Monday.\n\n"We had the boxes packed," Rosheen Tarrant said.\n\n' +
    `${lead}\n\n"People wanted a cafe, so there is a cafe."`;
  it('"Her husband put it more simply." / "…bluntly." / "…differently." is the husband of the pair', () => {
    for (const lead of [
      'Her husband put it more simply.',
      'Her husband put it bluntly.',
      'Her husband put it differently.',
    ])
      expect(readLedger(text(lead)).speaker('People wanted a cafe')?.name).toBe('Anselm Tarrant');
  });
  it('must not fire: "put it" with no manner after it ("put it on the market") leads in nothing', () => {
    expect(
      readLedger(text('Her husband put it on the market last year.')).speaker('People wanted a cafe')?.name,
    ).not.toBe('Anselm Tarrant');
  });
});

describe('citedBeforeThat: "<Outlet> reported, citing a <source>, that … "…"" is the cited source, through the outlet', () => {
  it('"The Orrin Gazette reported on Monday, citing a person close to the club board, that …" is that person via the Gazette', () => {
    const text =
      'The Orrin Gazette reported on Monday, citing a person close to the club board, that the roof repair had been "put off to save money".';
    expect(speakerOf(text, 'put off to save money')).toMatchObject({
      name: 'A person close to the club board (unnamed source)',
      anonymous: true,
    });
    expect(readLedger(text).cast.members.get(readLedger(text).speaker('put off')!.via!)?.name).toBe('Orrin Gazette');
  });
  it('"citing a council official it did not name, that" drops "it did not name"', () => {
    const text =
      'The local daily Orrin Gazette reported on Saturday, citing a council official it did not name, that the pipes had been "failing for years".';
    expect(speakerOf(text, 'failing for years')?.name).toBe('A council official (unnamed source)');
  });
  it('must not fire: two sources cited, or a person (no outlet) citing a report', () => {
    const a =
      'The Orrin Gazette reported on Monday, citing two people familiar with the talks, that the repair had been "put off to save money".';
    expect(speakerOf(a, 'put off to save money')?.anonymous).toBe(false);
    const b =
      'Tom Harkness said on Monday, citing a report by the club, that the repair had been "put off to save money".';
    expect(speakerOf(b, 'put off to save money')?.name).toBe('Tom Harkness');
  });
});

describe('DESCRIBED_MAIN_SUBJECT: "A council spokesman confirmed … and said "…"" is the spokesman', () => {
  const BEFORE = 'Orrin Dairies said it had written to Orrin District Council offering a list of customers. ';
  it('"A council spokesman confirmed the letter arrived last week and said staff were "…"" is an unnamed spokesman', () => {
    const text =
      BEFORE +
      'A council spokesman confirmed the letter arrived last week and said staff were "looking at it closely".';
    expect(speakerOf(text, 'looking at it closely')).toMatchObject({
      name: 'A council spokesman (unnamed source)',
      anonymous: true,
    });
  });
  it('must not fire: a named spokesman keeps the words, and so does a named subject of the main verb', () => {
    const a =
      BEFORE +
      'Council spokesman Ivo Brant confirmed the letter arrived last week and said staff were "looking at it closely".';
    expect(speakerOf(a, 'looking at it closely')?.name).toBe('Ivo Brant');
    const b = BEFORE + 'The company confirmed the letter was sent and said it was "waiting for an answer".';
    expect(speakerOf(b, 'waiting for an answer')?.anonymous).toBe(false);
  });
});

describe('relativeDescribed: "…disputed by a former cook, who told <Outlet> that … "…"" is that unnamed person', () => {
  it('"That account was disputed by a former cook, who told KORR-TV that staff had "…"" is the cook, via KORR-TV', () => {
    const text =
      'The owner said every worker had been paid. That account was disputed by a former cook, who told KORR-TV that staff had "not been paid since October."';
    const r = readLedger(text);
    const s = r.speaker('not been paid since October');
    expect(s?.name).toBe('A former cook (unnamed source)');
    expect(s?.anonymous).toBe(true);
    expect(r.cast.members.get(s!.via!)?.name).toBe('KORR-TV');
  });
  it('must not fire: a named person before "who" keeps the words, and a "who" clause with no speech verb', () => {
    const a = 'The plan was opposed by Tom Harkness, who said it was "a waste of money."';
    expect(speakerOf(a, 'a waste of money')?.name).toBe('Tom Harkness');
    const b = 'The letter went to a local builder, who later went bust. "We were never paid," said Tom Harkness.';
    expect(speakerOf(b, 'We were never paid')?.name).toBe('Tom Harkness');
    const c =
      'The words are those of Dr Ada Quist, a nurse at the hospital, who told the Orrin Gazette that the charges were "a disgrace".';
    expect(speakerOf(c, 'a disgrace')?.name).toBe('Ada Quist');
  });
});
