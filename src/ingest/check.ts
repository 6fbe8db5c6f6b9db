/**
 * `npm run ingest -- --check`: the content check a build runs (schemas, integrity rules, draft
 * placeholders in published entries), in about a second and without building.
 */
import { loadContentDir } from '../io/content-dir';
import { checkIntegrity } from '../model/integrity';
import { withoutDrafts, type Problem } from '../model/entry';

/**
 * Every problem of the content folder: schema problems, then the integrity rules over the
 * published entries (what `astro build` checks) and over everything (what `astro dev` checks).
 */
export async function checkContent(contentDir: string): Promise<Problem[]> {
  const { content, problems } = await loadContentDir(contentDir);
  if (problems.length) return problems;
  const seen = new Set<string>();
  return [...checkIntegrity(withoutDrafts(content)), ...checkIntegrity(content)].filter((p) => {
    const key = `${p.file}\n${p.field}\n${p.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}
