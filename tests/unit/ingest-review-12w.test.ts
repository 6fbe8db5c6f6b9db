import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// Review of round 12w: ordinary news sentences, written for this file, on which a 12w rule dropped the
// dated happening. Every name, place and body is invented. The articles are of Thursday 2026-05-14.

describe('"for years" in a relative clause does not undate the telling of an action', () => {
  it('"had sold the depot, which it had owned for decades" keeps Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. The mayor said on Monday that the council had sold the depot, which it had owned for decades.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(
      events(
        'The ferry sank on Tuesday. The club said on Monday that it had appointed Ilse Varno, who has coached for 10 years, as manager.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('an attitude verb does not hide an action joined to it or a valuation', () => {
  it('"regretted the decision and had sacked the coach" keeps Tuesday', () => {
    expect(
      events(
        'The ferry sank on Tuesday 5 May. The minister said on Tuesday that he regretted the decision and had sacked the coach.',
      ),
    ).toEqual([
      ['2026-05-05', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
  it('"valued the bank at 3 billion pounds" keeps Monday', () => {
    expect(
      events('The ferry sank on Tuesday. The regulator said on Monday that it valued the bank at 3 billion pounds.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a lawsuit or charge sheet that accuses, with no words quoted, is the news', () => {
  it('"The lawsuit, filed on Monday, accuses the company of fraud." keeps Monday', () => {
    expect(events('The ferry sank on Tuesday. The lawsuit, filed on Monday, accuses the company of fraud.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(events('The ferry sank on Tuesday. The charge sheet, filed on Monday, accuses Ferrand of fraud.')).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a telling in an "after" clause is the news when the main clause has no day', () => {
  it('"Shares fell sharply after the company announced on Monday that …" keeps Monday', () => {
    expect(
      events(
        'The ferry sank on Tuesday. Shares in Dravik fell sharply, after the company announced on Monday that it would cut 300 jobs.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
    expect(
      events(
        'The ferry sank on Tuesday. The union called off the strike after the company confirmed on Monday that it had accepted the offer.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-11', 'reported'],
    ]);
  });
});

describe('a speech act in a statement with an action joined after it is news', () => {
  it('"apologised in a statement on Saturday and resigned" keeps Saturday', () => {
    expect(
      events('The ferry sank on Tuesday. The minister apologised in a statement on Saturday and resigned.'),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-09', 'reported'],
    ]);
    expect(
      events(
        'The ferry sank on Tuesday. The chief executive defended the decision at a news conference on Friday and announced 200 job cuts.',
      ),
    ).toEqual([
      ['2026-05-12', 'reported'],
      ['2026-05-08', 'reported'],
    ]);
  });
  it('the speech act alone is still a remark', () => {
    expect(
      events('The ferry sank on Tuesday. The minister apologised in a statement on Saturday for the delays.'),
    ).toEqual([['2026-05-12', 'reported']]);
  });
});
