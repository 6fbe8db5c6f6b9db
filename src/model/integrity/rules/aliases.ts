import type { Problem } from '../../entry';
import type { Rule } from '../context';

/**
 * The former ids a statement keeps as anchors (`aliases`) are no other statement's id or alias,
 * so that an old link leads to exactly one quote.
 */
export const aliasesRule: Rule = ({ content, byId }) => {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const { filePath: file, data } of content.statements) {
    data.aliases.forEach((alias, i) => {
      const field = `aliases[${i}]`;
      const twin = byId.statements.get(alias);
      if (twin)
        problems.push({
          file,
          field,
          message: `"${alias}" is the id of ${twin.filePath === file ? 'this statement' : `statement ${twin.filePath}`}, not a former id`,
        });
      else if (owner.has(alias) && owner.get(alias) !== file)
        problems.push({ file, field, message: `"${alias}" is also a former id of ${owner.get(alias) ?? ''}` });
      else owner.set(alias, file);
    });
  }
  return problems;
};
