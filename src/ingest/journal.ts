/**
 * All-or-nothing file changes in the content folder, safe against interruption.
 *
 * 1. **Stage**: every new text is written (and flushed) to `content/.ingest/tmp/<run>/`, and a
 *    copy of every file to be replaced or removed is kept there. Nothing in the collections
 *    has changed yet; an interruption here leaves only the staging folder, which the next run
 *    deletes.
 * 2. **Journal**: `content/.ingest/tmp/journal.json` lists every change, written atomically.
 * 3. **Apply**: each staged file is renamed into place (atomic per file), removals are made.
 *    SIGINT or SIGTERM here rolls everything back before the process exits; after `kill -9`
 *    (or a power cut) the journal is still there, and the next run rolls back from it.
 * 4. **Done**: the journal and the staging folder are deleted.
 *
 * `content/.ingest/tmp/` is ignored by git (`.gitignore`) and outside the collection folders,
 * so no loader or build ever reads a staged file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from './input';

/** The work folder, relative to the content folder. */
export const WORK_DIR = '.ingest/tmp';
const JOURNAL = 'journal.json';

/** One change: write `text` to `target` (relative to the content folder), or remove it (`text: null`). */
export interface FileChange {
  target: string;
  text: string | null;
}

interface JournalEntry {
  target: string;
  /** Staged new text (relative to the work folder), or null for a removal. */
  staged: string | null;
  /** Copy of the previous file, or null when there was none. */
  backup: string | null;
  /** sha256 of the new text, or null for a removal. */
  hash: string | null;
}
interface Journal {
  pid: number;
  started: string;
  label: string;
  run: string;
  entries: JournalEntry[];
}

/** Thrown when SIGINT or SIGTERM stopped a write; everything was rolled back. */
export class IngestInterrupted extends IngestError {
  constructor(
    readonly signal: NodeJS.Signals,
    message: string,
  ) {
    super(message);
    this.name = 'IngestInterrupted';
  }
}

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Writes a file and flushes it to disk. */
async function durableWrite(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Test hook: INGEST_TEST_PAUSE_AFTER=n pauses (up to 60 s) after the n-th change is applied. */
function pauseHook(applied: number, wake: { promise: Promise<void> }): Promise<void> | undefined {
  if (process.env.INGEST_TEST_PAUSE_AFTER !== String(applied)) return undefined;
  process.stderr.write(`INGEST_TEST_PAUSED after ${applied} change(s)\n`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 60_000)));
  return Promise.race([timeout, wake.promise]).finally(() => clearTimeout(timer));
}

/** Listens for SIGINT and SIGTERM while changes are made; `stop()` removes the listeners. */
function trapSignals() {
  const state: { signal: NodeJS.Signals | null; wake: { promise: Promise<void> }; stop: () => void } = {
    signal: null,
    wake: { promise: Promise.resolve() },
    stop: () => {},
  };
  let resolve = () => {};
  state.wake.promise = new Promise<void>((r) => (resolve = r));
  const on = (signal: NodeJS.Signals) => {
    state.signal ??= signal;
    resolve();
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  state.stop = () => {
    process.off('SIGINT', on);
    process.off('SIGTERM', on);
  };
  return state;
}

/** Stages every change in the run folder; returns the journal entries. */
async function stage(
  contentDir: string,
  runDir: string,
  changes: FileChange[],
  check: () => void,
): Promise<JournalEntry[]> {
  const entries: JournalEntry[] = [];
  for (const [i, change] of changes.entries()) {
    check();
    const target = path.join(contentDir, change.target);
    const entry: JournalEntry = { target: change.target, staged: null, backup: null, hash: null };
    if (change.text !== null) {
      entry.staged = `${i}.new`;
      entry.hash = sha(change.text);
      await durableWrite(path.join(runDir, entry.staged), change.text);
    }
    if (existsSync(target)) {
      entry.backup = `${i}.old`;
      await copyFile(target, path.join(runDir, entry.backup));
    }
    entries.push(entry);
  }
  return entries;
}

/** Applies the staged changes in order, calling `check` (which may throw) after each. */
async function apply(
  contentDir: string,
  runDir: string,
  entries: JournalEntry[],
  check: (applied: number) => Promise<void>,
): Promise<void> {
  for (const [i, entry] of entries.entries()) {
    const target = path.join(contentDir, entry.target);
    if (entry.staged) {
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(runDir, entry.staged), target);
    } else await rm(target, { force: true });
    await check(i + 1);
  }
}

/**
 * Undoes the applied changes of a journal, newest first, judging each file by its content: a
 * file holding the new text gets its previous text back (or is removed when it is new); a
 * removed file is restored. A file someone changed since is left alone and reported.
 */
async function rollBack(
  contentDir: string,
  runDir: string,
  journal: Journal,
): Promise<{ undone: string[]; left: string[] }> {
  const undone: string[] = [];
  const left: string[] = [];
  for (const entry of [...journal.entries].reverse()) {
    const target = path.join(contentDir, entry.target);
    const current = existsSync(target) ? await readFile(target) : null;
    const backup = entry.backup ? path.join(runDir, entry.backup) : null;
    const applied = entry.hash ? current !== null && sha(current) === entry.hash : current === null && backup !== null;
    if (!applied) {
      if (entry.hash && current !== null && entry.staged && !existsSync(path.join(runDir, entry.staged)))
        left.push(entry.target);
      continue;
    }
    if (backup && existsSync(backup)) await rename(backup, target);
    else await rm(target, { force: true });
    undone.push(entry.target);
  }
  return { undone, left };
}

/**
 * Makes every change or none. Throws IngestInterrupted (after rolling back) on SIGINT/SIGTERM,
 * and IngestError (after rolling back) when a change cannot be made.
 */
export async function commitChanges(contentDir: string, changes: FileChange[], label: string): Promise<void> {
  const work = path.join(contentDir, WORK_DIR);
  await mkdir(work, { recursive: true });
  await lock(work);
  const run = `run-${process.pid}-${Date.now()}`;
  const runDir = path.join(work, run);
  const signals = trapSignals();
  const check = () => {
    if (signals.signal)
      throw new IngestInterrupted(
        signals.signal,
        `interrupted by ${signals.signal} before anything was written: content/ is unchanged`,
      );
  };
  let journal: Journal | undefined;
  try {
    await mkdir(runDir);
    const entries = await stage(contentDir, runDir, changes, check);
    journal = { pid: process.pid, started: new Date().toISOString(), label, run, entries };
    await durableWrite(path.join(work, `${JOURNAL}.tmp`), JSON.stringify(journal, null, 2));
    await rename(path.join(work, `${JOURNAL}.tmp`), path.join(work, JOURNAL));
    check();
    await apply(contentDir, runDir, entries, async (applied) => {
      await pauseHook(applied, signals.wake);
      if (signals.signal) throw new IngestInterrupted(signals.signal, `interrupted by ${signals.signal} while writing`);
    });
    await rm(path.join(work, JOURNAL));
  } catch (error) {
    throw await undo(contentDir, runDir, journal, error as Error);
  } finally {
    signals.stop();
    await rm(runDir, { recursive: true, force: true });
    await rm(path.join(work, `${JOURNAL}.tmp`), { force: true });
    await unlock(work);
  }
}

/** Rolls back after a failure; returns the error to throw, saying what happened. */
async function undo(contentDir: string, runDir: string, journal: Journal | undefined, error: Error): Promise<Error> {
  let note = 'nothing was written';
  if (journal) {
    const { undone, left } = await rollBack(contentDir, runDir, journal);
    await rm(path.join(contentDir, WORK_DIR, JOURNAL), { force: true });
    note = `rolled back ${undone.length} change(s): content/ is as it was${left.length ? ` (except ${left.join(', ')}, changed meanwhile)` : ''}`;
  }
  if (error instanceof IngestInterrupted)
    return new IngestInterrupted(error.signal, `interrupted by ${error.signal}; ${note}`);
  if (error instanceof IngestError) return error;
  return new IngestError(
    `could not write the drafts, so nothing was written${journal ? ` (${note})` : ''}: ${error.message}`,
  );
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the ingest lock (one writer at a time); refuses while another live ingest holds it. */
async function lock(work: string): Promise<void> {
  const file = path.join(work, 'lock');
  try {
    await writeFile(file, String(process.pid), { flag: 'wx' });
  } catch {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid !== process.pid && alive(pid))
      throw new IngestError(`another ingest (process ${pid}) is writing to this content folder; wait for it to finish`);
    await writeFile(file, String(process.pid));
  }
}

async function unlock(work: string): Promise<void> {
  const file = path.join(work, 'lock');
  if (existsSync(file) && readFileSync(file, 'utf8') === String(process.pid)) await rm(file, { force: true });
}

/**
 * Finishes what an interrupted ingest left: rolls back the changes its journal lists (it was
 * killed while writing), deletes staging folders (it was killed before writing) and a stale
 * lock. Returns a message for the person running the ingest, or null when there was nothing.
 */
export async function recoverInterrupted(contentDir: string): Promise<string | null> {
  const work = path.join(contentDir, WORK_DIR);
  if (!existsSync(work)) return null;
  const lockFile = path.join(work, 'lock');
  const holder = existsSync(lockFile) ? Number(readFileSync(lockFile, 'utf8')) : null;
  if (holder && holder !== process.pid && alive(holder))
    throw new IngestError(
      `another ingest (process ${holder}) is writing to this content folder; wait for it to finish`,
    );
  let message: string | null = null;
  const journalFile = path.join(work, JOURNAL);
  if (existsSync(journalFile)) {
    const journal = JSON.parse(await readFile(journalFile, 'utf8')) as Journal;
    const { undone, left } = await rollBack(contentDir, path.join(work, journal.run), journal);
    await rm(journalFile);
    message =
      `An earlier ingest (${journal.label}; process ${journal.pid}, started ${journal.started}) was stopped while writing. ` +
      `Rolled back its ${undone.length} change(s): content/ is as it was before it${left.length ? `, except ${left.join(', ')}, changed since (check them)` : ''}.`;
  }
  const leftovers = readdirSync(work).filter((n) => n.startsWith('run-') || n === `${JOURNAL}.tmp` || n === 'lock');
  for (const name of leftovers) await rm(path.join(work, name), { recursive: true, force: true });
  if (!message && leftovers.some((n) => n !== 'lock'))
    message =
      'Removed the staging files of an earlier ingest that was stopped before it wrote anything (content/ was unchanged).';
  return message;
}

/** True when an earlier ingest left a journal or staging files (it was stopped). */
export function needsRecovery(contentDir: string): boolean {
  const work = path.join(contentDir, WORK_DIR);
  return existsSync(work) && readdirSync(work).some((n) => n === JOURNAL || n.startsWith('run-'));
}
