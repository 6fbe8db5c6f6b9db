import { describe, expect, it } from 'vitest';
import { speakerOf } from '../ingest-read';

// Review of the speaker sweep 12sp. Every name, place, body and outlet here is invented.

describe('a party, a service, a place or a rank before a first name and a surname is no first name', () => {
  for (const word of ['Labour', 'Police', 'Private', 'Trustee', 'Imam', 'Pope', 'Harwick', 'Local', 'Unite'])
    it(`"said ${word} Peter Garside" gives Peter Garside`, () => {
      expect(speakerOf(`"We will appeal," said ${word} Peter Garside.`, 'We will')?.name).toBe('Peter Garside');
    });
  it('"In Harwick Peter Garside said:" gives Peter Garside', () => {
    expect(speakerOf('In Harwick Peter Garside said: "We will appeal."', 'We will')?.name).toBe('Peter Garside');
  });
  it('must not fire: "said Will Peter Garside" keeps "Will"', () => {
    expect(speakerOf('"We will appeal," said Will Peter Garside.', 'We will')?.name).toBe('Will Peter Garside');
  });
  it('must not fire: "Dawn Marie Hollis said" keeps "Dawn"', () => {
    expect(speakerOf('"We will appeal," Dawn Marie Hollis said.', 'We will')?.name).toBe('Dawn Marie Hollis');
  });
  it('must not fire: titles and nationalities still drop ("said French President Louis Marchand")', () => {
    expect(speakerOf('"We will appeal," said French President Louis Marchand.', 'We will')?.name).toBe(
      'Louis Marchand',
    );
    expect(speakerOf('"We will appeal," said Coach Peter Garside.', 'We will')?.name).toBe('Peter Garside');
    expect(speakerOf('"We will appeal," Judge Peter Garside said.', 'We will')?.name).toBe('Peter Garside');
    expect(speakerOf('On Sunday Peter Garside said: "We will appeal."', 'We will')?.name).toBe('Peter Garside');
  });
});

describe('a utility named with "Water", "Gas" or "Housing" is an organisation, not a person', () => {
  it('"In a statement, Harwick Water said:" speaks through the body\'s statement', () => {
    expect(speakerOf('In a statement, Harwick Water said: "We are sorry."', 'We are')).toMatchObject({
      name: 'Harwick Water statement',
      kind: 'document',
    });
  });
  it('"Harwick Water said in a statement" is no person', () => {
    expect(speakerOf('"We are sorry," Harwick Water said in a statement.', 'We are')?.kind).not.toBe('person');
  });
  it('"said Harwick Water" alone is the organisation', () => {
    expect(speakerOf('"We are sorry," said Harwick Water.', 'We are')).toMatchObject({
      name: 'Harwick Water',
      kind: 'organisation',
    });
  });
  it('must not fire: "In a statement, Tom Bale said:" stays a person', () => {
    expect(speakerOf('In a statement, Tom Bale said: "We are sorry."', 'We are')?.name).toMatch(/Tom Bale/);
  });
  it('must not fire: "said Maxine Waters" stays a person', () => {
    expect(speakerOf('"We are sorry," said Maxine Waters.', 'We are')).toMatchObject({
      name: 'Maxine Waters',
      kind: 'person',
    });
  });
});

describe('an honorific of the other sex than the only person named with the surname is someone else', () => {
  it('"Ann Hale runs the shop. … Mr Hale, 60, said" is Mr Hale, not Ann Hale', () => {
    expect(speakerOf('Ann Hale runs the shop. "We are heartbroken," Mr Hale, 60, said.', 'We are')).toMatchObject({
      name: 'Mr Hale',
      kind: 'person',
      anonymous: false,
    });
  });
  it('"Ann Hale runs the shop. … Mr Hale, her husband, said" is Mr Hale', () => {
    expect(speakerOf('Ann Hale runs the shop. "We are heartbroken," Mr Hale, her husband, said.', 'We are')?.name).toBe(
      'Mr Hale',
    );
  });
  it('"Tom Hale runs the shop. … Mrs Hale said" is Mrs Hale', () => {
    expect(speakerOf('Tom Hale runs the shop. "We are heartbroken," Mrs Hale said.', 'We are')?.name).toBe('Mrs Hale');
  });
  it('must not fire: the honorific of the same sex is the person named before', () => {
    expect(speakerOf('Ann Hale runs the shop. "We are heartbroken," Mrs Hale, 58, said.', 'We are')?.name).toBe(
      'Ann Hale',
    );
    expect(speakerOf('Tom Hale runs the shop. "We are heartbroken," Mr Hale said.', 'We are')?.name).toBe('Tom Hale');
  });
  it('must not fire: husband and wife both named keep their own honorifics', () => {
    const text = 'Tom Hale and his wife Ann Hale run the shop. "We are heartbroken," Mr Hale, 60, said.';
    expect(speakerOf(text, 'We are')?.name).toBe('Tom Hale');
    expect(
      speakerOf('Tom Hale and his wife Ann Hale run the shop. "We are heartbroken," Mrs Hale said.', 'We are')?.name,
    ).toBe('Ann Hale');
  });
  it('must not fire: a first name worn by either sex ("Jesse Hale … Mr Hale said") stays one person', () => {
    expect(speakerOf('Jesse Hale runs the shop. "We are heartbroken," Mr Hale said.', 'We are')?.name).toBe(
      'Jesse Hale',
    );
  });
  it('must not fire: "Dr Hale" after "Ann Hale" is Ann Hale', () => {
    expect(speakerOf('Ann Hale runs the clinic. "We are heartbroken," Dr Hale said.', 'We are')?.name).toBe('Ann Hale');
  });
});

describe('"the 23-year-old" is the one person the article gave that age', () => {
  it('after a judge named later, "the 23-year-old told the court" is the defendant "Liam Dorsey, 23,"', () => {
    const text =
      'Liam Dorsey, 23, admitted theft. Judge Ann Vance said he had shown remorse. "I am sorry," the 23-year-old told the court.';
    expect(speakerOf(text, 'I am')?.name).toBe('Liam Dorsey');
  });
  it('"Liam Dorsey, 23, wept as Tom Vance, 51, prosecuting, read the charges" gives the 23-year-old Liam Dorsey', () => {
    const text =
      'Liam Dorsey, 23, wept as Tom Vance, 51, prosecuting, read the charges. "I am sorry," the 23-year-old told the court.';
    expect(speakerOf(text, 'I am')?.name).toBe('Liam Dorsey');
  });
  it('must not fire: "the 51-year-old" is Tom Vance, 51', () => {
    const text =
      'Tom Vance, 51, prosecuting, said Liam Dorsey, 23, had planned it. "I am sorry," the 51-year-old told the court.';
    expect(speakerOf(text, 'I am')?.name).toBe('Tom Vance');
  });
  it('must not fire: with no age written, the person named last before stays', () => {
    const text = 'Liam Dorsey admitted theft. "I am sorry," the 23-year-old told the court.';
    expect(speakerOf(text, 'I am')?.name).toBe('Liam Dorsey');
  });
});

describe('a first name worn by either sex does not rule a person out of "the mother-of-two"', () => {
  it('"rescued Sam Lee …, fire chief Tom Bale said. … the mother-of-two told" is Sam Lee', () => {
    const text =
      'Firefighters rescued Sam Lee from the flat, fire chief Tom Bale said. "I thought I would die," the mother-of-two told the Gazette.';
    expect(speakerOf(text, 'I thought')?.name).toBe('Sam Lee');
  });
  it('"rescued Alex Lee …" gives Alex Lee', () => {
    const text =
      'Firefighters rescued Alex Lee from the flat, fire chief Tom Bale said. "I thought I would die," the mother-of-two told the Gazette.';
    expect(speakerOf(text, 'I thought')?.name).toBe('Alex Lee');
  });
  it('must not fire: "Ann Lee" and a man named later still give Ann Lee', () => {
    const text =
      'Firefighters rescued Ann Lee from the flat, fire chief Tom Bale said. "I thought I would die," the mother-of-two told the Gazette.';
    expect(speakerOf(text, 'I thought')?.name).toBe('Ann Lee');
  });
  it('must not fire: "the father-of-two" after "Tom Lee" and a woman named later is Tom Lee', () => {
    const text =
      'Firefighters rescued Tom Lee from the flat, fire chief Ann Bale said. "I thought I would die," the father-of-two told the Gazette.';
    expect(speakerOf(text, 'I thought')?.name).toBe('Tom Lee');
  });
});

describe('"he was quoted in X as saying", "she was later quoted as saying"', () => {
  it('"He was quoted in the Herald as saying" is the man named before', () => {
    expect(
      speakerOf('Tom Bale resigned. He was quoted in the Herald as saying "the plan is dead".', 'the plan')?.name,
    ).toBe('Tom Bale');
  });
  it('"She was later quoted as saying" is the woman named before', () => {
    expect(speakerOf('Ann Lowe resigned. She was later quoted as saying "the plan is dead".', 'the plan')?.name).toBe(
      'Ann Lowe',
    );
  });
  it('must not fire: "The Herald quoted Ann Lowe as saying" stays Ann Lowe after a man', () => {
    expect(
      speakerOf('Tom Bale resigned. The Herald quoted Ann Lowe as saying "the plan is dead".', 'the plan')?.name,
    ).toBe('Ann Lowe');
  });
});

describe('"the 23-year-old" with no age written is no judge nor lawyer of the case', () => {
  it('"Prosecutor Tom Vance said Liam Dorsey had stolen £400" gives the defendant', () => {
    const text = 'Prosecutor Tom Vance said Liam Dorsey had stolen £400. "I am sorry," the 23-year-old told the court.';
    expect(speakerOf(text, 'I am')?.name).toBe('Liam Dorsey');
  });
  it('"Tom Vance, prosecuting, said …" after "Defendant Liam Dorsey … wept" gives the defendant', () => {
    const text =
      'Defendant Liam Dorsey, of Mill Lane, wept. Tom Vance, prosecuting, said the theft was planned. "I am sorry," the 23-year-old told the court.';
    expect(speakerOf(text, 'I am')?.name).toBe('Liam Dorsey');
  });
  it('must not fire: with only the lawyer named, the lawyer stays', () => {
    const text = 'Tom Vance, prosecuting, said the theft was planned. "I am sorry," the 23-year-old told the court.';
    expect(speakerOf(text, 'I am')?.name).toBe('Tom Vance');
  });
  it('must not fire: a witness named after the defendant is the 23-year-old as before', () => {
    const text =
      'Liam Dorsey admitted theft. Witness Ann Vance said she saw it. "I saw it all," the 23-year-old told the court.';
    expect(speakerOf(text, 'I saw')?.name).toBe('Ann Vance');
  });
});
