import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';
import { isRoleCompound, people } from '../../src/ingest/nlp';

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

// The patterns of issue 12u, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('a compound role noun before a name is a title, not a first name', () => {
  it('"Policewoman" and "Schoolteacher" before a name are left out of the name', () => {
    expect(
      speaker('Policewoman Orrin Talbridge-Vane said the hall would stay shut "until the roof is safe".', 'until the'),
    ).toBe('Orrin Talbridge-Vane');
    expect(
      speaker('Schoolteacher Mirela Oskarven told reporters the pupils were "frightened and tired".', 'frightened'),
    ).toBe('Mirela Oskarven');
  });
  it('"Newsagent" and "Shipbuilder" before a name are titles too', () => {
    expect(speaker('Newsagent Daven Ructmoor said the blaze was "the worst I have seen".', 'the worst')).toBe(
      'Daven Ructmoor',
    );
    expect(speaker('Shipbuilder Ilse Varnhagen said trade had "simply vanished".', 'simply')).toBe('Ilse Varnhagen');
  });
  it('a first name or surname with no role inside is not a compound role', () => {
    expect(isRoleCompound('Headteacher')).toBe(true);
    expect(isRoleCompound('Hazel')).toBe(false);
    expect(isRoleCompound('Christian')).toBe(false);
    expect(isRoleCompound('Goldsmith')).toBe(false);
    expect(speaker('Rosemary Blackwood said the plan was "a disgrace".', 'a disgrace')).toBe('Rosemary Blackwood');
  });
});

// The articles below are of Thursday 2026-05-14.

describe('a plan told in the past is no happening, past or planned', () => {
  it('"had been scheduled for" a date drafts nothing for that date', () => {
    expect(
      events(
        'The mill closed on Monday. A vote on the merger had been scheduled for March. It will not now take place.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events('The mill closed on Monday. The final hearing had originally been set for June, lawyers said.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('a relative clause "who were due to" or "which was scheduled to" drafts nothing for its date', () => {
    expect(
      events(
        'The mill closed on Monday. Harlow Town, who were due to play the champions on Saturday, said they would lose money.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events('The mill closed on Monday. The Orvik ferry, which was scheduled to sail on Friday, stayed in port.'),
    ).toEqual([['2026-05-11', 'reported']]);
  });
  it('a plan told in the present, or a slot that is not pluperfect, keeps its date', () => {
    expect(events('The mill closed on Monday. A vote on the merger is scheduled for June.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-06', 'planned'],
    ]);
    expect(
      events(
        'The mill closed on Monday. Harlow Town, who are due to play the champions on Saturday, said they would lose money.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-16', 'planned'],
    ]);
  });
});

describe('a sitting set for a day in the present simple, or an invitation, lies ahead', () => {
  it('"meets on Tuesday" and "resumes on Monday" are planned', () => {
    expect(events('The mill closed on Monday. The harbour board meets on Tuesday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-19', 'planned'],
    ]);
    expect(events('The mill closed on Monday. The trial of the two brothers resumes on Wednesday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-20', 'planned'],
    ]);
  });
  it('"have been invited to" and "are invited to" a gathering on a day are planned', () => {
    expect(
      events('The mill closed on Monday. Tenants have been invited to a meeting at the community centre on Wednesday.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-20', 'planned'],
    ]);
    expect(events('The mill closed on Monday. Residents are invited to a briefing at the library on Tuesday.')).toEqual(
      [
        ['2026-05-11', 'reported'],
        ['2026-05-19', 'planned'],
      ],
    );
  });
  it('the past of a sitting or an invitation stays a happening', () => {
    expect(events('The mill closed on Monday. The harbour board met on Tuesday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
    expect(
      events('The mill closed on Monday. Tenants were invited to a meeting on Tuesday, where they voted.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
    ]);
  });
});

describe('a compound noun for a person before an unknown name makes it a person', () => {
  it('"stallholder" and "leaseholder" before a name give the later quote to that person', () => {
    expect(
      speaker(
        'The mayor, Orla Fenwright, said the market would stay open. At the fish stalls, stallholder Kasimir Drevant was counting coins. "Nobody is buying," he told reporters.',
        'Nobody',
      ),
    ).toBe('Kasimir Drevant');
    expect(
      speaker(
        'The agent, Pim Oosterwald, said rents would rise. In the next block, leaseholder Radka Vemberly was packing boxes. "We cannot stay," she said.',
        'We cannot',
      ),
    ).toBe('Radka Vemberly');
  });
  it('a sentence adverb or a place noun before capitalised words names no person', () => {
    expect(people('However Kasimir Drevant was counting coins.')).toEqual([]);
    expect(people('Boats sailed up the river Vell Tarnow at dawn.')).toEqual([]);
  });
});

describe('a name followed by ", whose" and kin is a person', () => {
  it('the quote after "X, whose sons …, says" is X\'s, not an earlier speaker\'s', () => {
    expect(
      speaker(
        'Principal Odile Garrowby said the hall was shut. Ansel Threnwick, whose two sons are in Year 6, says the wait is hard. "They ask me every night," he says.',
        'They ask',
      ),
    ).toBe('Ansel Threnwick');
    expect(
      speaker(
        'The minister, Hedda Olsvinter, said help was coming. Marit Quelland, whose husband died in the flood, was not convinced. "Nobody has called us," she said.',
        'Nobody has',
      ),
    ).toBe('Marit Quelland');
  });
  it('a place or a company before ", whose" is no person', () => {
    expect(people('Port Selvick, whose harbour was closed, is quiet.')).toEqual([]);
    expect(people('Harlow Marine Freight, whose workers struck, said no.')).toEqual([]);
  });
});

describe("the day a text was handed over, set off after it, is the text's", () => {
  it('"The review, delivered Nov. 16, estimated" and "The audit, submitted on 5 May, found" draft no happening', () => {
    expect(
      events('The mill closed on Monday. The review, delivered May 4, estimated the cost of the bridge at 40 million.'),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(events('The mill closed on Monday. The audit, submitted on 5 May, found the books in order.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('a text delivered as the main verb, or a release that is news, keeps its date', () => {
    expect(events('The mill closed on Monday. The panel delivered its review on 4 May.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-04', 'reported'],
    ]);
    expect(events('The mill closed on Monday. The report was presented to the council on 5 May.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-05', 'reported'],
    ]);
  });
});
