import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The small, valid content set every broken fixture starts from. */
export const VALID_FIXTURE = path.resolve('tests/fixtures/valid');

/**
 * Copies the valid fixture to a temporary folder and applies `changes` (paths relative to the
 * content folder → new file text, or `null` to delete). Returns the folder; remove it with
 * the returned `cleanup`.
 */
export async function brokenFixture(changes: Record<string, string | null>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-fixture-'));
  await cp(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (text === null) {
      await rm(target);
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
