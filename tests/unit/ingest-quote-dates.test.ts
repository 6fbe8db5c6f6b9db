import { describe, expect, it } from 'vitest';
import { planQuoteDates } from '../ingest-read';

/**
 * Found in an editor's run (not in any test set): a date of what a quote's speaker says will
 * happen ("would meet again next week") is the date of that future happening, never the date of
 * the words. The Quillon Ledger's articles are of Thursday 14 May 2026.
 */
describe('a quote is not dated by a future happening in its own reported clause', () => {
  it('"X said after the talks on Wednesday that … "…" and would meet again next week": the Wednesday', () => {
    const body =
      'Foreign Minister Alva Kestrin said after the talks on Wednesday that the two sides had made "steady headway on the hard questions" and would meet again next week.';
    expect(planQuoteDates(body)).toEqual([['steady headway on the hard questions', '2026-05-13']]);
  });

  it('"X said that … "…" and would meet again next week", no day of the words: the publication date, not next week', () => {
    const body =
      'Foreign Minister Alva Kestrin said the two sides had made "steady headway on the hard questions" and would meet again next week.';
    expect(planQuoteDates(body)).toEqual([['steady headway on the hard questions', '2026-05-14']]);
  });
});
