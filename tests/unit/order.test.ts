import { describe, expect, it } from 'vitest';
import { compareDates, gapBetween } from '../../src/model/dates';
import type { Entry } from '../../src/model/entry';
import { spanOf } from '../../src/model/span';
import { orderEvents } from '../../src/model/timeline';
import type { EventData, StatementData } from '../../src/schemas';

function event(id: string, date: string, extra: Partial<EventData> = {}): Entry<EventData> {
  return {
    id,
    filePath: `${id}.md`,
    body: '',
    data: { title: id, date, related: [], disputedBy: [], ...extra } as unknown as EventData,
  };
}

describe('compareDates with a sequence', () => {
  it('orders items of the same date by sequence, items with one first', () => {
    expect(compareDates({ date: '2025-03-11', sequence: 2 }, { date: '2025-03-11', sequence: 1 })).toBeGreaterThan(0);
    expect(compareDates({ date: '2025-03-11', sequence: 1 }, { date: '2025-03-11' })).toBeLessThan(0);
    expect(compareDates({ date: '2025-03-10', sequence: 9 }, { date: '2025-03-11', sequence: 1 })).toBeLessThan(0);
    expect(compareDates({ date: '2025-03-11' }, { date: '2025-03-11' })).toBe(0);
  });
});

describe('orderEvents', () => {
  it('puts what is reacted to before the reaction on the same day, whatever the file names', () => {
    const events = [
      event('a-reaction', '2025-03-11', { title: 'A reaction', related: ['z-talks'] }),
      event('b-reaction-to-reaction', '2025-03-11', { title: 'Another', related: ['a-reaction'] }),
      event('z-talks', '2025-03-11', { title: 'Talks' }),
    ];
    expect(orderEvents(events, []).map((e) => e.id)).toEqual(['z-talks', 'a-reaction', 'b-reaction-to-reaction']);
  });

  it('puts a disputed event before the event whose statement disputes it', () => {
    const events = [
      event('a-rebuttal', '2025-11-25', { title: 'A rebuttal' }),
      event('b-claim', '2025-11-25', { title: 'B claim', disputedBy: ['s1'] }),
    ];
    const statements = [{ id: 's1', data: { event: 'a-rebuttal' } } as Entry<StatementData>];
    expect(orderEvents(events, statements).map((e) => e.id)).toEqual(['b-claim', 'a-rebuttal']);
  });

  it('follows an explicit sequence, then titles, never file names', () => {
    const events = [
      event('a', '2025-03-11', { title: 'Zeta', sequence: 2 }),
      event('b', '2025-03-11', { title: 'Alpha' }),
      event('c', '2025-03-11', { title: 'Omega', sequence: 1 }),
      event('d', '2025-03-11', { title: 'Beta' }),
      event('e', '2025-03', { title: 'Month' }),
    ];
    expect(orderEvents(events, []).map((e) => e.data.title)).toEqual(['Month', 'Omega', 'Zeta', 'Alpha', 'Beta']);
  });
});

describe('gapBetween', () => {
  it('names gaps worth showing, never more exact than the dates', () => {
    expect(gapBetween({ date: '2025-03-11' }, { date: '2025-03-12' })).toBeNull();
    expect(gapBetween({ date: '2025-03-01' }, { date: '2025-03-22' })).toBe('3 weeks later');
    expect(gapBetween({ date: '2025-03-11' }, { date: '2025-11' })).toBe('8 months later');
    expect(gapBetween({ date: '2025-03' }, { date: '2025-04-02' })).toBeNull();
    expect(gapBetween({ date: '2014' }, { date: '2022-02' })).toBe('7 years later');
  });
});

describe('spanOf', () => {
  it('counts events per month and labels the empty stretches between', () => {
    expect(spanOf(['2014', '2022-02', '2025-03-03', '2025-03-11', '2025-11', '2026-01-06'])).toEqual([
      { kind: 'month', year: '2014', month: '', count: 1 },
      { kind: 'gap', from: '2015-01', to: '2022-01', months: 85 },
      { kind: 'month', year: '2022', month: '02', count: 1 },
      { kind: 'gap', from: '2022-03', to: '2025-02', months: 36 },
      { kind: 'month', year: '2025', month: '03', count: 2 },
      { kind: 'gap', from: '2025-04', to: '2025-10', months: 7 },
      { kind: 'month', year: '2025', month: '11', count: 1 },
      { kind: 'gap', from: '2025-12', to: '2025-12', months: 1 },
      { kind: 'month', year: '2026', month: '01', count: 1 },
    ]);
  });
});
