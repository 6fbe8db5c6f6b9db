import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';

// The review of round 12ad, on sentences written for this file: every name, place and body here is
// invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('"X said:" ending a paragraph gives way to the sentence after the quote naming whose the words are', () => {
  it('"The words are those of Y" after the quote: Y, not the lead-in speaker', () => {
    const text =
      'The ferry company cut the winter timetable. Its operations manager, Caspar Lindqvist, said:\n\n"Nobody wants to sail an empty boat." The words are those of Morwenna Tresize, an islander.';
    expect(readLedger(text).who).toEqual({ 'Nobody wants to sail an empty boat.': 'Morwenna Tresize' });
  });
  it('"The remarks came from Y" after the quote: Y', () => {
    const text =
      'The ferry company cut the winter timetable. Its operations manager, Caspar Lindqvist, said:\n\n"Nobody wants to sail an empty boat." The remarks came from Morwenna Tresize, an islander.';
    expect(readLedger(text).who).toEqual({ 'Nobody wants to sail an empty boat.': 'Morwenna Tresize' });
  });
  it('still fires: the lead-in speaker when the sentence after names nobody', () => {
    const text =
      'The ferry company cut the winter timetable. Its operations manager, Caspar Lindqvist, said:\n\n"Nobody wants to sail an empty boat." The timetable runs until March.';
    expect(readLedger(text).who).toEqual({ 'Nobody wants to sail an empty boat.': 'Caspar Lindqvist' });
  });
  it('"X said …, but islander Y said:": Y, the person named right before the colon', () => {
    const text =
      'The ferry company cut the winter timetable. Caspar Lindqvist said the cuts were needed, but islander Morwenna Tresize said:\n\n"Nobody asked us about any of this."';
    expect(readLedger(text).who).toEqual({ 'Nobody asked us about any of this.': 'Morwenna Tresize' });
  });
  it('must not fire: a person named as object before the colon does not speak', () => {
    const text =
      'The ferry company cut the winter timetable. Caspar Lindqvist, who met Morwenna Tresize on Monday, said:\n\n"Nobody wants to sail an empty boat."';
    expect(readLedger(text).who).toEqual({ 'Nobody wants to sail an empty boat.': 'Caspar Lindqvist' });
  });
  it('must not fire: a quote with its own speaker after the lead-in', () => {
    const text =
      'The ferry company cut the winter timetable. Its operations manager, Caspar Lindqvist, said:\n\n"Nobody wants to sail an empty boat," islander Morwenna Tresize told the paper.';
    expect(readLedger(text).who).toEqual({ 'Nobody wants to sail an empty boat': 'Morwenna Tresize' });
  });
});

describe('checked and held: the rules of 12ad on sentences near their patterns', () => {
  it('"a majority of members voted …, the union said": the named organiser still speaks the next quote', () => {
    const text =
      'The strike ballot closed on Friday. A majority of members voted to walk out, the union said. "We are ready to stay out," said Tamsin Kerrow, the branch secretary.';
    expect(readLedger(text).who).toEqual({ 'We are ready to stay out': 'Tamsin Kerrow' });
  });
  it('"a minority shareholder said" is an unnamed source, not a share', () => {
    const text = 'A minority shareholder said "the board has lost its way" at the meeting on Monday.';
    expect(readLedger(text).who).toEqual({ 'the board has lost its way': 'A minority shareholder (unnamed source)' });
  });
  it('"Coun." before a name does not end the sentence', () => {
    const text =
      'The vote was 5-4, with the deciding vote cast by Coun. Ada Brisk. She said "we want the park back" on Monday.';
    expect(readLedger(text).who).toEqual({ 'we want the park back': 'Ada Brisk' });
  });
  it('must not fire: ", which said" after a person or a place', () => {
    expect(
      readLedger(
        'The plan was drawn up by Hal Pettifer, which said in its report that it would "transform the harbour".',
      ).who,
    ).toEqual({ 'transform the harbour': null });
    expect(
      readLedger('The festival will be held in Harwick, which said in a statement that it was "delighted to host".')
        .who,
    ).toEqual({ 'delighted to host': null });
  });
  it('", which said" after a council still fires', () => {
    const text =
      'The plan was drawn up by consultants for the Harwick Borough Council, which said the cost was "far too high for us".';
    expect(readLedger(text).who).toEqual({ 'far too high for us': 'Harwick Borough Council' });
  });
});

describe('"X, a builder, who lives nearby, said": a description set off after a person\'s name is that person', () => {
  it('the named person, not "a builder" as an unnamed source', () => {
    const text = 'Hal Pettifer, a builder, who lives nearby, said "this is madness" on Monday.';
    expect(readLedger(text).who).toEqual({ 'this is madness': 'Hal Pettifer' });
  });
  it('checked and held (passes without the fix too): with "the" and "told", the named person', () => {
    const text = 'Hal Pettifer, the builder, who lives nearby, told the Wexley Echo "this is madness" on Monday.';
    expect(readLedger(text).who).toEqual({ 'this is madness': 'Hal Pettifer' });
  });
  it('must not fire: a name in an opening phrase before the source', () => {
    expect(
      readLedger('Asked about Hal Pettifer, a council spokesman said "we do not comment on staff" on Monday.').who,
    ).toEqual({
      'we do not comment on staff': 'A council spokesman (unnamed source)',
    });
    expect(
      readLedger('According to Hal Pettifer, a neighbour who lives nearby said "this is madness" on Monday.').who,
    ).toEqual({
      'this is madness': 'A neighbour (unnamed source)',
    });
  });
  it('must not fire: an unnamed source with a set-off clause stays one', () => {
    expect(readLedger('A builder, who lives nearby, said "this is madness" on Monday.').who).toEqual({
      'this is madness': 'A builder (unnamed source)',
    });
  });
});
