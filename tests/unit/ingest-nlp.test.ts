import { describe, expect, it } from 'vitest';
import { readQuotes, type KnownActor } from '../ingest-read';
import { findDate, sceneDatesOf } from '../../src/ingest/dates';
import { extractQuotes, isStatement } from '../../src/ingest/quotes';
import { sentences } from '../../src/ingest/segment';

// Every sentence here is test text: the names, places and outlets are fictional.
type Known = KnownActor;
const KNOWN: Known[] = [
  { id: 'tarvia', data: { name: 'Tarvia', aliases: [], kind: 'country', roles: [] } },
  {
    id: 'nils-oberg',
    data: { name: 'Nils Oberg', aliases: ['Oberg'], kind: 'person', roles: [{ title: 'special envoy', article: 'x' }] },
  },
  {
    id: 'greta-lund',
    data: {
      name: 'Greta Lund',
      aliases: ['Lund'],
      kind: 'person',
      roles: [{ title: 'Interior Minister', article: 'x' }],
    },
  },
];

/** Reads `text` and returns each quote's speaker name, plus the cast. */
function read(text: string, publisher = 'Lakeside Post') {
  return readQuotes(text, { publisher, known: KNOWN });
}
const PUBLISHED = new Date('2025-05-14T12:00:00Z'); // a Wednesday

describe('speakers not yet known', () => {
  it('a name after a country adjective and a title', () => {
    const { who, members } = read(
      'Tarvian President Oskar Velde said the border would stay open. "We keep our word," Velde said.',
    );
    expect(who['We keep our word']).toBe('Oskar Velde');
    expect(members.find((m) => m.name === 'Oskar Velde')?.title).toBe('Tarvian President');
  });
  it('an honorific is not part of the name', () => {
    const { who, members } = read('"The budget is a fantasy," Sir Alfred Penhale told the committee.');
    expect(who['The budget is a fantasy']).toBe('Alfred Penhale');
    expect(members.some((m) => m.name.startsWith('Sir'))).toBe(false);
    expect(members.find((m) => m.name === 'Alfred Penhale')?.aliases).toContain('Sir Alfred Penhale');
  });
  it('"<First> <Last>, <apposition>, said" and a lower-case title before a name', () => {
    const { who } = read(
      'Rosa Imbert, the head of the harbour board, said: "The cranes are idle." The plan was backed by interior minister Teo Varn, who said it was "long overdue and fair".',
    );
    expect(who['The cranes are idle.']).toBe('Rosa Imbert');
    expect(who['long overdue and fair']).toBe('Teo Varn');
  });
  it('a bare surname on a later mention', () => {
    const { who } = read('Mayor Petra Hollis opened the bridge.\n\n"It took ten years," Hollis said.');
    expect(who['It took ten years']).toBe('Petra Hollis');
  });
  it('a role title in an apposition does not stand for a known person with that title', () => {
    const { who } = read(
      'Ada Kerr, a special envoy for the river states, said the talks were useful. "We have a text," she said.',
    );
    expect(who['We have a text']).toBe('Ada Kerr');
  });
  it('"he said" is the last person named, known or new', () => {
    const { who } = read('Greta Lund met Jon Ferris. Ferris has led the union since March. "We will strike," he said.');
    expect(who['We will strike']).toBe('Jon Ferris');
  });
});

describe('who is not a speaker', () => {
  it('an agency relaying an anonymous source: the source, with the agency as via', () => {
    const { quotes, cast } = read(
      'A Tarvian diplomat told Coastal Press on Monday that a deal was close. "We are nearly there," the diplomat said.',
    );
    const speaker = cast.members.get(quotes[0]!.speaker!)!;
    expect(speaker.anonymous).toBe(true);
    expect(cast.members.get(speaker.via!)?.name).toBe('Coastal Press');
  });
  it('the publisher is never an actor', () => {
    const { members } = read('The Lakeside Post has not seen the letter. Tarvia declined to comment.');
    expect(members.some((m) => /Lakeside Post/.test(m.name))).toBe(false);
  });
  it('a country that is only the object of the sentence', () => {
    const { who } = read('Mira Solen, who chairs the talks with Tarvia, said: "Progress is slow."');
    expect(who['Progress is slow.']).toBe('Mira Solen');
  });
  it("a spokesperson's words are the spokesperson's, not the minister's", () => {
    const { who } = read(
      'Ivo Brandt, a spokesman for Interior Minister Greta Lund, said: "The minister will not resign."',
    );
    expect(who['The minister will not resign.']).toBe('Ivo Brandt');
  });
});

describe('quotes', () => {
  it('straight quotes over several sentences and paragraphs', () => {
    const text =
      'Ada Kerr spoke at length.\n\n"First, we rebuild the dam. Then we talk.\n\n"Nobody should expect miracles," she said.';
    const { who } = read(text);
    expect(who['First, we rebuild the dam. Then we talk.']).toBe('Ada Kerr');
    expect(who['Nobody should expect miracles']).toBe('Ada Kerr');
  });
  it('words quoted from a document belong to the document', () => {
    const { quotes, cast } = read('The memo says that "all crossings close at dusk until further notice".');
    expect(cast.members.get(quotes[0]!.speaker!)?.kind).toBe('document');
  });
  it('names in quotes and one-word fragments are not statements', () => {
    expect(isStatement('Friends of the Delta')).toBe(false);
    expect(isStatement('shameful')).toBe(false);
    expect(isStatement('we will not sign')).toBe(true);
    const text = 'The group calls itself the "Friends of the Delta" and called the plan "shameful".';
    expect(extractQuotes(text, sentences(text))).toEqual([]);
  });
});

describe('dates', () => {
  it('"is due to visit … on Monday" is next Monday, and future', () => {
    expect(findDate('Velde is due to visit Port Amsel on Monday.', PUBLISHED)).toMatchObject({
      date: '2025-05-19',
      future: true,
    });
    expect(findDate('Velde visited Port Amsel on Monday.', PUBLISHED)).toMatchObject({ date: '2025-05-12' });
  });
  it('a date in a background clause does not date the sentence', () => {
    expect(findDate('The treaty covers the delta, which Tarvia occupied nearly five years ago.', PUBLISHED)).toBeNull();
    expect(
      findDate('Tarvia signed the treaty on Tuesday, which ended a war that began in 2019.', PUBLISHED),
    ).toMatchObject({ date: '2025-05-13' });
  });
  it('a scene date carries to the quotes of its paragraph', () => {
    const text = 'The ministers met in Amsel on Sunday. "It went well," Lund said.';
    expect(sceneDatesOf(sentences(text), PUBLISHED)[1]).toMatchObject({ date: '2025-05-11' });
  });
  it('a clause about the future inside a past report does not move a past date', () => {
    expect(findDate('Lund told reporters on May 2 that Tarvia plans to reopen the port.', PUBLISHED)).toMatchObject({
      date: '2025-05-02',
    });
  });
});
