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
