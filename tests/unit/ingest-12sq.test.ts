import { describe, expect, it } from 'vitest';
import { speakerOf } from '../ingest-read';

// The speaker sweep 12sq, each rule on sentences written for this file: every name, place, body and
// role here is invented and none comes from the test articles.

describe('"His son said", "Her mother said": a parent or child of a pair named "Father and son A and B X" (KIN_PARENT_CHILD)', () => {
  const pair = 'Father and son Osmund and Tiernan Brackwell, who keep the chandlery on the quay, oppose the plan. ';
  it('"His son said … : "…"" after the father speaks gives the son', () => {
    const text = `${pair}"We were never asked," Osmund Brackwell said.\n\nHis son said the shop would close by spring: "There is no trade left here."`;
    expect(speakerOf(text, 'There is no trade')?.name).toBe('Tiernan Brackwell');
  });
  it('"Her mother said …" after the daughter speaks gives the mother', () => {
    const text =
      'Mother and daughter Ysolde and Marguerite Fenchurch run the tearoom by the green. "It is a sad day," said Marguerite Fenchurch.\n\nHer mother said she had expected worse: "We will manage somehow."';
    expect(speakerOf(text, 'We will manage')?.name).toBe('Ysolde Fenchurch');
  });
  it('"His son said …" and the quote in the next sentence of the paragraph gives the son', () => {
    const text = `${pair}"We were never asked," Osmund Brackwell said.\n\nHis son said they might fight the plan. "If the rent doubles, we go."`;
    expect(speakerOf(text, 'If the rent')?.name).toBe('Tiernan Brackwell');
  });
  it('must not fire: "His son said" when the son himself spoke last (the father is no son)', () => {
    const text = `${pair}"We were never asked," Tiernan Brackwell said.\n\nHis son said the shop would close by spring: "There is no trade left here."`;
    expect(speakerOf(text, 'There is no trade')?.name).not.toBe('Osmund Brackwell');
  });
  it('must not fire: "His son said" after a married couple (the wife is no son)', () => {
    const text =
      'Married couple Osmund and Eluned Brackwell keep the chandlery. "We were never asked," Osmund Brackwell said.\n\nHis son said the shop would close by spring: "There is no trade left here."';
    expect(speakerOf(text, 'There is no trade')?.name).not.toBe('Eluned Brackwell');
  });
  it('must not fire: "Her mother said" after a man spoke (the pronoun does not fit)', () => {
    const text =
      'Father and daughter Osmund and Marguerite Brackwell keep the chandlery. "We were never asked," Osmund Brackwell said.\n\nHer mother said she had expected worse: "We will manage somehow."';
    expect(speakerOf(text, 'We will manage')?.name).not.toBe('Marguerite Brackwell');
  });
});

describe('"His brother was blunter: "…"": a kin subject of any verb before the colon of the quote (KIN_COLON)', () => {
  it('"His brother was blunter: "…"" after one brother spoke gives the other', () => {
    const text =
      'Brothers Anselm and Rory Quillfeather, who breed sheep above the valley, opposed the sale. "It is the end of something," Anselm Quillfeather said.\n\nHis brother was less polite: "They have sold us out for a car park."';
    expect(speakerOf(text, 'They have sold')?.name).toBe('Rory Quillfeather');
  });
  it('must not fire: "His brother, Piran X, was less polite:" names the speaker itself', () => {
    const text =
      'Brothers Anselm and Rory Quillfeather opposed the sale. "It is the end of something," Anselm Quillfeather said.\n\nHis cousin, Piran Stowe, was less polite: "They have sold us out for a car park."';
    expect(speakerOf(text, 'They have sold')?.name).not.toBe('Rory Quillfeather');
  });
  it('must not fire: the kin only mentioned before a quote whose speaker is named after it', () => {
    const text =
      'Brothers Anselm and Rory Quillfeather opposed the sale. "It is the end of something," Anselm Quillfeather said.\n\nHis brother was away, and the neighbour had her say: "They have sold us out," said Wenna Polgrain.';
    expect(speakerOf(text, 'They have sold')?.name).toBe('Wenna Polgrain');
  });
});

describe('"Her husband was less impressed. "…," he said.": the kin as the antecedent of the next pronoun (kinMentioned)', () => {
  const couple =
    'Married couple Isolde and Bartholomew Vennicombe have swum at the pool every morning for 30 years. "It is like losing a friend," Isolde Vennicombe said. ';
  it('"Her husband was less sentimental. "…," he said." gives the husband, not a man named earlier', () => {
    const text = `Pool manager Gerontius Blay said the boiler could not be fixed. ${couple}\n\nHer husband was less sentimental. "It was always too cold anyway," he said.`;
    expect(speakerOf(text, 'It was always')?.name).toBe('Bartholomew Vennicombe');
  });
  it('"Her husband is joining the protest." then a paragraph ""…," he said." gives the husband', () => {
    const text = `Pool manager Gerontius Blay said the boiler could not be fixed. ${couple}\n\nHer husband is joining the protest.\n\n"They will hear from us at the meeting," he said.`;
    expect(speakerOf(text, 'They will hear')?.name).toBe('Bartholomew Vennicombe');
  });
  it('must not fire: "she said" after the husband is mentioned stays with the woman', () => {
    const text = `Pool manager Gerontius Blay said the boiler could not be fixed. ${couple}\n\nHer husband was less sentimental. "It was always too cold anyway," she said.`;
    expect(speakerOf(text, 'It was always')?.name).not.toBe('Bartholomew Vennicombe');
  });
  it('must not fire: a man named after the kin sentence is the antecedent', () => {
    const text = `${couple}\n\nHer husband was less sentimental. Pool manager Gerontius Blay disagreed with them both. "It was always too cold anyway," he said.`;
    expect(speakerOf(text, 'It was always')?.name).toBe('Gerontius Blay');
  });
  it('must not fire: a son named with the surname, no couple, is not the husband', () => {
    const text =
      'Isolde Vennicombe and her son Bartholomew Vennicombe have swum at the pool for 30 years. "It is like losing a friend," Isolde Vennicombe said.\n\nHer husband was less sentimental. "It was always too cold anyway," he said.';
    expect(speakerOf(text, 'It was always')?.name).not.toBe('Bartholomew Vennicombe');
  });
});

describe('"Principal X said": a school head\'s title before the name is no part of it (TITLE_WORD)', () => {
  it('"Principal Ottoline Brisbane said … "…"" gives Ottoline Brisbane', () => {
    const text =
      'Principal Ottoline Brisbane said about 90 pupils walked to school that way. She asked parents to "leave the car at home where they can".';
    expect(speakerOf(text, 'leave the car')?.name).toBe('Ottoline Brisbane');
  });
  it('"said school principal Ottoline Brisbane" gives Ottoline Brisbane', () => {
    const text = '"The children deserve a safe road," said school principal Ottoline Brisbane.';
    expect(speakerOf(text, 'The children deserve')?.name).toBe('Ottoline Brisbane');
  });
  it('must not fire: a principal named as the object, another person speaking', () => {
    const text =
      'Parent Caspian Morrow, who wrote to Principal Ottoline Brisbane last week, said the road was "a race track at home time".';
    expect(speakerOf(text, 'a race track')?.name).toBe('Caspian Morrow');
  });
});

describe('""…" The line came from X": more words for a quote, and a possessor\'s apposition, in the sentence naming whose the words are (WORDS_FROM, wordsCameFrom)', () => {
  const before = 'Harbour pilot Cormac Dunleavy said the new tugs were too small. "We asked twice," he said.\n\n';
  it('"The line came from Dr X, …" gives X, not the last speaker', () => {
    const text = `${before}"A harbour is only as safe as its smallest tug." The line came from Dr Philippa Orrenshaw, the port's safety adviser, who said the order would be reviewed.`;
    expect(speakerOf(text, 'A harbour is only')?.name).toBe('Philippa Orrenshaw');
  });
  it('"The retort came from X" gives X', () => {
    const text = `${before}"Then buy bigger ones." The retort came from Lavinia Stroud, who chairs the harbour board.`;
    expect(speakerOf(text, 'Then buy bigger')?.name).toBe('Lavinia Stroud');
  });
  it('"The remark came from X\'s deputy, Y" gives Y, not X', () => {
    const text = `${before}"Then buy bigger ones." The remark came from Dunleavy's deputy, Lavinia Stroud, who has worked on the river for 20 years.`;
    expect(speakerOf(text, 'Then buy bigger')?.name).toBe('Lavinia Stroud');
  });
  it('must not fire: "The line came from the port" names no person, the quote stays with the paragraph\'s speaker', () => {
    const text = `${before}"A harbour is only as safe as its smallest tug." The line came from a report the port published in May.`;
    expect(speakerOf(text, 'A harbour is only')?.name).not.toBe('Philippa Orrenshaw');
  });
  it('must not fire: "The line came from X\'s office" with no one set off after it still gives X', () => {
    const text = `${before}"Then buy bigger ones." The remark came from Lavinia Stroud, who chairs the harbour board, on Tuesday.`;
    expect(speakerOf(text, 'Then buy bigger')?.name).toBe('Lavinia Stroud');
  });
});

describe('"Mrs X said" after a couple "A and B X" of whom one first name is known to be a man\'s or a woman\'s (coupleByGender)', () => {
  it('"Mrs X" after "Ned and Ottilie X" gives Ottilie (Ned is a man\'s name)', () => {
    const text =
      'The bakers, Ned and Ottilie Farquharson, sold the business in March.\n\n"It was time to rest," Mrs Farquharson said.';
    expect(speakerOf(text, 'It was time')?.name).toBe('Ottilie Farquharson');
  });
  it('"Mr X" after "Ottilie and Ned X" gives Ned', () => {
    const text =
      'The bakers, Ottilie and Ned Farquharson, sold the business in March.\n\n"It was time to rest," Mr Farquharson said.';
    expect(speakerOf(text, 'It was time')?.name).toBe('Ned Farquharson');
  });
  it('must not fire: neither first name known, no guess between the two', () => {
    const text =
      'The bakers, Quillon and Ottilie Farquharson, sold the business in March.\n\n"It was time to rest," Mrs Farquharson said.';
    expect(speakerOf(text, 'It was time')?.name).not.toBe('Quillon Farquharson');
  });
  it('must not fire: "Mr and Mrs X" names no first name; "Mr X" stays with the man named in full', () => {
    const text =
      'Ned Farquharson, 74, and his wife were asleep when the police came. An officer later visited Mr and Mrs Farquharson.\n\n"It was time to rest," Mr Farquharson said.';
    expect(speakerOf(text, 'It was time')?.name).toBe('Ned Farquharson');
  });
  it('must not fire: "Father and son Ned and Ottilie X" is no couple, "Mrs X" is not the son', () => {
    const text =
      'Father and son Ned and Ottilie Farquharson sold the business in March.\n\n"It was time to rest," Mrs Farquharson said.';
    expect(speakerOf(text, 'It was time')?.name).not.toBe('Ottilie Farquharson');
  });
});

describe('"Dervla X, Ebbe\'s mother, told …": an unknown first name before a surname already met, set off as kin, is a person of their own (KIN_APPOSED)', () => {
  const before = 'One of the men hurt, Ebbe Thornwaite, 31, was taken to hospital.\n\n';
  it('"Gwenllian X, Ebbe\'s mother, told … "…," she said" gives Gwenllian X', () => {
    const text = `${before}Gwenllian Thornwaite, Ebbe's mother, told the paper she had not slept. "Nobody has called us," she said.`;
    expect(speakerOf(text, 'Nobody has called')?.name).toBe('Gwenllian Thornwaite');
  });
  it('"Gwenllian X, his sister, said" gives Gwenllian X', () => {
    const text = `${before}Gwenllian Thornwaite, his sister, said: "Nobody has called us."`;
    expect(speakerOf(text, 'Nobody has called')?.name).toBe('Gwenllian Thornwaite');
  });
  it('must not fire: "Thornwaite, 31, said" is the man met before', () => {
    const text = `${before}Thornwaite, 31, said: "Nobody has called us."`;
    expect(speakerOf(text, 'Nobody has called')?.name).toBe('Ebbe Thornwaite');
  });
  it('must not fire: "Mr X said" with no kin set off is the man met before', () => {
    const text = `${before}"Nobody has called us," Mr Thornwaite said.`;
    expect(speakerOf(text, 'Nobody has called')?.name).toBe('Ebbe Thornwaite');
  });
});
