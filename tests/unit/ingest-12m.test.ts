import { describe, expect, it } from 'vitest';
import { speakerOf } from '../ingest-read';

// The patterns of issue 12m, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('documents speaking', () => {
  it('"X\'s court filing, lodged in May, argued …": a written text as the subject is a document, whatever its verb', () => {
    const text =
      'Harrow Quennell\'s court filing, lodged in March, argued that the lease had been "void from the very first day."';
    expect(speakerOf(text, 'void from the very')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'void from the very')?.name).toMatch(/filing/);
  });
  it('"Judge X wrote for the majority": the words are the judge\'s majority opinion', () => {
    const text =
      'The appeals panel voted 3-2 on Monday. "No tenant should be evicted on a technicality," Judge Orla Fennimore wrote for the majority.';
    expect(speakerOf(text, 'No tenant')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'No tenant')?.name).toMatch(/Orla Fennimore.*majority opinion/);
  });
  it('"Judge X, dissenting in …, wrote that …": the words are the judge\'s dissent', () => {
    const text =
      'Judge Casimir Odell, dissenting in Monday\'s ruling, wrote that the notice was "clear enough for any reader."';
    expect(speakerOf(text, 'clear enough')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'clear enough')?.name).toMatch(/Casimir Odell.*dissent/);
  });
  it('"In a statement posted late on Monday, the agency said …": a participle of publishing names the statement', () => {
    const text =
      'The Orvane Water Agency cut supplies to four towns. In a statement posted late on Monday, the Orvane Water Agency said it was "working around the clock" on repairs.';
    expect(speakerOf(text, 'working around')).toMatchObject({ kind: 'document' });
  });
});

describe('ranks and titles of several words', () => {
  it.each([
    ['Air Commodore Tavish Ellery-Brook', 'Tavish Ellery-Brook'],
    ['Rear Admiral Corwen Halsby', 'Corwen Halsby'],
    ['Lieutenant General Odran Fessick', 'Odran Fessick'],
    ['Deputy Chief Constable Maris Oakenfold', 'Maris Oakenfold'],
    ['Wing Commander Petra Inchbald', 'Petra Inchbald'],
    ['Air Vice-Marshal Cyprian Loddon', 'Cyprian Loddon'],
  ])('"%s said": the rank is no part of the name', (written, name) => {
    const text = `The search was called off on Monday. "We have done everything we can," ${written} said.`;
    expect(speakerOf(text, 'We have done')).toMatchObject({ name, kind: 'person' });
  });
});

describe('surnames with a particle', () => {
  it.each([
    ['Rosalind Van Tassel', 'Van Tassel'],
    ['Emeric de Villiers', 'de Villiers'],
    ['Hendrika van der Berge', 'van der Berge'],
    ['Ciaran O’Dowling', 'O’Dowling'],
  ])('"%s" and later "%s said": the bare surname is the whole name', (name, surname) => {
    const text = `State Rep. ${name} voted against the bill on Monday. "This is a sad day for the valley," ${surname} said.`;
    expect(speakerOf(text, 'This is a sad day')).toMatchObject({ name, kind: 'person' });
  });
});
