/**
 * Decides which planned files to write (never a reviewed file; a differing draft only with
 * `--force`) and writes them, with the removals and the manifest, in one interruption-safe
 * transaction (see `journal.ts`).
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseContentFile } from '../io/markdown';
import { commitChanges, type FileChange } from './journal';
import type { PlannedFile } from './plan';

/** What writing a plan did, file by file (paths relative to the content folder). */
export interface WriteReport {
  written: string[];
  unchanged: string[];
  /** Existing files left alone: reviewed ones, or drafts that differ (without --force). */
  kept: string[];
  /** Stale drafts removed (only when an article's text is replaced with --force). */
  removed: string[];
}

/** An empty report. */
export const emptyReport = (): WriteReport => ({ written: [], unchanged: [], kept: [], removed: [] });

const isDraft = (text: string) => (parseContentFile('', text).data as { draft?: unknown } | undefined)?.draft === true;

/** Sorts the planned files into changes to make and files to leave as they are. */
export async function changesFor(
  contentDir: string,
  files: PlannedFile[],
  options: { force: boolean; remove?: string[] },
): Promise<{ changes: FileChange[]; report: WriteReport }> {
  const report = emptyReport();
  const changes: FileChange[] = [];
  for (const file of files) {
    const target = path.join(contentDir, file.path);
    const previous = existsSync(target) && statSync(target).isFile() ? await readFile(target, 'utf8') : null;
    if (previous === file.text) report.unchanged.push(file.path);
    else if (previous !== null && (file.collection === 'proposals' || !isDraft(previous) || !options.force))
      report.kept.push(file.path);
    else {
      changes.push({ target: file.path, text: file.text });
      report.written.push(file.path);
    }
  }
  for (const rel of options.remove ?? []) {
    const target = path.join(contentDir, rel);
    if (existsSync(target) && isDraft(await readFile(target, 'utf8'))) {
      changes.push({ target: rel, text: null });
      report.removed.push(rel);
    }
  }
  return { changes, report };
}

/**
 * Writes the planned files into `contentDir`, all or nothing, with `extra` changes (the
 * manifest) in the same transaction. A reviewed file (no `draft: true`) is never overwritten;
 * a draft that differs is overwritten only with `force`; `remove` lists drafts to delete.
 */
export async function writePlan(
  contentDir: string,
  files: PlannedFile[],
  options: { force: boolean; remove?: string[]; extra?: FileChange[]; label?: string },
): Promise<WriteReport> {
  const { changes, report } = await changesFor(contentDir, files, options);
  if (changes.length)
    await commitChanges(contentDir, [...changes, ...(options.extra ?? [])], options.label ?? 'ingest');
  return report;
}
