import type { CollectionName } from '../../../registry';
import { allEntries, type Problem } from '../../entry';
import { truncate, unknownId, type Rule } from '../context';
import { citationsIn } from '../fields';

/** Every citation names an article, and its excerpt occurs verbatim in that article's text. */
export const citationsRule: Rule = ({ content, article, occursIn }) => {
  const problems: Problem[] = [];
  for (const { entry } of allEntries(content)) {
    for (const citation of citationsIn(entry.data)) {
      const cited = article(citation.article);
      if (!cited) {
        problems.push({
          file: entry.filePath,
          field: `${citation.field}.article`,
          message: unknownId('articles' satisfies CollectionName, citation.article),
        });
      } else if (!occursIn(cited, citation.excerpt)) {
        problems.push({
          file: entry.filePath,
          field: `${citation.field}.excerpt`,
          message: `excerpt not found in the text of article "${citation.article}": "${truncate(citation.excerpt)}"`,
        });
      }
    }
  }
  return problems;
};
