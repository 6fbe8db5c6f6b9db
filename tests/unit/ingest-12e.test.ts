import { describe, expect, it } from 'vitest';
import { readQuotes } from '../ingest-read';

// The patterns of issue 12e, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

/** Reads `text` with an empty registry, for an article by the Quillon Ledger. */
function read(text: string) {
  return readQuotes(text, { publisher: 'Quillon Ledger' });
}

describe('organisations by their form or by the noun before them', () => {
  it('"<Body> of <Place> Governor <First> <Last> told …": the governor speaks, not the body', () => {
    const { speaker, members } = read(
      '"Prices will cool by spring," Bank of Osterland Governor Wenna Drace told lawmakers in Harth.',
    );
    expect(speaker('Prices')?.name).toBe('Wenna Drace');
    expect(members.find((m) => m.name === 'Bank of Osterland')?.kind).toBe('organisation');
  });
  it('"shipping group <Name>" is an organisation, so "<Name> said in a statement" is its document', () => {
    const { speaker } = read(
      'Port fees doubled for shipping group Calder Marlow last year. In a statement, Calder Marlow said the fees were "a tax on trade."',
    );
    expect(speaker('a tax on trade')).toMatchObject({ kind: 'document', name: 'Calder Marlow statement' });
  });
  it('"the Harbour Authority" later is "the Pellan Harbour Authority" named before', () => {
    const { speaker, members } = read(
      'Two trawlers sank, according to the Pellan Harbour Authority. The Harbour Authority said in its morning update that the crews were "all accounted for."',
    );
    expect(speaker('all accounted')).toMatchObject({
      kind: 'document',
      name: 'Pellan Harbour Authority morning update',
    });
    expect(members.filter((m) => m.kind === 'organisation').map((m) => m.name)).toEqual(['Pellan Harbour Authority']);
  });
});

describe('written words of an organisation', () => {
  it('"the board said in its annual report that …" → "<Board> annual report"', () => {
    const { speaker } = read(
      'The Tessaly Grain Board cut its forecast. The board said in its annual report that yields were "the worst in a generation."',
    );
    expect(speaker('the worst')).toMatchObject({ kind: 'document', name: 'Tessaly Grain Board annual report' });
  });
});

describe('words that name no speaker', () => {
  it('"an opposition MP" in an apposition is a role: the person named before it speaks', () => {
    const { speaker, members } = read(
      'Mr Harrow Quint, a backbench MP, told the Quillon Ledger he wanted the vote held "before the summer".',
    );
    expect(speaker('before the summer')?.name).toBe('Harrow Quint');
    expect(members.some((m) => m.name === 'MP')).toBe(false);
  });
  it('a line in capitals and a dateline are no actors', () => {
    const { members } = read(
      'SAMPLE COPY ONLY\n\nVELLAN, June 3 (QL) - Farmers blocked roads, the Tessaly Grain Board said on Monday.',
    );
    expect(members.map((m) => m.name)).toEqual(['Tessaly Grain Board']);
  });
});

describe('pronouns look back to the speaker, not to a place named after him', () => {
  it('"said <Name>, a … from <Place Name>. He said …" → the speaker', () => {
    const { speaker } = read(
      '"The water came in an hour," said Osric Pell, a fisherman from Ellis Hamid. He said the town had been warned "far too late."',
    );
    expect(speaker('far too late')?.name).toBe('Osric Pell');
  });
});

describe('unnamed sources and the outlets they spoke to', () => {
  it('"told the farming weekly <Name>": the outlet is the name after the kind of outlet', () => {
    const { speaker, cast } = read(
      'A grain trader told the farming weekly Harth Furrow that stocks were "nearly gone."',
    );
    expect(speaker('nearly gone')).toMatchObject({ anonymous: true });
    expect(cast.members.get(speaker('nearly gone')!.via!)?.name).toBe('Harth Furrow');
  });
  it('"an aide, speaking to the radio station <Name>, called it …" spoke through that outlet', () => {
    const { speaker, cast } = read(
      'One ministry aide, speaking to the radio station Kessel FM, called the budget "a fantasy in four volumes".',
    );
    expect(speaker('a fantasy')).toMatchObject({ anonymous: true });
    expect(cast.members.get(speaker('a fantasy')!.via!)?.name).toBe('Kessel FM');
  });
  it('"one of them told the paper" is one of the unnamed group quoted before, through the same outlet', () => {
    const { speaker, cast } = read(
      'The merger was signed on Friday, three bankers briefed on the deal told the Marlow Courier. "Nobody read the small print," one of them told the paper.',
    );
    const one = speaker('Nobody read');
    expect(one).toMatchObject({ anonymous: true, kind: 'person' });
    expect(one?.name).toMatch(/^One of three bankers briefed on the deal/);
    expect(cast.members.get(one!.via!)?.name).toBe('Marlow Courier');
  });
});

describe('what a document found', () => {
  it('"A review by the <Body> found that …" → "<Body> review", a document', () => {
    const { speaker } = read(
      'A review by the Osterland Rail Inspectorate last year found that the brakes had been "poorly maintained for years".',
    );
    expect(speaker('poorly')).toMatchObject({ kind: 'document', name: 'Osterland Rail Inspectorate review' });
  });
});

describe('a title with an indefinite article is someone unnamed', () => {
  const known = [
    {
      id: 'dorrit-vale',
      data: {
        name: 'Dorrit Vale',
        aliases: ['Vale'],
        kind: 'person' as const,
        roles: [{ title: 'Harbour Ministry spokesperson', article: 'x' }],
      },
    },
  ];
  it('"a Harbour Ministry spokesperson said" is not the spokesperson the registry knows by name', () => {
    const { speaker } = readQuotes('"No ship was turned away," a Harbour Ministry spokesperson said.', {
      publisher: 'Quillon Ledger',
      known,
    });
    expect(speaker('No ship')).toMatchObject({ anonymous: true });
  });
  it('"the Harbour Ministry spokesperson said" still is', () => {
    const { speaker } = readQuotes('"No ship was turned away," the Harbour Ministry spokesperson said.', {
      publisher: 'Quillon Ledger',
      known,
    });
    expect(speaker('No ship')?.name).toBe('Dorrit Vale');
  });
});
