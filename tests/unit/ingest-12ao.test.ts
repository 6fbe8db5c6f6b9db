import { describe, expect, it } from 'vitest';
import { planEvents, readLedger } from '../ingest-read';

// The patterns of issue 12ao, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

const MILL = 'The sails of Hobbet Mill, a windmill above Carrow Fen, were taken down on Tuesday.\n\n';

describe('TRADE_WORD: "Millwright / Blacksmith <Name>" — a craft before a name is a title, not part of the name', () => {
  it('"Millwright Oswin Tharby, whose firm …, said …. "…," he said" is Oswin Tharby, not the mill', () => {
    const text =
      MILL +
      'Millwright Oswin Tharby, whose firm has serviced the mill since 2009, said the split was old.\n\n"It had been there for years," he said.';
    expect(readLedger(text).speaker('It had been there for years')?.name).toBe('Oswin Tharby');
  });
  it('"Mr Tharby" later is the same Oswin Tharby', () => {
    const text =
      MILL +
      'Millwright Oswin Tharby said the split was old.\n\nMr Tharby would not guess at its age. "Oak hides things," he said.';
    expect(readLedger(text).speaker('Oak hides things')?.name).toBe('Oswin Tharby');
  });
  it('"Blacksmith Ada Penrose, who …, said …. "…," she said" is Ada Penrose', () => {
    const text =
      MILL +
      'Blacksmith Ada Penrose, who forged the new brake wheel, said it was sound.\n\n"The ironwork is sound," she said.';
    expect(readLedger(text).speaker('The ironwork is sound')?.name).toBe('Ada Penrose');
  });
  it('"Farrier Tomas Quill, who …, said …. "…," he said" is Tomas Quill', () => {
    const text =
      MILL +
      'Farrier Tomas Quill, who shoes the ponies on the green, said they were never near it.\n\n"The ponies were never near it," he said.';
    expect(readLedger(text).speaker('The ponies were never near it')?.name).toBe('Tomas Quill');
  });
  it('must not fire: a surname ending in -wright or -smith keeps its name', () => {
    expect(
      readLedger(MILL + 'Sam Cartwright said: "It was always going to crack."').speaker('It was always')?.name,
    ).toBe('Sam Cartwright');
    expect(
      readLedger(MILL + 'Lena Goldsmith, a jeweller, said: "It was always going to crack."').speaker('It was always')
        ?.name,
    ).toBe('Lena Goldsmith');
  });
  it("must not fire: a quote after another person is named is that person's", () => {
    const text =
      MILL +
      'Millwright Oswin Tharby said the split was old, and the parish chairman, Hector Lyall, said: "We will pay."';
    expect(readLedger(text).speaker('We will pay')?.name).toBe('Hector Lyall');
  });
});

// Plans of the Quillon Ledger of Thursday 2026-05-14: "Monday" ahead is 2026-05-18, behind 2026-05-11.
describe('PRESENT_PLAN: "<Group> plans a rally … on Monday" — a plan in the present simple lies ahead', () => {
  it('"Residents group Save Our Ferry plans a protest outside the town hall at 6 p.m. Monday." is planned for the coming Monday', () => {
    expect(
      planEvents('Residents group Save Our Ferry plans a protest outside the town hall at 6 p.m. Monday.'),
    ).toEqual([['2026-05-18', 'planned']]);
  });
  it('"The tenants\' union plan a march on Saturday" (plural verb) is planned', () => {
    expect(planEvents('Tenants at the Carrow estate plan a march to the housing office on Saturday.')).toEqual([
      ['2026-05-16', 'planned'],
    ]);
  });
  it('must not fire: the past "planned a protest … on Monday" stays a past Monday', () => {
    expect(planEvents('Save Our Ferry planned a protest outside the town hall on Monday.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('must not fire: the noun "plans" ("the plans a developer lodged on Monday") is no plan ahead', () => {
    expect(
      planEvents('Residents objected to the plans a developer lodged with the council on Monday.'),
    ).not.toContainEqual(['2026-05-18', 'planned']);
  });
  it('must not fire: the next sentence keeps its own past tense', () => {
    expect(
      planEvents('Save Our Ferry plans a protest next month. The ferry company cut two sailings on Monday.'),
    ).toContainEqual(['2026-05-11', 'reported']);
  });
});

const LIDO = 'The Carrow lido will stay shut all summer, the borough said on Wednesday.\n\n';
/** The name of the outlet that relayed the speaker of the quote starting with `quote`, and whether it is unnamed. */
const relayed = (text: string, quote: string) => {
  const { speaker, cast } = readLedger(text);
  const who = speaker(quote);
  return who && { anonymous: who.anonymous ?? false, via: who.via && cast.members.get(who.via)?.name };
};

describe('OUTLET_QUOTED_AS: "The paper quoted an unnamed officer as saying …", "…, quoting a person familiar with … as saying …"', () => {
  it('"The paper quoted an unnamed borough officer as saying …" after "According to the Carrow Herald" is an unnamed source via the Herald', () => {
    const text =
      LIDO +
      'According to the Carrow Herald, the complaint came from a neighbour. The paper quoted an unnamed borough officer as saying it was "the fourth from that street this year".';
    expect(relayed(text, 'the fourth from that street')).toEqual({ anonymous: true, via: 'Carrow Herald' });
  });
  it('"The newspaper Carrow Herald reported …, quoting a person familiar with the talks as saying …" is via the Herald', () => {
    const text =
      LIDO +
      'The newspaper Carrow Herald reported on Monday that the sale had nearly failed, quoting a person familiar with the talks as saying the buyer had wanted "a promise the pool would stay open".';
    expect(relayed(text, 'a promise the pool')).toEqual({ anonymous: true, via: 'Carrow Herald' });
  });
  it('must not fire: a councillor quoting a resident relays through no outlet', () => {
    const text =
      LIDO +
      'Councillor Ann Bellamy, quoting a resident as saying the pool was "the only cool place in town", asked for a reprieve.';
    expect(relayed(text, 'the only cool place')?.via).toBeUndefined();
  });
  it('must not fire: the publisher quoting a source is no relay ("The Ledger quoted a lifeguard as saying …")', () => {
    const text = LIDO + 'The Quillon Ledger quoted a lifeguard as saying the water was "never warmer than 14 degrees".';
    expect(relayed(text, 'never warmer')?.via).toBeUndefined();
  });
});

describe('ACCORDING_TO_THE_NAME: "According to the <Name>, …. The paper quoted …" — the body named before is the paper', () => {
  it('"According to the Carrow Nightjar, …. The paper quoted an unnamed borough officer as saying …" is via the Nightjar', () => {
    const text =
      LIDO +
      'According to the Carrow Nightjar, the complaint came from a neighbour. The paper quoted an unnamed borough officer as saying it was "the fourth from that street this year".';
    expect(relayed(text, 'the fourth from that street')).toEqual({ anonymous: true, via: 'Carrow Nightjar' });
  });
  it('must not fire: "The council quoted a resident as saying …" after it relays through no outlet', () => {
    const text =
      LIDO +
      'According to the Carrow Nightjar, the complaint came from a neighbour. The borough quoted a resident as saying it was "the fourth from that street this year".';
    expect(relayed(text, 'the fourth from that street')?.via).toBeUndefined();
  });
  it('must not fire: a sentence in between ends the reach of "According to the <Name>"', () => {
    const text =
      LIDO +
      'According to the Carrow Nightjar, the complaint came from a neighbour. The neighbour has since moved away. The paper quoted an unnamed borough officer as saying it was "the fourth from that street this year".';
    expect(relayed(text, 'the fourth from that street')?.via).not.toBe('Carrow Nightjar');
  });
});

const KIOSK =
  'Ruth and Idris Penhallow, who ran the lido kiosk for 20 years, said on Monday they would not reopen.\n\n"We loved it here," Ruth Penhallow said. "But the pumps are older than we are."\n\n';
describe('KIN_MANNER: "Her husband was blunter." — a kin "was <comparative>" sentence alone is the lead-in of the next quote', () => {
  it('"Her husband was blunter." then a quote-only paragraph is the husband\'s', () => {
    const text = KIOSK + 'Her husband was blunter.\n\n"It is finished. Nobody swims here now."';
    expect(readLedger(text).speaker('It is finished')?.name).toBe('Idris Penhallow');
  });
  it('"His sister was more direct." after a brother spoke is the sister', () => {
    const text =
      'Owen and Carys Madoc, who run the chip shop, said on Monday they would sell.\n\n"We are tired," Owen Madoc said.\n\nHis sister was more direct.\n\n"The rent doubled. That is the whole story."';
    expect(readLedger(text).speaker('The rent doubled')?.name).toBe('Carys Madoc');
  });
  it('must not fire: "Her husband was a lifeguard there." is no lead-in', () => {
    const text = KIOSK + 'Her husband was a lifeguard there.\n\n"It is finished. Nobody swims here now."';
    expect(readLedger(text).speaker('It is finished')?.name).not.toBe('Idris Penhallow');
  });
  it('must not fire: a second clause, "Her husband was calmer, and a neighbour said: "…"", keeps the neighbour', () => {
    const text = KIOSK + 'Her husband was calmer, and their neighbour Dilys Rowe said: "It is finished."';
    expect(readLedger(text).speaker('It is finished')?.name).toBe('Dilys Rowe');
  });
});

// The Quillon Ledger of Thursday 2026-05-14: "last Friday" is 2026-05-08.
describe('LETTER_SENT_ORDERING: "X wrote to Y last Friday giving it a month to leave" — a letter that gives notice is a deed of its day', () => {
  it('"The council wrote to the choir last Friday giving it a month to leave." is dated 2026-05-08', () => {
    expect(planEvents('The council wrote to the choir last Friday giving it a month to leave.')).toEqual([
      ['2026-05-08', 'reported'],
    ]);
  });
  it('"…, and the council wrote to the choir on Friday ordering it to leave" drafts the letter too', () => {
    expect(
      planEvents(
        'Inspectors found damp in the hall on 2 May, and the council wrote to the choir on Friday ordering it to leave.',
      ),
    ).toContainEqual(['2026-05-08', 'reported']);
  });
  it('must not fire: "will write to the choir on Friday giving it notice" is no letter sent', () => {
    expect(planEvents('The council will write to the choir on Friday giving it notice.')).not.toContainEqual([
      '2026-05-08',
      'reported',
    ]);
  });
  it('must not fire: "Nobody wrote to the choir on Friday giving it notice" is no letter sent', () => {
    expect(planEvents('Nobody wrote to the choir on Friday giving it notice.')).not.toContainEqual([
      '2026-05-08',
      'reported',
    ]);
  });
});

describe('TEXT_ADDRESSED: "A report to councillors said …" — a text addressed to people is a document, not an unnamed person', () => {
  it('"A report to councillors said … "…"" is a document', () => {
    const text = LIDO + 'A report to councillors said a new pump would cost "less than half what we feared".';
    expect(readLedger(text).speaker('less than half')?.kind).toBe('document');
  });
  it('"A briefing note for members said … "…"" is a document', () => {
    const text = LIDO + 'A briefing note for members said the pool had "no future without a new pump".';
    expect(readLedger(text).speaker('no future without')?.kind).toBe('document');
  });
  it('must not fire: "A spokesman for councillors said …" is a person', () => {
    const text = LIDO + 'A spokesman for councillors said a new pump would cost "less than half what we feared".';
    expect(readLedger(text).speaker('less than half')?.kind).toBe('person');
  });
  it('must not fire: "A councillor said …" is a person', () => {
    const text = LIDO + 'A councillor said a new pump would cost "less than half what we feared".';
    expect(readLedger(text).speaker('less than half')?.kind).toBe('person');
  });
});
