import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

// The patterns of issue 12s, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

/** The name of the speaker given to the quote that starts with `quote` in `text`. */
const speaker = (text: string, quote: string) => readLedger(text).speaker(quote)?.name;

describe('letters after a name ("KC", "MBE") are a rank or an honour, never a body', () => {
  it('"Tobias Wren KC" is a person, and "KC" no organisation', () => {
    const text =
      'Counsel for the families, Tobias Wren KC, told the hearing that the pumps "were never serviced". "Nobody checked," Mr Wren said.';
    expect(speaker(text, 'were never serviced')).toBe('Tobias Wren');
    expect(speaker(text, 'Nobody checked')).toBe('Tobias Wren');
    expect(readLedger(text).members.map((m) => m.name)).not.toContain('KC');
  });
  it('"Ms Lowe KC" later in the text is the same person', () => {
    const text =
      'Ann Lowe KC said the firm had been "reckless from the start". Ms Lowe KC added that it had "learned nothing at all".';
    expect(speaker(text, 'learned nothing')).toBe('Ann Lowe');
    expect(
      speaker(
        'Counsel for the town, Hywel Brack QC, said the plan was "unlawful". Mr Brack QC said the council had "no answer".',
        'no answer',
      ),
    ).toBe('Hywel Brack');
  });
  it('a name with letters after it needs no other cue to be a person', () => {
    expect(
      speaker('Oriel Danks QC said the ruling was "a triumph of common sense" for tenants.', 'a triumph of common'),
    ).toBe('Oriel Danks');
    expect(
      speaker(
        'Marta Hollis MBE, who ran the shelter for years, said it was "the best job in the world".',
        'the best job',
      ),
    ).toBe('Marta Hollis');
  });
  it('an abbreviation standing alone is still a body', () => {
    expect(
      speaker('The RTWU said the new rota was "dangerous for drivers and passengers alike".', 'dangerous for drivers'),
    ).toBe('RTWU');
    expect(speaker('On Monday the TGLU said the offer was "an insult to every member".', 'an insult to')).toBe('TGLU');
  });
});

describe('"X, whose husband …": a person, and her gender for a later "she said"', () => {
  it('"she" after "whose husband" is that woman, not an earlier "Ms" further back', () => {
    expect(
      speaker(
        'Judge Ada Kettle said the case was "exceptionally sad". Ms Kettle adjourned it. Tegwen Pryse, whose husband drowned in the flood, sat near the door. Outside, she said the families had "waited far too long".',
        'waited far too long',
      ),
    ).toBe('Tegwen Pryse');
    expect(
      speaker(
        'Minister Rhiannon Toft said the report was "overdue". Ms Toft left early. Morwenna Tallack, whose son was on the ferry, stayed behind. Later she said the crew had been "heroes every one".',
        'heroes every one',
      ),
    ).toBe('Morwenna Tallack');
  });
  it('a relative clause of another kind gives no one a name', () => {
    expect(readLedger('Dunmore, whose harbour silted up, lost its ferry.').members).toEqual([]);
    expect(readLedger('The Tarn Valley, whose farms flooded, is drying out.').members).toEqual([]);
  });
});

describe('"X KC, for Ms Y, said": the party a lawyer acts for is no subject', () => {
  it('the lawyer speaks', () => {
    expect(
      speaker(
        'Mina Kovac denies fraud. Tobias Wren KC, for Ms Kovac, said his client was "a victim, not a thief".',
        'a victim, not',
      ),
    ).toBe('Tobias Wren');
    expect(
      speaker(
        'Dorian Pell denies theft. Sasha Imrie, representing Mr Pell, told the court he had been "led astray by friends".',
        'led astray',
      ),
    ).toBe('Sasha Imrie');
  });
  it('a plain subject still speaks', () => {
    expect(speaker('Mina Kovac, a baker, said she was "a victim, not a thief".', 'a victim, not')).toBe('Mina Kovac');
    expect(speaker('Mina Kovac, 44, told the court she was "a victim, not a thief".', 'a victim, not')).toBe(
      'Mina Kovac',
    );
  });
});

describe('"Harold and Jean Vane": two people of one surname', () => {
  it('"Mr Vane" is the husband, "Mrs Vane" the wife', () => {
    const text = (h: string) =>
      `Among the walkers were Peter and Mary Dunmore, who met on the cliff path. "We still come every spring," ${h} Dunmore said.`;
    expect(speaker(text('Mr'), 'We still come')).toBe('Peter Dunmore');
    expect(speaker(text('Mrs'), 'We still come')).toBe('Mary Dunmore');
    expect(
      speaker(
        'George and Ellen Trask have farmed here since 1970. "The river took everything," Mr Trask told us.',
        'The river took',
      ),
    ).toBe('George Trask');
  });
  it('two full names, or a place before "and", make no one up', () => {
    const names = (t: string) => readLedger(t).members.map((m) => m.name);
    expect(names('The ministers Ilse Berg and Tom Vane met on Monday. "It went well," Mr Vane said.')).not.toContain(
      'Berg Vane',
    );
    expect(names('He flew to Paris and Tom Vane met him there. "It went well," Mr Vane said.')).not.toContain(
      'Paris Vane',
    );
  });
});

describe('"the heritage body X": a body is an organisation', () => {
  it('the name after it is no person', () => {
    expect(readLedger('The heritage body Marl Keepers said the wall was "beyond repair".').members).toMatchObject([
      { name: 'Marl Keepers', kind: 'organisation' },
    ]);
    expect(
      readLedger('The industry body Orlent Growers said prices were "simply not sustainable".').members,
    ).toMatchObject([{ name: 'Orlent Growers', kind: 'organisation' }]);
  });
});

describe('dates', () => {
  it("a day and month in the subject before a simple past is past, not next year's", () => {
    expect(events('The fire on 2 October destroyed the mill.')).toEqual([['2025-10-02', 'reported']]);
    expect(events('The storm of 20 November flattened the orchards at Hayle.')).toEqual([['2025-11-20', 'reported']]);
    // A subject that will do something still lies ahead.
    expect(events('The concert on 2 October will open the season.')).toEqual([['2026-10-02', 'planned']]);
  });
  it('"have called a march … on Saturday": a perfect of arranging puts the day ahead', () => {
    expect(events('The union has called a strike on Friday.')).toEqual([['2026-05-15', 'planned']]);
    expect(events('Residents have organised a vigil outside the town hall on Sunday.')).toEqual([
      ['2026-05-17', 'planned'],
    ]);
    // A past arranging, or a day of another clause, is not.
    expect(events('The union called a strike on Friday.')).toEqual([['2026-05-08', 'reported']]);
    expect(events('The union has called a strike for staff who were sacked on Friday.')).toEqual([
      ['2026-05-08', 'reported'],
    ]);
  });
  it('", starting Friday" after a clause about the future lies ahead with it', () => {
    expect(
      events('The mill closed on Monday. The council said on Monday it would run extra buses, starting Friday.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-15', 'planned'],
    ]);
    expect(
      events('The mill closed on Monday. The firm said on Tuesday it will cut prices, beginning on Saturday.'),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-16', 'planned'],
    ]);
    // After a past clause it is past.
    expect(events('The mill closed on Monday. The council ran extra buses, starting Friday.')).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-08', 'reported'],
    ]);
  });
  it('"in the weeks before the blast" is no date', () => {
    expect(events('Prices rose sharply in the months before the vote, the bank said on Tuesday.')).toEqual([]);
    expect(events('Alarms were ignored in the weeks before the fire. The mill shut on Monday.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
  });
  it('"…, the inquiry heard on Monday" in a lead dates the hearing', () => {
    expect(
      events(
        'HARTSEY, 14 May (QL) - Safety checks at the quarry were skipped, the inquest into the crash heard on Tuesday.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
    expect(
      events('HARTSEY, 14 May (QL) - The chef moved money offshore for years, a jury was told on Wednesday.'),
    ).toEqual([['2026-05-13', 'reported']]);
    // A finding others told is still not dated by their telling.
    expect(
      events('HARTSEY, 14 May (QL) - The fire was caused by a faulty heater, investigators said on Tuesday.'),
    ).toEqual([]);
  });
});

describe('no happening', () => {
  it('a sentence opening with its condition', () => {
    expect(
      events('The mill closed on Monday. If the appeal fails, the final will go ahead on Saturday as planned.'),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(events('The mill closed on Monday. Unless a buyer is found, the yard will shut on 3 June.')).toEqual([
      ['2026-05-11', 'reported'],
    ]);
    // The plan itself as the condition, or no condition, leaves it news.
    expect(events('If it goes ahead, the appeal will be heard on 3 June.')).toEqual([['2026-06-03', 'planned']]);
    expect(events('The final will go ahead on Saturday.')).toEqual([['2026-05-16', 'planned']]);
  });
  it('a request and its want of an answer', () => {
    expect(
      events(
        'The mill closed on Monday. The Courier asked the council for the report on Tuesday; it had not arrived by Friday.',
      ),
    ).toEqual([['2026-05-11', 'reported']]);
    expect(
      events('The mill closed on Monday. We asked the firm for its figures on Tuesday but have not received them.'),
    ).toEqual([['2026-05-11', 'reported']]);
    // A request answered is news.
    expect(
      events(
        'The mill closed on Monday. The mayor asked the army for help on Tuesday, and troops arrived on Wednesday.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2026-05-12', 'reported'],
      ['2026-05-13', 'reported'],
    ]);
  });
});
