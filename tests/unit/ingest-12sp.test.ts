import { describe, expect, it } from 'vitest';
import { speakerOf } from '../ingest-read';

// Speaker sweep 12sp: attribution misfires left alone by earlier reviews, and ordinary wire-style
// attributions. Every name, place, body and outlet here is invented.

describe('a common word before a first name and a surname, mid-sentence, stays part of the name', () => {
  it('"said Will Peter Garside" keeps "Will"', () => {
    expect(speakerOf('"We will appeal," said Will Peter Garside.', 'We will')?.name).toBe('Will Peter Garside');
  });
  it('"Bill Henry Ashford said" after a quotation keeps "Bill"', () => {
    expect(speakerOf('"We will appeal," Bill Henry Ashford said.', 'We will')?.name).toBe('Bill Henry Ashford');
  });
  it('"Frank Joseph Lyle told reporters" keeps "Frank"', () => {
    expect(speakerOf('"We will appeal," Frank Joseph Lyle told reporters.', 'We will')?.name).toBe('Frank Joseph Lyle');
  });
  it('"said Dawn Marie Hollis" keeps "Dawn"', () => {
    expect(speakerOf('"We will appeal," said Dawn Marie Hollis.', 'We will')?.name).toBe('Dawn Marie Hollis');
  });
  it('must not fire: a role noun before the name stays a title ("said Rector Basil Quant")', () => {
    expect(speakerOf('"We will appeal," said Rector Basil Quant.', 'We will')?.name).toBe('Basil Quant');
  });
  it('must not fire: a title of two words ("said Harbour Master Ola Brisk")', () => {
    expect(speakerOf('"We will appeal," said Harbour Master Ola Brisk.', 'We will')?.name).toBe('Ola Brisk');
  });
});

describe('a body before a lower-case title and a name after the speech verb: the name speaks', () => {
  it('"said Arden Line chief executive Mo Kerr" gives Mo Kerr', () => {
    expect(speakerOf('"Profits will recover," said Arden Line chief executive Mo Kerr.', 'Profits')).toMatchObject({
      name: 'Mo Kerr',
      kind: 'person',
    });
  });
  it('must not fire: "said Arden Line, which employs 400 people" stays the company', () => {
    expect(speakerOf('"Profits will recover," said Arden Line, which employs 400 people.', 'Profits')).toMatchObject({
      name: 'Arden Line',
      kind: 'organisation',
    });
  });
  it('must not fire: "said Lucian Obradovic-Thorne, a professor" stays the person', () => {
    expect(
      speakerOf('"Rents will rise," said Lucian Obradovic-Thorne, a professor at the Corriston School.', 'Rents')?.name,
    ).toBe('Lucian Obradovic-Thorne');
  });
});

describe('an unnamed source with a restrictive "who" clause after a quotation', () => {
  it('"a resident who lives on the street told the Gazette" is an anonymous resident via the Gazette', () => {
    expect(speakerOf('"It is dangerous," a resident who lives on the street told the Gazette.', 'It is')).toEqual({
      name: 'A resident (unnamed source)',
      kind: 'person',
      anonymous: true,
      via: 'gazette',
    });
  });
  it('"A resident who lives on the street said:" opening the sentence is the resident', () => {
    expect(speakerOf('A resident who lives on the street said: "It is dangerous."', 'It is')?.name).toBe(
      'A resident (unnamed source)',
    );
  });
  it('must not fire: "a resident told the Gazette" is unchanged', () => {
    expect(speakerOf('"It is dangerous," a resident told the Gazette.', 'It is')?.name).toBe(
      'A resident (unnamed source)',
    );
  });
});

describe("an honorific and a surname with no first name in the article, as a speech verb's subject", () => {
  it('"…," Mr Bishop, 61, said gives Mr Bishop', () => {
    expect(speakerOf('"The roof leaked for years," Mr Bishop, 61, said.', 'The roof')).toMatchObject({
      name: 'Mr Bishop',
      kind: 'person',
      anonymous: false,
    });
  });
  it('"Mr Bishop, 61, said the roof "leaked for years"" gives Mr Bishop', () => {
    expect(speakerOf('Mr Bishop, 61, said the roof "leaked for years".', 'leaked')?.name).toBe('Mr Bishop');
  });
  it('"Ms Hale, a nurse, said" gives Ms Hale', () => {
    expect(speakerOf('"We were scared," Ms Hale, a nurse, said.', 'We were')?.name).toBe('Ms Hale');
  });
  it('must not fire: with "Tom Bishop" written earlier, "Mr Bishop, 61, said" is Tom Bishop', () => {
    expect(
      speakerOf('Tom Bishop owns the house.\n\n"The roof leaked for years," Mr Bishop, 61, said.', 'The roof')?.name,
    ).toBe('Tom Bishop');
  });
  it('must not fire: "said Mrs Ola Bishop, 61" keeps the whole name', () => {
    expect(speakerOf('"The roof leaked for years," said Mrs Ola Bishop, 61.', 'The roof')?.name).toBe('Ola Bishop');
  });
});

describe('"quoted him as saying", "she was quoted as saying": the pronoun quoted speaks', () => {
  it('"The Herald quoted him as saying" gives the man named before', () => {
    expect(
      speakerOf('Tom Vale, the mayor, spoke on Monday. The Herald quoted him as saying: "We will not back down."', 'We')
        ?.name,
    ).toBe('Tom Vale');
  });
  it('"He was quoted as saying" gives the man named before', () => {
    expect(
      speakerOf('Tom Vale, the mayor, spoke on Monday. He was quoted as saying: "We will not back down."', 'We')?.name,
    ).toBe('Tom Vale');
  });
  it('"She was quoted by the Herald as saying the plan "…"" gives the woman named before', () => {
    expect(
      speakerOf(
        'Ann Vale, the mayor, spoke on Monday. She was quoted by the Herald as saying the plan "will go ahead".',
        'will go',
      )?.name,
    ).toBe('Ann Vale');
  });
  it('still fires: "The paper quoted Ola Brand as saying" gives Ola Brand', () => {
    expect(
      speakerOf('The paper quoted Ola Brand as saying: "The inquiry will take months."', 'The inquiry')?.name,
    ).toBe('Ola Brand');
  });
});

describe('a family epithet of one sex is not a person named as the other', () => {
  const rescue = 'Firefighters rescued Ann Lee from the burning house on Monday, fire chief Tom Bale said.\n\n';
  it('"the mother-of-two told the Courier" after "fire chief Tom Bale said" is Ann Lee', () => {
    expect(speakerOf(`${rescue}"I thought I would die," the mother-of-two told the Courier.`, 'I thought')?.name).toBe(
      'Ann Lee',
    );
  });
  it('still fires: "the father-of-three" there is Tom Bale', () => {
    expect(speakerOf(`${rescue}"It was close," the father-of-three told the Courier.`, 'It was')?.name).toBe(
      'Tom Bale',
    );
  });
  it('must not fire: an age ("the 34-year-old") tells no sex and stays with Tom Bale', () => {
    expect(speakerOf(`${rescue}"I thought I would die," the 34-year-old told the Courier.`, 'I thought')?.name).toBe(
      'Tom Bale',
    );
  });
});
