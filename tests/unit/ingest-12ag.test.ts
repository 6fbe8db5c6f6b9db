import { describe, expect, it } from 'vitest';
import { speakerOf } from '../ingest-read';

// The patterns of issue 12ag, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('"Cr", "Coun.", "Clr", "Ald.": council title abbreviations are titles, not part of the name', () => {
  it('"said Cr Marla Quinlevy" gives Marla Quinlevy', () => {
    expect(speakerOf('"The pool must stay open," said Cr Marla Quinlevy.', 'The pool')?.name).toBe('Marla Quinlevy');
  });
  it('"Coun. Dorrit Ablewhite said" gives Dorrit Ablewhite', () => {
    expect(speakerOf('"The pool must stay open," Coun. Dorrit Ablewhite said.', 'The pool')?.name).toBe(
      'Dorrit Ablewhite',
    );
  });
  it('"said Clr Tadhg Morrissane" gives Tadhg Morrissane', () => {
    expect(speakerOf('"The pool must stay open," said Clr Tadhg Morrissane.', 'The pool')?.name).toBe(
      'Tadhg Morrissane',
    );
  });
  it('"said Ald. Ruthven Ossary" gives Ruthven Ossary', () => {
    expect(speakerOf('"The pool must stay open," said Ald. Ruthven Ossary.', 'The pool')?.name).toBe('Ruthven Ossary');
  });
  it('a later "Cr Quinlevy said" is the Marla Quinlevy named before', () => {
    const text = 'Cr Marla Quinlevy moved the motion. "The pool must stay open," Cr Quinlevy said after the vote.';
    expect(speakerOf(text, 'The pool')?.name).toBe('Marla Quinlevy');
  });
  it('must not fire: "Cllr" keeps working and a plain name stays whole', () => {
    expect(speakerOf('"The pool must stay open," said Cllr Marla Quinlevy.', 'The pool')?.name).toBe('Marla Quinlevy');
    expect(speakerOf('"The pool must stay open," said Crispin Quinlevy.', 'The pool')?.name).toBe('Crispin Quinlevy');
  });
});

describe('an unnamed source relayed by another outlet: the outlet is its `via`', () => {
  it('"speaking to Harth 7 News" keeps the number in the outlet\'s name', () => {
    const s = speakerOf(
      'An engineer at the plant, speaking to Harth 7 News, said the valves were "worn out".',
      'worn out',
    );
    expect(s?.anonymous).toBe(true);
    expect(s?.via).toBe('harth-7-news');
  });
  it('"quoted anonymously by the Pellow Evening Lark" is via the Pellow Evening Lark', () => {
    const s = speakerOf(
      'A senior nurse, quoted anonymously by the Pellow Evening Lark, said wards were "full every night".',
      'full every',
    );
    expect(s?.via).toBe('pellow-evening-lark');
  });
  it('"According to the Brisdale Wren, a driver … said" is via the Brisdale Wren', () => {
    const s = speakerOf(
      'According to the Brisdale Wren, a driver who saw the crash said the lorry "never braked".',
      'never braked',
    );
    expect(s?.via).toBe('brisdale-wren');
  });
  it('must not fire: "speaking to Harth Radio 24 hours after" does not take the number', () => {
    const s = speakerOf(
      'A witness, speaking to Harth Radio 24 hours after the fire, said the alarm "never sounded".',
      'never sounded',
    );
    expect(s?.via).toBe('harth-radio');
  });
  it('must not fire: "According to the council, a driver said" takes no via of a council', () => {
    const s = speakerOf(
      'According to the Brisdale Borough Council, a driver said the lorry "never braked".',
      'never braked',
    );
    expect(s?.via).toBeUndefined();
  });
});

describe('"Ms Surname told/said" after a whole name written once is that whole name', () => {
  it('"painted … by Oonagh Brevitt" then "Ms Brevitt said" gives Oonagh Brevitt', () => {
    const text =
      'The sign was painted in June by Oonagh Brevitt and shows the old harbour.\n\n"The council has had a year to object," Ms Brevitt said.';
    expect(speakerOf(text, 'The council has')?.name).toBe('Oonagh Brevitt');
  });
  it('"Oonagh Brevitt painted the sign" then "Ms Brevitt told the Clarion on Monday" gives Oonagh Brevitt', () => {
    const text =
      'Oonagh Brevitt painted the sign in June.\n\n"The council has had a year to object," Ms Brevitt told the Clarion on Monday.';
    expect(speakerOf(text, 'The council has')?.name).toBe('Oonagh Brevitt');
  });
  it('must not fire: two first names with the surname are left to the older reading', () => {
    const text =
      'The sign was painted by Oonagh and Fergal Brevitt. Fergal Brevitt chose the colours and Oonagh Brevitt drew it.\n\n"The council has had a year to object," Mr Brevitt said.';
    expect(speakerOf(text, 'The council has')?.name).not.toBe('Oonagh Brevitt');
  });
  it('must not fire: "Mr and Mrs Brevitt" share the surname', () => {
    const text =
      'Mr and Mrs Brevitt run the shop. The sign was painted by Oonagh Brevitt.\n\n"The council has had a year to object," Mr Brevitt said.';
    expect(speakerOf(text, 'The council has')?.name).not.toBe('Oonagh Brevitt');
  });
  it('another person\'s name before "and" does not stop it ("Tomas Vale and Oonagh Brevitt")', () => {
    const text =
      'The sign was painted by Tomas Vale and Oonagh Brevitt in June.\n\n"The council has had a year to object," Ms Brevitt said.';
    expect(speakerOf(text, 'The council has')?.name).toBe('Oonagh Brevitt');
  });
  it('must not fire: a different surname stays as written', () => {
    const text =
      'The sign was painted in June by Oonagh Brevitt.\n\n"The council has had a year to object," Ms Carlow said.';
    expect(speakerOf(text, 'The council has')?.name).toBe('Ms Carlow');
  });
});

describe('"The local MP, Emrys Pellingworth,": a name set off after an office in capitals is a person', () => {
  const before = 'Union official Tomas Verrall said crews were exhausted.\n\n';
  it('"The local MP, X Y, said he … "…," he said" gives X Y', () => {
    const text = `${before}The local MP, Emrys Pellingworth, said he had written to the minister. "These are real people," he said.`;
    expect(speakerOf(text, 'These are')?.name).toBe('Emrys Pellingworth');
  });
  it('unchanged (already right before the rule): "The firm\'s CEO, X Y, said" gives X Y', () => {
    const text = `${before}The firm's CEO, Oswy Garlandine, said the depot would shut. "We had no choice," he said.`;
    expect(speakerOf(text, 'We had')?.name).toBe('Oswy Garlandine');
  });
  it('must not fire: an organisation set off after "MP" stays no person ("the MP, Harth Council, …")', () => {
    const text = `${before}A letter from the MP, Harth Council, said the depot would shut. "We had no choice," he said.`;
    expect(speakerOf(text, 'We had')?.name).not.toBe('Harth Council');
  });
});

describe('"A council spokeswoman denied the … "…," she said": the one who denied speaks next', () => {
  const before = 'Residents said Ailsa Brodrick had warned of cracks in the wall for months.\n\n';
  it('"A council spokeswoman denied the warnings had been ignored. "…," she said" gives the spokeswoman', () => {
    const text = `${before}A council spokeswoman denied the warnings had been ignored. "Engineers checked the wall in May and found nothing," she said.`;
    expect(speakerOf(text, 'Engineers')).toMatchObject({
      name: 'A council spokeswoman (unnamed source)',
      anonymous: true,
    });
  });
  it('unchanged (already right before the rule): "The harbour master, Ines Corbally, denied that … "…," she said" gives Ines Corbally', () => {
    const text = `${before}The harbour master, Ines Corbally, denied that the wall was unsafe. "Engineers checked the wall in May," she said.`;
    expect(speakerOf(text, 'Engineers')?.name).toBe('Ines Corbally');
  });
  it('must not fire: "was denied bail" names who was refused, not a speaker', () => {
    const text = `${before}A man was denied bail on Monday. "Engineers checked the wall in May and found nothing," she said.`;
    expect(speakerOf(text, 'Engineers')?.name).toBe('Ailsa Brodrick');
  });
});

describe('"In a statement the company said:" without a comma is the body\'s statement, as with one', () => {
  const before = 'The Harth Ferry Company says the October figure was the worst on record.\n\n';
  it('"In a statement the company said: "…"" gives a document, the company\'s statement', () => {
    const text = `${before}In a statement the company said: "Every cancellation is one too many. We are hiring crews."`;
    expect(speakerOf(text, 'Every cancellation')).toMatchObject({
      name: 'Harth Ferry Company statement',
      kind: 'document',
    });
  });
  it('must not fire: "In a statement" before a named person keeps the person ("In a statement Ola Brisk said")', () => {
    const text = `${before}In a statement Ola Brisk, the company's chair, said: "Every cancellation is one too many."`;
    expect(speakerOf(text, 'Every cancellation')?.kind).not.toBe('document');
  });
  it('must not fire: "In a statement" in another clause before ", and" does not make the words a text', () => {
    const text = `${before}The company apologised in a statement on Monday, and its chair said: "Every cancellation is one too many."`;
    expect(speakerOf(text, 'Every cancellation')?.kind).not.toBe('document');
  });
});

describe('"… and was told "…"": words a person was told are an unnamed answerer\'s, not the person\'s', () => {
  const before = 'The ferry has missed six sailings this month.\n\n';
  it('"Cllr X said he had asked … and was told "…"" gives an unnamed source', () => {
    const text = `${before}Cllr Rhona Dallimore said she had asked the operator why and was told "crew shortages, mostly".`;
    expect(speakerOf(text, 'crew shortages')).toMatchObject({ anonymous: true });
  });
  it('"X was told that "…"" gives an unnamed source', () => {
    const text = `${before}Passenger Idris Maelor was told that "the boat is broken" when he rang.`;
    expect(speakerOf(text, 'the boat is')).toMatchObject({ anonymous: true });
  });
  it('must not fire: "X told the Gazette "…"" (active) stays the person', () => {
    const text = `${before}Cllr Rhona Dallimore told the Gazette "crew shortages, mostly" were to blame.`;
    expect(speakerOf(text, 'crew shortages')?.name).toBe('Rhona Dallimore');
  });
  it('must not fire: "was told …, she said, "…"" with a speech verb after the words stays the speaker', () => {
    const text = `${before}"We were told nothing," Cllr Rhona Dallimore said.`;
    expect(speakerOf(text, 'We were told')?.name).toBe('Rhona Dallimore');
  });
});

describe('"Her husband said …" after a couple named with one surname: the other one of the couple', () => {
  const couple =
    'Stallholders Morwenna and Casimir Trelawder, who have run the fruit stall since 2010, said trade had halved.\n\n"Nobody walks this way now," Morwenna Trelawder said.\n\n';
  it('"Her husband said … "…"" gives Casimir Trelawder', () => {
    const text = `${couple}Her husband said they would keep the stall "as long as the rent holds."`;
    expect(speakerOf(text, 'as long as')?.name).toBe('Casimir Trelawder');
  });
  it('must not fire: "Her husband said" when no one else shares the surname stays an unnamed husband', () => {
    const text =
      '"Nobody walks this way now," stallholder Morwenna Trelawder said.\n\nHer husband said they would keep the stall "as long as the rent holds."';
    expect(speakerOf(text, 'as long as')?.name).not.toBe('Morwenna Trelawder');
  });
});
