import type { CollectionName } from '../../../registry';
import { allEntries, type Problem } from '../../entry';
import { matchedPrefix } from '../../text';
import { truncate, unknownId, type Rule } from '../context';
import { citationsIn } from '../fields';

/** Where an excerpt departs from the article, for the message: `; the article has "…met on " but not what follows: "Dec. 10 …"`. */
function departure(text: string, excerpt: string): string {
  const { matched, rest } = matchedPrefix(text, excerpt);
  if (!matched.trim()) return '; not even its first letter is in the article';
  const tail = matched.length > 40 ? `…${matched.slice(-40)}` : matched;
  const word = matched.lastIndexOf(' ') + 1;
  const from = matched.slice(word) + rest;
  return `; the article has "${tail}" but not what follows: "${truncate(from, 40)}"`;
}

/** Every citation names an article, and its excerpt occurs verbatim in that article's text. */
export const citationsRule: Rule = ({ content, article, occursIn, textOf }) => {
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
          message: `excerpt not found in the text of article "${citation.article}": "${truncate(citation.excerpt)}"${departure(textOf(cited), citation.excerpt)}`,
        });
      }
    }
  }
  return problems;
};
