import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';

// The speaker patterns of issue 12ax (structural rules), each on sentences written for this file: every name, place,
// body and role here is invented and none comes from the test articles.

describe('BRACKETED_AGE: "<First> <Surname> (47), who …" is a person, as "<First> <Surname>, 47," is', () => {
  it('a name with an age in brackets, then a relative clause, is the one a later "Mr <Surname>" stands for', () => {
    const text =
      'Torcan Ellisby (52), who owns the bakery on Quay Street, got a letter from the council on Monday.\n\n' +
      '"It made no sense to me," Mr Ellisby told the Ledger.';
    expect(readLedger(text).speaker('It made no sense')?.name).toBe('Torcan Ellisby');
  });
  it('an age in brackets before the speech verb, and before "and", keeps the whole name the subject', () => {
    const a = 'Margit Oslewe (61) said the bridge was "a danger to everyone".';
    expect(readLedger(a).speaker('a danger to everyone')?.name).toBe('Margit Oslewe');
    const b = 'Parents Ysolt Carrowe (38) and her neighbour complained in March.\n\n"We asked twice," Ms Carrowe said.';
    expect(readLedger(b).speaker('We asked twice')?.name).toBe('Ysolt Carrowe');
  });
  it('must not fire: a number in brackets after a name of a body, or not right after the name', () => {
    const text = 'The Orrin Valley Trust (2019) said the lease was "under review".';
    expect(readLedger(text).speaker('under review')?.name).not.toBe('Orrin Valley Trust (2019)');
  });
});

describe('wholeNameMetBefore: "Mr <Surname>" is the one whole name of the surname introduced before it', () => {
  const story = (later: string) =>
    'Odhran Castleby, 47, who runs the forge, was told to move his anvil.\n\n' +
    '"I will not be moving," Mr Castleby told the Ledger.\n\n' +
    later;
  it('a kinsman of the surname named only later in the article does not hide the earlier one', () => {
    const text = story('The forge was opened by his grandfather, Tadhg Castleby, in 1958.');
    expect(readLedger(text).speaker('I will not be moving')?.name).toBe('Odhran Castleby');
  });
  it('also with a daughter named later (whose first name compromise may not know)', () => {
    const text = story('His daughter, Saoirse Castleby, runs the shop next door.');
    expect(readLedger(text).speaker('I will not be moving')?.name).toBe('Odhran Castleby');
  });
  it('must not fire: a woman of the surname introduced before is no "Mr <Surname>"', () => {
    const text =
      'Margaret Castleby, 44, who runs the shop, was told to move her sign.\n\n' +
      '"I will not be moving," Mr Castleby told the Ledger.\n\nThe forge was opened by Odhran Castleby in 1958.';
    expect(readLedger(text).speaker('I will not be moving')?.name).not.toBe('Margaret Castleby');
  });
});

describe('kinFirstNamed: "His wife, <First>, said" is <First> and the surname of the person the kin belongs to', () => {
  const LEAD = 'Odhran Castleby, 47, who runs the forge, was told to move his anvil.\n\n';
  it('"His wife, <First>, said" after a man named before is <First> <Surname>', () => {
    const text = LEAD + 'His wife, Ilsabet, said the forge had been "our whole life".';
    expect(readLedger(text).speaker('our whole life')?.name).toBe('Ilsabet Castleby');
  });
  it('"Mr <Surname>\'s sister, <First>, who …, told …" is <First> <Surname>', () => {
    const text =
      LEAD + 'Mr Castleby\'s sister, Muirne, who lives next door, told the Ledger it was "a ridiculous fuss".';
    expect(readLedger(text).speaker('a ridiculous fuss')?.name).toBe('Muirne Castleby');
  });
  it('"Her husband, <First>, added …" after a woman named before', () => {
    const text =
      'Rhona Pellacott, who owns the cafe, said the fee was too high.\n\n' +
      'Her husband, Teodric, added that it was "money for nothing".';
    expect(readLedger(text).speaker('money for nothing')?.name).toBe('Teodric Pellacott');
  });
  it('must not fire: "His wife, <First>," with nobody named before, nor after a woman named before', () => {
    const a = 'His wife, Ilsabet, said the forge had been "our whole life".';
    expect(readLedger(a).speaker('our whole life')?.name).not.toMatch(/Castleby|Pellacott/);
    const b =
      'Margaret Pellacott, who owns the cafe, said the fee was too high.\n\n' +
      'His wife, Ilsabet, said it was "money for nothing".';
    expect(readLedger(b).speaker('money for nothing')?.name).not.toBe('Ilsabet Pellacott');
  });
});

describe('rankAfterHonorific: "The Revd <Rank> <First> <Surname>" keeps the rank out of the name', () => {
  it('a rank compromise does not know, between an honorific and a name it does not know, is no first name', () => {
    const a = 'The Revd Canon Ulfric Tansley, the dean, said the fee was "a fair price".';
    expect(readLedger(a).speaker('a fair price')?.name).toBe('Ulfric Tansley');
    const b = 'The Very Rev Prebendary Osgar Threlkeld told the Ledger the roof was "beyond repair".';
    expect(readLedger(b).speaker('beyond repair')?.name).toBe('Osgar Threlkeld');
  });
  it('must not fire: a particle before the surname, or two words after the honorific', () => {
    const a = 'Dr Aoife Ní Bhriain said the fee was "far too dear".';
    expect(readLedger(a).speaker('far too dear')?.name).toBe('Aoife Ní Bhriain');
    const b = 'The Revd Ulfric Tansley said the fee was "a fair price".';
    expect(readLedger(b).speaker('a fair price')?.name).toBe('Ulfric Tansley');
  });
});

describe('kinNamed: "Her husband …" is the kin the article named with a first name before ("with her husband, <First>,")', () => {
  const LEAD = 'Wendeline Achterberg has run the ferry with her husband, Joost, since 1998.\n\n';
  it('"Her husband put it more simply." before a quote-only paragraph is the husband named before', () => {
    const text =
      LEAD + '"We were never told," she said.\n\nHer husband put it more simply.\n\n"Who pays for the fuel now?"';
    const r = readLedger(text);
    expect(r.speaker('We were never told')?.name).toBe('Wendeline Achterberg');
    expect(r.speaker('Who pays for the fuel')?.name).toBe('Joost Achterberg');
  });
  it('"Her husband said …" opening a sentence of reported speech, and "His sister was blunter:"', () => {
    const a = LEAD + '"We were never told," she said. Her husband said the fee was "daylight robbery".';
    expect(readLedger(a).speaker('daylight robbery')?.name).toBe('Joost Achterberg');
    const b =
      'Piet Oldervoort runs the mill with his sister, Griet, who keeps the books.\n\n' +
      '"It is ours," he said.\n\nHis sister was blunter: "They can whistle for it."';
    expect(readLedger(b).speaker('They can whistle')?.name).toBe('Griet Oldervoort');
  });
  it('must not fire: a kin word the article named no one with keeps the older reading', () => {
    const text =
      LEAD + '"We were never told," she said.\n\nHer brother put it more simply.\n\n"Who pays for the fuel now?"';
    expect(readLedger(text).speaker('Who pays for the fuel')?.name).not.toBe('Joost Achterberg');
  });
});

describe('NAME_WORDS: a name with a Gaelic particle, described after it, is a person', () => {
  it('"<First> Ó <Surname>, coordinator of …, said" and "<First> Ní <Surname>, a member of …, told"', () => {
    const a =
      'Colmán Ó Ceallacháin, coordinator of the Tallagh Road food bank, said demand had doubled. "It is relentless," he said.';
    expect(readLedger(a).speaker('It is relentless')?.name).toBe('Colmán Ó Ceallacháin');
    const b = 'Gráinne Nic Aodha, a member of the residents group, told the Ledger the lane was "a disgrace".';
    expect(readLedger(b).speaker('a disgrace')?.name).toBe('Gráinne Nic Aodha');
  });
  it('must not fire: a company whose name holds a particle is no person', () => {
    const text = 'Breen Mac Aodha Motors, owner of the garage, said the lane was "far too narrow".';
    expect(readLedger(text).speaker('far too narrow')?.kind).not.toBe('person');
  });
});

describe('kinFirstNamed: a kin named by first name alone does not take the bare surname from the one named in full', () => {
  it('"Ms <S>\'s mother, <First> <S>, and her brother, <First>, … Mrs <S> told …" is still the mother', () => {
    const text =
      'Ailbhe Corrigan, 24, was hurt in the fire.\n\n' +
      'Ms Corrigan\'s mother, Maura Corrigan, and her brother, Cathal, sat in the gallery. Mrs Corrigan told the court her daughter had been "terrified of the dark" that night.';
    expect(readLedger(text).speaker('terrified of the dark')?.name).toBe('Maura Corrigan');
  });
});

describe('ISSUED_TEXT: "<Body> issued the <text> …, saying …" speaks through the text, as "issued a <text>" did', () => {
  it('the text named with "the" after a verb of issuing is the speaker, of several bodies and nouns', () => {
    const a =
      'The Orrin Harbour Board issued the closure notice on Monday, saying the pier was "no longer safe for the public".';
    expect(readLedger(a).speaker('no longer safe')?.name).toBe('Orrin Harbour Board closure notice');
    const b =
      'Tallow District Council published the inspection report on Friday, warning that the roof was "close to failure".';
    expect(readLedger(b).speaker('close to failure')?.name).toBe('Tallow District Council inspection report');
  });
  it('must not fire: a named person issuing a statement keeps the words', () => {
    const text = 'Councillor Ada Brisk issued the statement on Monday, saying the decision was "long overdue".';
    expect(readLedger(text).speaker('long overdue')?.name).toBe('Ada Brisk');
  });
});
