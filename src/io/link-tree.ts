import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Puts a hard link to `from` at `to` (which must not exist), or a copy across file systems. */
export async function linkFile(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
    await copyFile(from, to);
  });
}

/**
 * Makes `to` a copy of the folder `from` built of hard links (real copies across file systems),
 * replacing whatever `to` held: thousands of files in place in a fraction of the time a copy takes.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const relative = (e: (typeof entries)[number]) => path.relative(from, path.join(e.parentPath, e.name));
  for (const dir of entries.filter((e) => e.isDirectory()))
    await mkdir(path.join(to, relative(dir)), { recursive: true });
  const files = entries.filter((e) => e.isFile()).map(relative);
  for (let i = 0; i < files.length; i += 256)
    await Promise.all(files.slice(i, i + 256).map((f) => linkFile(path.join(from, f), path.join(to, f))));
}
