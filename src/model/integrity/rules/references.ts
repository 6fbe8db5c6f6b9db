import { REGISTRY, type CollectionName } from '../../../registry';
import { allEntries, type Problem } from '../../entry';
import { unknownId, type Rule } from '../context';
import { valuesAt } from '../fields';

/** Every reference the registry declares resolves, and no entry refers to itself. */
export const referencesRule: Rule = ({ content, byId }) => {
  const problems: Problem[] = [];
  for (const { collection, entry } of allEntries(content)) {
    const references: Readonly<Record<string, CollectionName>> = REGISTRY[collection].references;
    for (const [path, target] of Object.entries(references)) {
      for (const { field, value } of valuesAt(entry.data, path)) {
        if (typeof value !== 'string') continue;
        if (!byId[target].has(value)) problems.push({ file: entry.filePath, field, message: unknownId(target, value) });
        else if (target === collection && value === entry.id) {
          problems.push({
            file: entry.filePath,
            field,
            message: `a ${REGISTRY[collection].singular} cannot refer to itself`,
          });
        }
      }
    }
  }
  return problems;
};
