import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger as read, speakerOf } from '../ingest-read';

// The patterns of issue 12i, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

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

describe('documents quoted without a speech verb of their own', () => {
  it('"The Agency fined …, saying in its ruling that …": the participle speaks for the main subject, in its text', () => {
    const text =
      'The Water Standards Agency fined Brellin Utilities on Tuesday, saying in its ruling that the pipes were "rotten through".';
    expect(speakerOf(text, 'rotten through')).toMatchObject({
      name: 'Water Standards Agency ruling',
      kind: 'document',
    });
  });
  it('"On Friday, Judge X refused …, writing in his ruling that …": a judge’s ruling is his document', () => {
    const text =
      'On Friday, Judge Corvin Estley-Maur refused the appeal, writing in his ruling that the claim was "built on sand."';
    expect(speakerOf(text, 'built on sand')).toMatchObject({ name: 'Corvin Estley-Maur ruling', kind: 'document' });
  });
  it('"In a letter to the council dated …, Dame X wrote:" is her letter, not her speech', () => {
    const text =
      'In a letter to the town council dated 2 April, Dame Orla Penrick-Vause wrote: "The square must stay open to all."';
    expect(speakerOf(text, 'The square must')).toMatchObject({ name: 'Orla Penrick-Vause letter', kind: 'document' });
  });
  it('"<Body>, founded in …, had proposed … in a report dated …, warning that …": the body’s report', () => {
    const text =
      'The Coastal Erosion Board, founded in 1961, had proposed a sea wall in a report dated 9 May, warning that the cliffs were "a winter away from collapse".';
    expect(speakerOf(text, 'a winter away')).toMatchObject({ name: 'Coastal Erosion Board report', kind: 'document' });
  });
  it('"<Body> asked … in a letter dated …. It called them …": "it" speaks through that letter', () => {
    const text =
      'The Olvane Culture Ministry first asked for the drums in a letter dated 5 May 2021. It called them "voices of the village".';
    expect(speakerOf(text, 'voices of the village')).toMatchObject({
      name: 'Olvane Culture Ministry letter',
      kind: 'document',
    });
  });
});

describe('unnamed sources relayed by another outlet', () => {
  it('"<Group> said …, the <Outlet> reported. "…," one of them told the newspaper": via that outlet', () => {
    const text = [
      'Three officials close to the inquiry said the audit had been rushed, the Dellmoor Evening Courier reported. "Nobody read the annex," one of them told the newspaper.',
    ].join('\n\n');
    const s = speakerOf(text, 'Nobody read the annex');
    expect(s).toMatchObject({ anonymous: true });
    expect(read(text).cast.members.get(s!.via!)?.name).toBe('Dellmoor Evening Courier');
  });
  it('"According to a report in the <Outlet>, … A nurse told the paper:": via the outlet of the report', () => {
    const text =
      'According to a report in the Brisk Harbour Gazette, the ward had been short of staff for months. A nurse told the paper: "We were running on fumes."';
    const s = speakerOf(text, 'We were running');
    expect(s).toMatchObject({ anonymous: true });
    expect(read(text).cast.members.get(s!.via!)?.name).toBe('Brisk Harbour Gazette');
  });
  it('"according to <Outlet>, which quoted a <role> as saying …": the role speaks, via the outlet', () => {
    const text =
      'The pass was closed overnight, according to the Velder Morning Star, which quoted a road maintenance engineer as saying the slope was "moving by the hour".';
    const s = speakerOf(text, 'moving by the hour');
    expect(s).toMatchObject({ anonymous: true });
    expect(read(text).cast.members.get(s!.via!)?.name).toBe('Velder Morning Star');
  });
});

describe('companies described by where they are based', () => {
  it('"The <City>, <Region>-based lender said in a statement" is the company named before, in its statement', () => {
    const text = [
      'Orrow Mutual Bank will close 40 branches next year.',
      'The Kestle, Vanmark-based lender said in a statement that the cuts were "painful but overdue."',
    ].join('\n\n');
    expect(speakerOf(text, 'painful but overdue')).toMatchObject({
      name: 'Orrow Mutual Bank statement',
      kind: 'document',
    });
  });
});

describe('"since" that tells no happening of its own', () => {
  it('a superlative\'s comparison point ("the lowest close since March") is no event; "since it was founded in 1990" still is', () => {
    expect(events('Orrow Mutual shares ended at the lowest close since March.')).toEqual([]);
    expect(events('The fine was the largest since the regulator was founded in 1990.')).toEqual([['1990', 'reported']]);
  });
  it('"had barely eaten since …" and "had been searching the lake since dawn Wednesday" are no events', () => {
    expect(events('The farmer said he had barely eaten since the police rang him on Tuesday night.')).toEqual([]);
    expect(events('Divers had been searching the lake since dawn Wednesday, a coastguard officer said.')).toEqual([]);
  });
});
