import { describe, expect, it } from 'vitest';
import { readQuotes } from '../ingest-read';

// The patterns of issue 12i, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

const read = (text: string) => readQuotes(text, { publisher: 'Quillon Ledger' });
/** The name and kind of the speaker given to the quote that starts with `quote`. */
const speakerOf = (text: string, quote: string) => {
  const s = read(text).speaker(quote);
  return s && { name: s.name, kind: s.kind, anonymous: s.anonymous ?? false, via: s.via };
};
describe('speakers', () => {
  it('"his press secretary, <Name>, said": a role after a possessive pronoun, set off by commas, introduces the name', () => {
    const text = '"The council will decide in its own time," his press secretary, Joren Malvik-Stade, said.';
    expect(speakerOf(text, 'The council will')).toMatchObject({ name: 'Joren Malvik-Stade', anonymous: false });
  });
  it('a name inside a relative clause ("…, who chairs the harbour board, said") is not the speaker', () => {
    const text =
      'Petra Honsvik MP, who chairs the assembly’s Harbour Board, said the levy was "late but welcome" and that the board would meet in June.';
    expect(speakerOf(text, 'late but welcome')).toMatchObject({ name: 'Petra Honsvik', kind: 'person' });
  });
  it('"she" after two people named together goes to the one an honorific makes a woman', () => {
    const text = [
      'The river trust’s chair, Talin Oberg-Rasse, said on Monday that the dam was safe.',
      'On a call with the Ledger, Mrs Oberg-Rasse and her deputy, Kasimir Dunley-Ward, were asked about the dam. "We will not sell it," she said. "Not for any price," he added.',
    ].join('\n\n');
    expect(speakerOf(text, 'We will not sell')).toMatchObject({ name: 'Talin Oberg-Rasse' });
    expect(speakerOf(text, 'Not for any price')).toMatchObject({ name: 'Kasimir Dunley-Ward' });
  });
});
