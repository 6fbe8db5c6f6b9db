import { describe, expect, it } from 'vitest';
import { planEvents as events, readLedger } from '../ingest-read';

// The patterns of issue 12al, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday
// 2026-05-14 (Sunday 05-10, Monday 05-11, Tuesday 05-12, Wednesday 05-13).

const LEAD = 'The Dunmarrow bowls club will close for good, its committee said on Wednesday.\n\n';

describe('OPEN_UNTIL: "will be available / open / valid until <day>" — the end of an offer lies ahead, dated on its day', () => {
  it('"Refunds will be available until 20 May" is planned for 20 May', () => {
    const text = LEAD + 'Refunds will be available until 20 May.';
    expect(events(text)).toContainEqual(['2026-05-20', 'planned']);
  });
  it('"…, and the old vouchers will be valid until 29 May" (second clause after ", and") is planned for 29 May', () => {
    const text =
      LEAD + 'Season tickets will be accepted at the new ground, and the old vouchers will be valid until 29 May.';
    expect(events(text)).toContainEqual(['2026-05-29', 'planned']);
  });
  it('must not fire: the past twin "Refunds were available until 20 April" drafts no 20 April', () => {
    const text = LEAD + 'Refunds were available until 20 April.';
    expect(events(text).map((e) => e[0])).not.toContain('2026-04-20');
  });
  it('must not fire: quoted words ("Refunds will be available until 20 May," she said) draft no 20 May', () => {
    const text = LEAD + '"Refunds will be available until 20 May," the secretary said.';
    expect(events(text).map((e) => e[0])).not.toContain('2026-05-20');
  });
  it('must not fire: a negation ("will not be available until 20 May") is no end of an offer', () => {
    const text = LEAD + 'Refunds will not be available until 20 May.';
    expect(events(text)).not.toContainEqual(['2026-05-20', 'planned']);
  });
});

describe('GIVEN_UNTIL: "…, giving X until <day> to <verb>" — a deadline handed down with a deed is a planned happening of its own', () => {
  it('"served a notice … on Tuesday, giving him until 30 June to remove the caravans" drafts 30 June planned and keeps Tuesday', () => {
    const text =
      LEAD + 'The council served a notice on the farmer on Tuesday, giving him until 30 June to remove the caravans.';
    expect(events(text)).toContainEqual(['2026-06-30', 'planned']);
    expect(events(text)).toContainEqual(['2026-05-12', 'reported']);
  });
  it('"…, giving tenants until 5 June to leave" drafts 5 June planned', () => {
    const text = LEAD + 'The landlord issued eviction letters on Monday, giving tenants until 5 June to leave.';
    expect(events(text)).toContainEqual(['2026-06-05', 'planned']);
  });
  it('must not fire: a day already past ("giving him until 30 April to remove …") drafts no planned 30 April', () => {
    const text =
      LEAD + 'The council served a notice on the farmer in February, giving him until 30 April to remove the caravans.';
    expect(events(text)).not.toContainEqual(['2026-04-30', 'planned']);
  });
  it('must not fire: quoted words ("… giving him until 30 June to move," she said) draft no 30 June', () => {
    const text = LEAD + '"We served a notice on Tuesday, giving him until 30 June to move," the clerk said.';
    expect(events(text).map((e) => e[0])).not.toContain('2026-06-30');
  });
  it('must not fire: "giving evidence … until late afternoon" — no deadline of a day', () => {
    const text = LEAD + 'The groundsman spent Tuesday giving evidence to the inquiry until late afternoon.';
    expect(events(text).map((e) => e[0])).not.toContain('2026-05-14');
  });
});

describe('KIN_AFTER_QUOTE: ""…," her husband added" after a couple named with a surname is the other of the couple', () => {
  const COUPLE = 'The tenants of the flat, Colm and Maura Breslin, said they were sad to go.\n\n';
  it('""…," her husband added" after Mrs Breslin\'s words is Colm Breslin', () => {
    const text =
      COUPLE +
      'Mrs Breslin said:\n\n"We raised three children here."\n\n"At least the damp stays behind," her husband added.';
    expect(readLedger(text).who['At least the damp stays behind']).toBe('Colm Breslin');
  });
  it('""…", his wife said" after Mr Breslin\'s words is Maura Breslin', () => {
    const text =
      COUPLE + '"We raised three children here," Mr Breslin said.\n\n"We will miss the garden", his wife said.';
    expect(readLedger(text).who['We will miss the garden']).toBe('Maura Breslin');
  });
  it('must not fire: ""…," her husband\'s lawyer said" is not the husband', () => {
    const text =
      COUPLE +
      'Mrs Breslin said:\n\n"We raised three children here."\n\n"The lease was unlawful," her husband\'s lawyer said.';
    expect(readLedger(text).who['The lease was unlawful']).not.toBe('Colm Breslin');
  });
  it('must not fire: no couple named ("…," her husband added) names nobody of the article', () => {
    const text =
      'Maura Breslin said she was sad to go.\n\n"We raised three children here," she said.\n\n"At least the damp stays behind," her husband added.';
    expect(readLedger(text).who['At least the damp stays behind']).not.toBe('Maura Breslin');
  });
});
