import type { Article } from '../../../schemas';
import type { CollectionName } from '../../../registry';
import { allEntries, type Entry, type Problem } from '../../entry';
import { periodEnd, periodStart } from '../../dates';
import { truncate, type Rule } from '../context';
import { citationsIn } from '../fields';

/** Wording that reports something as still to come, relative to the article's publication. */
export const FUTURE_WORDING =
  /\b(?:will|shall|this week|next week|next month|(?:is|are) due to|plans? to|is set to|are set to)\b/i;

/**
 * Wording that attributes the passage to a statement or a speaker: its future is the speaker's,
 * dated by the statement ("the statement says the U.S. will …"), not the article's.
 */
export const ATTRIBUTION =
  /\b(?:said|says|say|stated|states|told|tells|according to|statement|announced|announces|confirmed|confirms|emphasi[sz]e[sd]?|pledged|promised|agreed)\b/i;

interface Dated {
  date: string;
  status?: string;
}

function isDated(data: unknown): data is Dated {
  return typeof data === 'object' && data !== null && typeof (data as Dated).date === 'string';
}

/**
 * Nothing announced as still to come starts before the article that announces it: a `planned`
 * item not before the first article citing it, and an item whose excerpt reports it in the
 * future ("will", "this week", "is due to", "plans to", "next week") not before that article,
 * unless the excerpt attributes the future to a speaker or a statement. (Statements are remarks:
 * only a planned one is checked.)
 */
export const futureRule: Rule = ({ content, article }) => {
  const problems: Problem[] = [];
  for (const { collection, entry } of allEntries(content)) {
    if (!isDated(entry.data)) continue;
    // A statement is a remark, made when it was made: future tense in it is the speaker's.
    const isRemark = collection === ('statements' satisfies CollectionName);
    const { date, status } = entry.data;
    const cited = citationsIn(entry.data).flatMap((citation) => {
      const found = article(citation.article);
      return found ? [{ citation, article: found }] : [];
    });
    const announcing: Array<{ field: string; article: Entry<Article>; why: string }> = [];
    if (status === 'planned') {
      const first = [...cited].sort((a, b) => (a.article.data.published < b.article.data.published ? -1 : 1))[0];
      if (first) announcing.push({ field: first.citation.field, article: first.article, why: 'it is planned' });
    }
    for (const { citation, article: cit } of isRemark ? [] : cited) {
      const future = FUTURE_WORDING.exec(citation.excerpt);
      if (future && !ATTRIBUTION.test(citation.excerpt)) {
        announcing.push({
          field: citation.field,
          article: cit,
          why: `its excerpt reports it as future (“${future[0]}”: "${truncate(citation.excerpt, 60)}")`,
        });
      }
    }
    const seen = new Set<string>();
    for (const { field, article: announcer, why } of announcing) {
      const published = announcer.data.published;
      if (seen.has(announcer.id) || periodEnd(date) >= periodStart(published)) continue;
      seen.add(announcer.id);
      problems.push({
        file: entry.filePath,
        field: 'date',
        message: `${date} is before ${published}, when article "${announcer.id}" (${field}) announced it, and ${why}: date it from the article's publication (e.g. "this week" of that article)`,
      });
    }
  }
  return problems;
};
