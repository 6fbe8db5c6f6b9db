import type { Problem } from '../../entry';
import { includesNormalized, normalizeForMatch } from '../../text';
import { truncate, type Rule } from '../context';

/**
 * Every other report of a remark gives its wording inside its excerpt (the citations rule proves
 * the excerpt is in the article, so the wording is verbatim too), and reports come from articles
 * other than those of the main quote's sources.
 */
export const reportsRule: Rule = ({ content }) => {
  const problems: Problem[] = [];
  for (const { filePath: file, data } of content.statements) {
    const own = new Set(data.sources.map((s) => s.article));
    data.reports.forEach((report, i) => {
      if (!includesNormalized(normalizeForMatch(report.excerpt), report.wording))
        problems.push({
          file,
          field: `reports[${i}].wording`,
          message: `wording not found in its excerpt from article "${report.article}": "${truncate(report.wording)}"`,
        });
      if (normalizeForMatch(report.wording) === normalizeForMatch(data.quote) && own.has(report.article))
        problems.push({
          file,
          field: `reports[${i}]`,
          message: `the same wording from the same article as the quote: cite it in sources instead`,
        });
    });
  }
  return problems;
};
