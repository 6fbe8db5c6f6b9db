import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, isValidPartialDate, periodStart, precisionOf } from '../../src/model/dates';

describe('precisionOf', () => {
  it('reads the precision from the shape', () => {
    expect(precisionOf('2025-03-11')).toBe('day');
    expect(precisionOf('2025-03')).toBe('month');
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf('March 2025')).toBeNull();
    expect(precisionOf('2025-3-1')).toBeNull();
  });
});

describe('isValidPartialDate', () => {
  it('accepts real dates at every precision', () => {
    for (const d of ['2025-03-11', '2024-02-29', '2025-12', '2014']) expect(isValidPartialDate(d)).toBe(true);
  });
  it('rejects impossible calendar dates instead of rolling them over', () => {
    for (const d of ['2025-02-30', '2025-02-29', '2025-13', '2025-00', '2025-04-31', '2025-03-00'])
      expect(isValidPartialDate(d)).toBe(false);
  });
});

describe('formatDate', () => {
  it('never shows more precision than the date has', () => {
    expect(formatDate({ date: '2025-03-05' })).toBe('5 March 2025');
    expect(formatDate({ date: '2025-03' })).toBe('March 2025');
    expect(formatDate({ date: '2014' })).toBe('2014');
  });
  it('marks approximate dates', () => {
    expect(formatDate({ date: '2025-03-05', approximate: true })).toBe('c. 5 March 2025');
    expect(formatDate({ date: '2025-03', approximate: true })).toBe('c. March 2025');
  });
  it('formats ranges compactly within a month and fully across months', () => {
    expect(formatDate({ date: '2025-03-03', endDate: '2025-03-09' })).toBe('3–9 March 2025');
    expect(formatDate({ date: '2025-03-03', endDate: '2025-03-11', approximate: true })).toBe('c. 3–11 March 2025');
    expect(formatDate({ date: '2025-11', endDate: '2026-01' })).toBe('November 2025 – January 2026');
    expect(formatDate({ date: '2025-10', endDate: '2025-11' })).toBe('October–November 2025');
  });
});

describe('ordering', () => {
  it('puts a month before the days in it and a year before its months', () => {
    expect(periodStart('2025')).toBe('2025-01-01');
    expect(periodStart('2025-03')).toBe('2025-03-01');
    const dates = [{ date: '2025-03-03' }, { date: '2025-03' }, { date: '2025' }, { date: '2024-12-31' }];
    expect([...dates].sort(compareDates).map((d) => d.date)).toEqual(['2024-12-31', '2025', '2025-03', '2025-03-03']);
  });
  it('orders equal starts by their end', () => {
    expect(compareDates({ date: '2025-03-03' }, { date: '2025-03-03', endDate: '2025-03-09' })).toBeLessThan(0);
  });
});
