import { describe, expect, it } from 'vitest';
import { isPersonNoun } from '../../src/ingest/nlp';
import { planEvents as events, readLedger, speakerOf } from '../ingest-read';

// Regressions a review of round 12n found in ordinary news sentences, each on sentences written
// for this file (invented names). The articles are of Thursday 2026-05-14.

describe('a capital city that speaks for its government is no person', () => {
  it('"…," Beijing said / Brussels said: no person named after the city', () => {
    for (const city of ['Beijing', 'Brussels', 'Washington']) {
      const read = readLedger(`"The sanctions are illegal and will fail," ${city} said in a note to the envoys.`);
      expect(read.members.find((m) => m.name === city)?.kind, city).not.toBe('person');
    }
  });
});

describe('"through <day>" bounds a state; it does not swallow the sentence\'s dates', () => {
  it('"closed on Monday and will stay shut through next Friday": Monday is the reported closure', () => {
    expect(events('VARN — The bridge closed on Monday and will stay shut through next Friday.')).toContainEqual([
      '2026-05-11',
      'reported',
    ]);
  });
  it('"The road reopened on Tuesday after crews worked through the weekend": Tuesday, reported', () => {
    expect(events('The coast road reopened on Tuesday after crews worked through the weekend.')).toContainEqual([
      '2026-05-12',
      'reported',
    ]);
  });
});

describe('"they said" is the plural subject of its own sentence, not of the sentence before', () => {
  it('"Residents fled …. Rescuers arrived hours later; they said …": not the residents', () => {
    const text =
      'Residents fled the flooded village of Armley Cross on Monday. Rescuers arrived hours later; they said the water was "waist high and rising".';
    expect(speakerOf(text, 'waist high')?.name ?? '').not.toMatch(/^Residents/);
  });
});

describe('role nouns are whole words', () => {
  it('"remember", "dismember" are no person nouns; "runner", "candidates" are', () => {
    expect(isPersonNoun('remember')).toBe(false);
    expect(isPersonNoun('remembers')).toBe(false);
    expect(isPersonNoun('dismember')).toBe(false);
    expect(isPersonNoun('runner')).toBe(true);
    expect(isPersonNoun('candidates')).toBe(true);
  });
});

describe('a company that reports is no outlet relaying a source', () => {
  it('"Harrow Mining reported on Tuesday that an engineer had told managers …": no via the company', () => {
    const text =
      'Harrow Mining reported on Tuesday that an engineer had told managers the shaft was "not safe to enter".';
    const read = readLedger(text);
    const via = read.speaker('not safe')?.via;
    expect(via ? read.cast.members.get(via)?.name : undefined).not.toBe('Harrow Mining');
  });
});
