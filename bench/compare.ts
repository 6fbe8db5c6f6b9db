import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Files whose content carries the time of the build, with the pattern that holds it. */
const TIMESTAMPED: Record<string, RegExp> = { 'data/timeline.json': /"generated": "[^"]+"/ };

async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files = new Map<string, Buffer>();
  for (const e of entries) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    const bytes = await readFile(path.join(dir, rel));
    const stamp = TIMESTAMPED[rel];
    files.set(rel, stamp ? Buffer.from(bytes.toString('utf8').replace(stamp, '<build time>')) : bytes);
  }
  return files;
}

/**
 * How two built sites differ, byte for byte apart from build timestamps: each file only one of
 * them has, and each file whose bytes differ. Empty when they are identical.
 */
export async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([snapshot(a), snapshot(b)]);
  const out: string[] = [];
  for (const [file, bytes] of left) {
    const other = right.get(file);
    if (!other) out.push(`only in ${a}: ${file}`);
    else if (!bytes.equals(other)) out.push(`differs: ${file}`);
  }
  for (const file of right.keys()) if (!left.has(file)) out.push(`only in ${b}: ${file}`);
  return out;
}
