import { describe, expect, it } from 'vitest';
import { planEvents as events } from '../ingest-read';

// The patterns of issue 12o, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('reported speech without quotation marks is no news', () => {
  it('"said Tuesday the …", "told the Orrin Herald yesterday": a day right after the speech verb dates the speaking', () => {
    expect(
      events('A spokesman for the mayor, Tobiah Renfrew, said Tuesday the mayor regarded the vote as "a fair result."'),
    ).toEqual([]);
    expect(events('"We are not going anywhere," she told the Orrin Herald yesterday.')).toEqual([]);
    expect(events('The club\'s press officer said Monday morning the ground was "fit to play."')).toEqual([]);
  });
  it('""We will …," he told X yesterday": a future inside the quote makes no sentence about the future, and the telling is no news', () => {
    expect(
      events('"We shall rebuild the pier by summer," the harbourmaster told the Orrin Herald on Tuesday.'),
    ).toEqual([]);
    expect(events('"Nobody will be sacked," Ilsa Marrow told staff yesterday.')).toEqual([]);
  });
  it('"told the Gazette on Monday that the club had sacked him "…"": a reported action with words quoted is the quote\'s statement, no event', () => {
    expect(
      events(
        'The harbour master, Odile Prentis, told the Gazette on Monday that the board had approved the loan "with some reluctance".',
      ),
    ).toEqual([]);
    expect(
      events('Selwyn Ardry said on Tuesday that his firm had lost the contract "for reasons nobody has explained".'),
    ).toEqual([]);
  });
  it('"X confirmed the appointment on Tuesday", "X denied that on Monday": confirming and denying report speech', () => {
    expect(events("The club's chairman, Gideon Harrowell, confirmed the appointment on Tuesday.")).toEqual([]);
    expect(events('Perrin Osk, a lawyer for the family, denied that on Monday evening.')).toEqual([]);
    expect(events('The ministry denied on Wednesday that any files had been lost.')).toEqual([]);
    expect(events("Tarvenia's Health Minister, Edda Moll, confirmed the closure on Monday.")).toEqual([]);
  });
});

describe('a request for comment unanswered is no news', () => {
  it('"did not respond to emails on Tuesday", "could not be reached Monday", "was unable to contact …", "declined to comment"', () => {
    expect(events('The Varnel Group did not respond to emails on Tuesday.')).toEqual([]);
    expect(events('Orrin Tallis could not be reached for comment Monday.')).toEqual([]);
    expect(events("The Herald was unable to contact the firm's owners on Wednesday.")).toEqual([]);
    expect(events('A spokesperson for the council declined to comment on Tuesday.')).toEqual([]);
  });
});
