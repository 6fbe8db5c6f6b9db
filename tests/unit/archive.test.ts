import { describe, expect, it } from 'vitest';
import type { EventData } from '../../src/schemas';
import { planArchive } from '../../src/model/archive';
import type { Entry } from '../../src/model/entry';

function events(dates: string[]): Entry<EventData>[] {
  return dates.map((date, i) => ({ id: `e${i}`, filePath: `e${i}.md`, body: '', data: { date } as EventData }));
}

describe('planArchive', () => {
  it('keeps a year on one page when it fits', () => {
    const pages = planArchive(events(['2014', '2025-03-01', '2025-03-05', '2026-01-06']), 3);
    expect(pages.map((p) => [p.path, p.events.length])).toEqual([
      ['/timeline/2014/', 1],
      ['/timeline/2025/', 2],
      ['/timeline/2026/', 1],
    ]);
  });

  it('splits a large year by month, with a page for events known only to the year', () => {
    const pages = planArchive(events(['2025', '2025-01-02', '2025-01-03', '2025-03', '2025-03-04']), 2);
    expect(pages.map((p) => [p.path, p.events.length])).toEqual([
      ['/timeline/2025/undated/', 1],
      ['/timeline/2025/01/', 2],
      ['/timeline/2025/03/', 2],
    ]);
  });

  it('splits a large month into numbered parts and never exceeds the limit', () => {
    const dates = Array.from({ length: 7 }, (_, i) => `2025-03-0${i + 1}`);
    const pages = planArchive(events(dates), 3);
    expect(pages.map((p) => [p.path, p.part, p.parts, p.events.length])).toEqual([
      ['/timeline/2025/03/', 1, 3, 3],
      ['/timeline/2025/03/2/', 2, 3, 3],
      ['/timeline/2025/03/3/', 3, 3, 1],
    ]);
    expect(pages.flatMap((p) => p.events).length).toBe(7);
  });
});
