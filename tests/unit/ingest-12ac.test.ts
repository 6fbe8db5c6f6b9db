import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';

// The patterns of issue 12ac, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"The band, led by Ilse Mara Tove, won": the agent of a participle set off by commas is a person', () => {
  it('a three-word name after "conducted by" is the person a later bare surname speaks for', () => {
    const text =
      'The Fenmark Youth Orchestra, conducted by Tovelina Brisk Ardmoor, won the regional cup on Saturday.\n\n"They played out of their skins," Ardmoor said after the final.';
    expect(readLedger(text).who).toEqual({ 'They played out of their skins': 'Tovelina Brisk Ardmoor' });
  });
  it('"coached by" with a three-word name, the surname quoted later', () => {
    const text =
      'The Oskby rowing eight, coached by Pella Marit Sundqvist, took gold on Sunday.\n\n"We trained in the dark all winter," Sundqvist said.';
    expect(readLedger(text).who).toEqual({ 'We trained in the dark all winter': 'Pella Marit Sundqvist' });
  });
  it('must not fire: "owned by Harbour Holdings Group," names no person', () => {
    const text =
      'The ferry, owned by Tessing Harbour Holdings, ran aground on Monday, and the coastguard closed the strait on Tuesday.\n\n"Nobody was hurt," said coastguard officer Lina Vorst.';
    const { members } = readLedger(text);
    expect(members.filter((m) => m.kind === 'person').map((m) => m.name)).toEqual(['Lina Vorst']);
  });
});
