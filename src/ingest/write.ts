import { existsSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseContentFile } from '../io/markdown';
import { IngestError } from './input';
import type { PlannedFile } from './plan';

/** What writing a plan did, file by file. */
export interface WriteReport {
  written: string[];
  unchanged: string[];
  /** Existing files left alone: reviewed ones, or drafts that differ (without --force). */
  kept: string[];
  /** Stale drafts removed (only when an article's text is replaced with --force). */
  removed: string[];
}

const isDraft = (text: string) => (parseContentFile('', text).data as { draft?: unknown } | undefined)?.draft === true;

/**
 * Writes the planned files into `contentDir`, all or nothing: every file goes to a temporary
 * name first and is renamed into place only when all are ready; on any error the renamed ones
 * are restored and nothing is left behind. A reviewed file (no `draft: true`) is never
 * overwritten; a draft that differs is overwritten only with `force`.
 */
export async function writePlan(contentDir: string, files: PlannedFile[], options: { force: boolean; remove?: string[] }): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], kept: [], removed: [] };
  const todo: Array<{ target: string; temp: string; text: string; previous: string | null }> = [];
  for (const file of files) {
    const target = path.join(contentDir, file.path);
    const previous = existsSync(target) && statSync(target).isFile() ? await readFile(target, 'utf8') : null;
    if (previous === file.text) report.unchanged.push(file.path);
    else if (previous !== null && (!isDraft(previous) || !options.force)) report.kept.push(file.path);
    else todo.push({ target, temp: path.join(path.dirname(target), `.${path.basename(target)}.ingest-${process.pid}.tmp`), text: file.text, previous });
  }
  const removals: Array<{ target: string; previous: string }> = [];
  for (const target of options.remove ?? []) {
    const previous = await readFile(target, 'utf8');
    if (isDraft(previous)) removals.push({ target, previous });
  }
  const done: typeof todo = [];
  const removed: typeof removals = [];
  try {
    for (const t of todo) await writeFile(t.temp, t.text, { flag: 'wx' });
    for (const t of todo) {
      await rename(t.temp, t.target);
      done.push(t);
    }
    for (const r of removals) {
      await rm(r.target);
      removed.push(r);
    }
  } catch (error) {
    for (const t of todo) await rm(t.temp, { force: true });
    for (const t of done) {
      if (t.previous === null) await rm(t.target, { force: true });
      else await writeFile(t.target, t.previous);
    }
    for (const r of removed) await writeFile(r.target, r.previous);
    throw new IngestError(`could not write the drafts, so nothing was written: ${(error as Error).message}`);
  }
  const rel = (f: string) => path.relative(contentDir, f).split(path.sep).join('/');
  report.written.push(...todo.map((t) => rel(t.target)));
  report.removed.push(...removals.map((r) => rel(r.target)));
  return report;
}
