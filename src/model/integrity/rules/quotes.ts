import type { Article } from '../../../schemas';
import type { Entry, Problem } from '../../entry';
import { truncate, type Rule } from '../context';

/** Every quote occurs verbatim in at least one of the articles its statement cites. */
export const quotesRule: Rule = ({ content, article, occursIn }) => {
  const problems: Problem[] = [];
  for (const { filePath, data } of content.statements) {
    const cited = data.sources.map((s) => article(s.article)).filter((a): a is Entry<Article> => a !== undefined);
    // A source naming no article is reported by the citations rule.
    if (cited.length < data.sources.length || cited.some((a) => occursIn(a, data.quote))) continue;
    problems.push({
      file: filePath,
      field: 'quote',
      message: `quote not found in the text of any of its sources (${data.sources.map((s) => s.article).join(', ')}): "${truncate(data.quote)}"`,
    });
  }
  return problems;
};
