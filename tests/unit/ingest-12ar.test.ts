import { describe, expect, it } from 'vitest';
import { readLedger } from '../ingest-read';

// The speaker patterns of issue 12ar, each on sentences written for this file: every name, place, body, outlet and
// role here is invented and none comes from the test articles.

const MARKET = 'The Brackwater covered market will close for six months from January.\n\n';

/** The speaker of the quote starting with `quote`, with the name of the outlet it came through. */
function relayed(text: string, quote: string) {
  const read = readLedger(text);
  const s = read.speaker(quote);
  return s && { name: s.name, anonymous: s.anonymous ?? false, via: s.via && read.cast.members.get(s.via)?.name };
}

describe('IN_WRITING_AFTER: "said in a written submission", "called it, in a statement," — a body speaks through its text', () => {
  it('"The X Traders\' Guild said in a written submission to the council that the plan was "…"" is the submission', () => {
    const text =
      MARKET +
      'The Brackwater Traders\' Guild said in a written submission to the council that the plan was "rushed and unfair" to stallholders.';
    const s = readLedger(text).speaker('rushed and unfair');
    expect(s?.kind).toBe('document');
    expect(s?.name).toMatch(/Traders' Guild submission/);
  });
  it('"The X Tenants Association called it, in a statement, "…"" is the statement', () => {
    const text =
      MARKET + 'The Brackwater Tenants Association called it, in a statement, "a blow to every small trader."';
    const s = readLedger(text).speaker('a blow to every small trader');
    expect(s?.kind).toBe('document');
    expect(s?.name).toMatch(/Tenants Association statement/);
  });
  it('must not fire: a named person who "called it, in a statement," keeps the quote, and "called it" alone keeps the body', () => {
    const a = MARKET + 'Stallholder Petra Lindqvist called it, in a statement, "rushed and unfair".';
    expect(readLedger(a).speaker('rushed and unfair')?.name).toBe('Petra Lindqvist');
    const c =
      MARKET + 'The traders\' counsel, Ilse Marchbank KC, said in her opening submission on Monday: "Nobody asked us."';
    expect(readLedger(c).speaker('Nobody asked us')?.name).toBe('Ilse Marchbank');
    const b = MARKET + 'The Brackwater Tenants Association called it "a blow to every small trader."';
    expect(readLedger(b).speaker('a blow to every small trader')?.kind).not.toBe('document');
  });
});

describe('unnamed source through an outlet: "who spoke to <Outlet> on condition of anonymity", "told trade title <Outlet>"', () => {
  it('"A stallholder who spoke to Harth FM on condition of anonymity said …" is relayed by Harth FM', () => {
    const text =
      MARKET +
      'A stallholder who spoke to Harth FM on condition of anonymity said the roof had "leaked for years" before the closure.';
    expect(relayed(text, 'leaked for years')).toMatchObject({ anonymous: true, via: 'Harth FM' });
  });
  it('"A joiner on the job told trade title Roofline that …" is relayed by Roofline', () => {
    const text =
      MARKET + 'A joiner on the job told trade title Roofline that the beams were "rotten right through" in places.';
    expect(relayed(text, 'rotten right through')).toMatchObject({ anonymous: true, via: 'Roofline' });
  });
  it('must not fire: the publisher itself is no relay, and a named person who spoke to an outlet keeps the quote', () => {
    const a =
      MARKET +
      'A stallholder who spoke to the Quillon Ledger on condition of anonymity said the roof had "leaked for years".';
    expect(relayed(a, 'leaked for years')).toMatchObject({ anonymous: true, via: undefined });
    const b = MARKET + 'Stallholder Petra Lindqvist, who spoke to Harth FM, said the roof had "leaked for years".';
    expect(relayed(b, 'leaked for years')?.name).toBe('Petra Lindqvist');
  });
});

describe('HELD_EVENT_NAME: "will hold a farewell "lantern walk" at …" — the quoted name of an event a body holds is no quote', () => {
  it('"The museum will hold a closing "late opening" at the old hall on Friday." drafts no quote', () => {
    const text = MARKET + 'The museum will hold a closing "late opening" at the old hall on Friday.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual([]);
  });
  it('"The guild hosted a "makers\' market" in the square." drafts no quote', () => {
    const text = MARKET + 'The guild hosted a "makers\' market" in the square.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual([]);
  });
  it('must not fire: words describing what was held ("held a "very frank" meeting") stay a quote', () => {
    const text = MARKET + 'The two sides held a "very frank" meeting on Friday, the chairwoman, Ada Voss, said.';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['very frank']);
  });
  it('must not fire: a sentence quoted after "hold a" with its full stop stays a quote', () => {
    const text = MARKET + 'Traders will hold a vigil. "We will be there every night."';
    expect(readLedger(text).quotes.map((q) => q.quote)).toEqual(['We will be there every night.']);
  });
});

describe('POSSESSIVE_TEXT_SUBJECT: "<Body>\'s trading update said …" — a body\'s text as the whole subject speaks as that text', () => {
  it('"Harrowby Foods\' annual report said …" is the Harrowby Foods annual report', () => {
    const text = MARKET + 'Harrowby Foods\' annual report said the closure would "cost the firm its best pitch".';
    const s = readLedger(text).speaker('cost the firm its best pitch');
    expect(s?.kind).toBe('document');
    expect(s?.name).toBe('Harrowby Foods annual report');
  });
  it('"Kettleby\'s trading update said …" is the Kettleby trading update', () => {
    const text = MARKET + 'Kettleby\'s trading update said the move would "trim margins by a point".';
    expect(readLedger(text).speaker('trim margins by a point')?.name).toBe('Kettleby trading update');
  });
  it("must not fire: a text that is not the whole subject, and a body's spokesman, are read as before", () => {
    const a =
      MARKET + 'After Kettleby\'s trading update, chief executive Ruth Amberley said margins would "hold up fine".';
    expect(readLedger(a).speaker('hold up fine')?.name).toBe('Ruth Amberley');
    const b = MARKET + 'Kettleby\'s spokesman said the move would "trim margins by a point".';
    expect(readLedger(b).speaker('trim margins by a point')?.kind).not.toBe('document');
  });
});
