import { describe, expect, it } from 'vitest';
import { readLedger, speakerOf } from '../ingest-read';

// The patterns of issue 12ah, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('a body described by a common noun is named by its noun, never by the clause after it', () => {
  const text =
    'Drivers blamed the timetable, while the authority pointed to a surge in calls from riders.\n\n' +
    'In a statement the authority said: "Every cancelled bus is one too many. We are hiring 30 new drivers this winter."';
  it('no member of the cast is named with the verb that followed the noun', () => {
    expect(readLedger(text).members.map((m) => m.name)).not.toContainEqual(expect.stringMatching(/pointed/));
  });
  it('the statement is the body’s statement', () => {
    expect(speakerOf(text, 'Every cancelled bus')?.name).toBe('Authority statement');
  });
  it('must not fire: a body named with "of" keeps the rest of its name', () => {
    const named = 'The inquiry was opened last week. "We will report by June," the commission of inquiry said.';
    expect(speakerOf(named, 'We will report')?.name).toBe('Commission of inquiry');
  });
});
