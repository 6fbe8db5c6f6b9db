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
