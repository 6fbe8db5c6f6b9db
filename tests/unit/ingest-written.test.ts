import { describe, expect, it } from 'vitest';
import { readQuotes } from '../ingest-read';

// Written statements, opinions and pronouns (issue 12d), each on sentences written for this
// file: every name, place, body and role here is invented and none comes from the test articles.

/** Reads `text` with an empty registry; returns the cast member each quote is given to. */
function read(text: string) {
  return readQuotes(text, { publisher: 'Brindle Gazette' });
}

describe('words an organisation or a group wrote belong to the text', () => {
  it('"<organisation> said in a statement" → "<Organisation> statement", a document', () => {
    const { speaker } = read(
      'The Quarrel Valley Water Board fined the mill. "The discharge was deliberate," the board said in a written statement.',
    );
    expect(speaker('The discharge')).toMatchObject({ kind: 'document', name: 'Quarrel Valley Water Board statement' });
  });
  it('"said on <day> in a filing" → the organisation\'s filing', () => {
    const { speaker } = read(
      'Ostrel Freight Group cut its forecast. "Demand has collapsed," Ostrel Freight Group said on Monday in a filing.',
    );
    expect(speaker('Demand')).toMatchObject({ kind: 'document', name: 'Ostrel Freight Group filing' });
  });
  it('"said late on <day> in a statement" and "according to a statement from …"', () => {
    const { speaker } = read(
      'Brask recalled its envoy. "The talks are over," according to a statement from the Brask foreign ministry. "We regret it," the interior ministry said late on Tuesday in a statement.',
    );
    expect(speaker('The talks')).toMatchObject({ kind: 'document' });
    expect(speaker('The talks')?.name).toMatch(/^Statement from the Brask foreign ministry/);
    expect(speaker('We regret')).toMatchObject({ kind: 'document', name: 'Interior ministry statement' });
  });
  it('"the statement said" later is the statement an organisation issued before', () => {
    const { speaker, cast } = read(
      'The envoys must leave within a week, the interior ministry said in a statement. "Their work was hostile," the statement said.',
    );
    expect(speaker('Their work')).toMatchObject({ kind: 'document', name: 'Interior ministry statement' });
    expect([...cast.members.values()].filter((m) => m.kind === 'document')).toHaveLength(1);
  });
  it('a named person who speaks in a statement keeps the words', () => {
    const { speaker } = read('"We will appeal," Harlan Vosk said in a statement.');
    expect(speaker('We will appeal')).toMatchObject({ kind: 'person', name: 'Harlan Vosk' });
  });
  it('"In a dissenting opinion, three judges wrote" → the opinion of the judges', () => {
    const { speaker } = read(
      'In a dissenting opinion, three judges wrote that the tribunal had "ignored a century of precedent" in its haste.',
    );
    expect(speaker('ignored')).toMatchObject({ kind: 'document' });
    expect(speaker('ignored')?.name).toMatch(/^Dissenting opinion of three judges$/);
  });
});

describe('judges and pronouns', () => {
  it('"Her coach, <Name>, called it …": a coach is a role', () => {
    const { speaker } = read('Her coach, Tove Rask, called the verdict "cruel and absurd".');
    expect(speaker('cruel')?.name).toBe('Tove Rask');
  });
  it('"Judge <Name>" is a title and a name', () => {
    const { speaker } = read(
      'Presiding Judge Wenna Holst opened the hearing. "Order," Holst said. "Sit down, all of you."',
    );
    expect(speaker('Sit down')?.name).toBe('Wenna Holst');
  });
  it('"<Judge>, writing for the majority" speaks when "the majority wrote"', () => {
    const { speaker } = read(
      'Judge Ilse Marrow, writing for the majority, said the statute was void. "No statute may silence a tribunal," the majority wrote.',
    );
    expect(speaker('No statute')?.name).toBe('Ilse Marrow');
  });
  it('"she added" skips a man named since', () => {
    const { speaker } = read(
      'Judge Anya Brel read the ruling. Interior Minister Tomas Grell called it a mistake. "Parliament knew this," she added.',
    );
    expect(speaker('Parliament knew')?.name).toBe('Anya Brel');
  });
  it('"she added" after a quote goes to the person last quoted, even when another was named before', () => {
    const { speaker } = read(
      'Chief Judge Halla Renk, writing for the majority, disagreed. Prime Minister Ivo Terrent welcomed the ruling. "It does not," the majority wrote. "Liberty is not a loophole," she added.',
    );
    expect(speaker('Liberty')?.name).toBe('Halla Renk');
  });
  it('"Mr" and "Ms" tell "he" from "she" where the first name does not', () => {
    const { speaker } = read(
      'Ms Ilvra Tesk met Mr Orvo Daln. "Nothing was agreed," she said. "We will try again," he said.',
    );
    expect(speaker('Nothing')?.name).toBe('Ilvra Tesk');
    expect(speaker('We will')?.name).toBe('Orvo Daln');
  });
});
