import { ID_PATTERN } from '../../../schemas/common';
import { REGISTRY } from '../../../registry';
import { allEntries, type Problem } from '../../entry';
import type { Rule } from '../context';

/** Ids (file names) are valid and unique within their collection. */
export const idsRule: Rule = ({ content }) => {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { collection, entry } of allEntries(content)) {
    if (!ID_PATTERN.test(entry.id)) {
      problems.push({
        file: entry.filePath,
        field: 'id',
        message: `the file name "${entry.id}" is not a valid id (lower-case letters, digits and single hyphens)`,
      });
    }
    const key = `${collection}/${entry.id}`;
    const twin = seen.get(key);
    if (twin)
      problems.push({
        file: entry.filePath,
        field: 'id',
        message: `duplicate ${REGISTRY[collection].singular} id "${entry.id}" (also ${twin})`,
      });
    else seen.set(key, entry.filePath);
  }
  return problems;
};
