import type { Problem } from '../../entry';
import { normalizeForMatch } from '../../text';
import type { Rule } from '../context';

/** Every role title of an actor occurs (ignoring case) in the article that gives it. */
export const rolesRule: Rule = ({ content, article, textOf }) => {
  const problems: Problem[] = [];
  for (const { filePath, data } of content.actors) {
    data.roles.forEach((role, i) => {
      const cited = article(role.article);
      // An unknown article is reported by the references rule.
      if (cited && !textOf(cited).toLowerCase().includes(normalizeForMatch(role.title).toLowerCase())) {
        problems.push({
          file: filePath,
          field: `roles[${i}].title`,
          message: `role "${role.title}" not found in the text of article "${role.article}"`,
        });
      }
    });
  }
  return problems;
};
