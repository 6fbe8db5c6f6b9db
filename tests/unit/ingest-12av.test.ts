import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';

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
