import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';

// The patterns of issue 12ad, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"Its press officer, Ms X, said:" ending a paragraph: the quote opening the next paragraph is X\'s', () => {
  it('a hyphenated name after a role, the words in the next paragraph', () => {
    const text =
      'The Harlsey Ramblers Club said it would appeal the footpath closure. Its secretary, Ms Ottilie Brandwick-Sorley, said:\n\n"We have walked this path for ninety years and we mean to walk it for ninety more."';
    expect(readLedger(text).who).toEqual({
      'We have walked this path for ninety years and we mean to walk it for ninety more.': 'Ottilie Brandwick-Sorley',
    });
  });
  it('the paragraph after continues the same speaker', () => {
    const text =
      'The ferry company cut the winter timetable. Its operations manager, Caspar Lindqvist, said:\n\n"Nobody wants to sail an empty boat.\n\n"We will look again in the spring."';
    expect(readLedger(text).who).toEqual({
      'Nobody wants to sail an empty boat.': 'Caspar Lindqvist',
      'We will look again in the spring.': 'Caspar Lindqvist',
    });
  });
  it('must not fire: a paragraph that ends on a full stop introduces nobody', () => {
    const text =
      'The ferry company cut the winter timetable, and its operations manager, Caspar Lindqvist, said so on Tuesday.\n\nMeanwhile islanders gathered at the pier.\n\n"Nobody asked us," one shouted.';
    expect(readLedger(text).who['Nobody asked us']).not.toBe('Caspar Lindqvist');
  });
});

describe('""…" The words are those of Dr X": the person the words "are those of" speaks the quote before', () => {
  it('"The words are those of" a hyphenated name with a title', () => {
    const text =
      'The Marrowby clinic will close its doors at weekends.\n\n"We cannot staff a ward with goodwill." The words are those of Dr Anneliese Fotheringay-Brook, a nurse at the clinic.';
    expect(readLedger(text).who).toEqual({ 'We cannot staff a ward with goodwill.': 'Anneliese Fotheringay-Brook' });
  });
  it('"The remark was that of"', () => {
    const text =
      'The harbour board raised mooring fees.\n\n"It is highway robbery." The remark was that of Jarvis Penhallow, a fisherman.';
    expect(readLedger(text).who).toEqual({ 'It is highway robbery.': 'Jarvis Penhallow' });
  });
  it('must not fire: "the decision was that of the board" after a quote of a named speaker', () => {
    const text =
      'The harbour board raised mooring fees on Monday.\n\n"It is highway robbery," said fisherman Jarvis Penhallow. The decision was that of Mirela Oakcroft, the board chair, and the fees rose on Tuesday.';
    expect(readLedger(text).who).toEqual({ 'It is highway robbery': 'Jarvis Penhallow' });
  });
});

describe('"The words are those of Dr X, a …, who told the paper it was "…"": a quote in the relative clause is X\'s too', () => {
  it('a second quote in the same sentence, after "who told"', () => {
    const text =
      'The Marrowby clinic will close its doors at weekends.\n\n"We cannot staff a ward with goodwill." The words are those of Dr Anneliese Fotheringay-Brook, a nurse at the clinic, who told the Wexley Echo that the plan was "a false economy".';
    expect(readLedger(text).who).toEqual({
      'We cannot staff a ward with goodwill.': 'Anneliese Fotheringay-Brook',
      'a false economy': 'Anneliese Fotheringay-Brook',
    });
  });
  it('must not fire: a relative clause without a sentence naming whose words came before', () => {
    const text =
      'The clinic will close at weekends, and Mirela Oakcroft, who chairs the board, told staff on Monday that the plan was "a false economy", the union said.';
    expect(readLedger(text).who['a false economy']).not.toBe('Anneliese Fotheringay-Brook');
  });
});

describe('"a poll in which 61 percent of nurses said": a share of a group is a figure, never a speaker', () => {
  it('"he" after a share of a group is the person named before it', () => {
    const text =
      'Councillor Ambrose Telling-Vane, who opposed the plan, said the survey was flawed. He cited a poll in which 61 percent of hospital porters said the canteen hours suited them.\n\n"We are fixing what is not broken," he told the committee.';
    expect(readLedger(text).who).toEqual({ 'We are fixing what is not broken': 'Ambrose Telling-Vane' });
  });
  it('"a majority of members said" after "she cited": "she told" is the person named before', () => {
    const text =
      'Treasurer Ilse Marrant-Hode said the fees would rise. She cited a ballot in which a majority of club members said they could pay more.\n\n"Nobody likes paying more," she told the meeting.';
    expect(readLedger(text).who).toEqual({ 'Nobody likes paying more': 'Ilse Marrant-Hode' });
  });
  it('must not fire: "two nurses said" is an unnamed source', () => {
    const text = 'Two nurses at the hospital said "nobody told us anything" about the closure on Monday.';
    expect(readLedger(text).who['nobody told us anything']).toBe('Two nurses at the hospital (unnamed source)');
  });
});

describe('"said Coun. X": the abbreviation "Coun." ends no sentence, so the name after it is the verb\'s', () => {
  it('"said Coun." with a hyphenated name', () => {
    const text =
      '"We will not be bullied by a parking app," said Coun. Marguerite Delacour-Bisset, who tabled the motion.';
    expect(readLedger(text).who).toEqual({ 'We will not be bullied by a parking app': 'Marguerite Delacour-Bisset' });
  });
  it('must not fire: "Coun." is no sentence end, and a plain name after "said" is unchanged', () => {
    const text =
      '"We will not be bullied," said Marguerite Delacour, and the council voted on Tuesday to scrap the app.';
    expect(readLedger(text).who).toEqual({ 'We will not be bullied': 'Marguerite Delacour' });
  });
});

describe('"…, refused by Harwell Borough Council, which said in its decision that …": the body before ", which said" speaks', () => {
  it('"which said in its decision" gives the words to the body\'s decision', () => {
    const text =
      'A plan for a drive-through cafe on Mill Lane has been refused by Harwell Borough Council, which said in its decision that the building would be "out of keeping with the street".';
    const { who, members } = readLedger(text);
    const id = readLedger(text).quotes[0]!.speaker;
    expect(members.find((m) => m.id === id)?.kind).toBe('document');
    expect(who['out of keeping with the street']).toMatch(/Harwell Borough Council decision/);
  });
  it('"which said" with no text: the body itself', () => {
    const text =
      'The bid was turned down by the Ostley Heritage Trust, which said the chapel was "too fragile to move".';
    expect(readLedger(text).who).toEqual({ 'too fragile to move': 'Ostley Heritage Trust' });
  });
  it('must not fire: "which" after a body with no speech verb, the words a named person\'s', () => {
    const text =
      'The bid was turned down by the Ostley Heritage Trust, which owns the chapel, and its chair, Wenna Colley, said on Monday it was "too fragile to move".';
    expect(readLedger(text).who).toEqual({ 'too fragile to move': 'Wenna Colley' });
  });
});

describe('"A neighbour who complained, and who asked not to be named, told the paper": a set-off relative clause before the verb', () => {
  it('the unnamed source before ", and who …," speaks', () => {
    const text =
      'A resident who objected, and who asked not to be named, told the Wexley Echo that the generator ran "all night, every night" in August.';
    expect(readLedger(text).who).toEqual({ 'all night, every night': 'A resident (unnamed source)' });
  });
  it('must not fire: a named person before ", who …," keeps the words', () => {
    const text =
      'Pell Arnott, who lives next door, told the Wexley Echo that the generator ran "all night" in August, and the council served a notice on Tuesday.';
    expect(readLedger(text).who).toEqual({ 'all night': 'Pell Arnott' });
  });
});

describe('"A staff report to council, dated …, supports …. It says …": a report opening the sentence speaks for "It says"', () => {
  it('"A staff report to council, dated …, supports"', () => {
    const text =
      'The Ostley council will vote on the pier.\n\nA staff report to council, dated March 3, supports the repair. It says the timbers "could fail in a winter storm".';
    const r = readLedger(text);
    const id = r.quotes[0]!.speaker;
    expect(r.members.find((m) => m.id === id)?.kind).toBe('document');
  });
  it('must not fire: a person opening the sentence before "She says"', () => {
    const text =
      'The Ostley council will vote on the pier.\n\nEngineer Mira Tolland, who wrote a report on it, was blunt. She says the timbers "could fail in a winter storm", and the council met on Tuesday.';
    expect(readLedger(text).who).toEqual({ 'could fail in a winter storm': 'Mira Tolland' });
  });
});
