import { allEntries, type Problem } from '../../entry';
import { periodEnd, periodStart } from '../../dates';
import type { Rule } from '../context';
import { citationsIn } from '../fields';

interface Dated {
  date: string;
  endDate?: string | undefined;
  status?: string;
}

function isDated(data: unknown): data is Dated {
  return typeof data === 'object' && data !== null && typeof (data as Dated).date === 'string';
}

/**
 * No end precedes its start, and nothing is dated after an article that reports it, unless it
 * is `planned`.
 */
export const datesRule: Rule = ({ content, article }) => {
  const problems: Problem[] = [];
  for (const { entry } of allEntries(content)) {
    if (!isDated(entry.data)) continue;
    const { date, endDate, status } = entry.data;
    const add = (field: string, message: string) => problems.push({ file: entry.filePath, field, message });
    if (endDate && periodEnd(endDate) < periodStart(date))
      add('endDate', `end date ${endDate} is before the date ${date}`);
    if (status === 'planned') continue;
    for (const citation of citationsIn(entry.data)) {
      const published = article(citation.article)?.data.published;
      if (!published) continue;
      for (const [field, value] of [
        ['date', date],
        ['endDate', endDate],
      ] as const) {
        if (value && periodStart(value) > periodEnd(published)) {
          add(
            field,
            `${value} is after ${published}, when article "${citation.article}" that reports it was published; only a planned item may be dated later`,
          );
        }
      }
    }
  }
  return problems;
};
