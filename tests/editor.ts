import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestArticle } from '../src/ingest/api';
import { PLACEHOLDER_PATTERN } from '../src/ingest/placeholders';
import { acceptProposal } from '../src/ingest/proposals';

/**
 * Publishes one draft as an editor would: completes every placeholder (a field left empty gets
 * the editor's words) and removes `draft: true`. Returns the number of field edits it took.
 */
export async function publishDraft(file: string): Promise<number> {
  const text = await readFile(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  const front = text.slice(0, end).split('\n');
  let edits = 1; // draft: true
  const edited = front
    .filter((l) => l !== 'draft: true')
    .map((l) => {
      if (!PLACEHOLDER_PATTERN.test(l)) return l;
      edits++;
      const done = l.replace(/ ?\[TODO[^\]]*\]/g, '');
      return /:\s*(''|"")\s*$/.test(done)
        ? done.replace(/(''|"")\s*$/, "'Checked by the editor against the source.'")
        : done;
    });
  let body = text.slice(end);
  if (PLACEHOLDER_PATTERN.test(body)) {
    edits++;
    body = body.replace(/\[TODO[^\]]*\]/g, 'A narrative written by the editor.');
  }
  await writeFile(file, `${edited.join('\n')}${body}`);
  return edits;
}

/** What publishing one ingested article took. */
export interface Publication {
  article: string;
  drafts: number;
  proposals: number;
  rejectedUnresolved: number;
  fieldEdits: number;
}

/**
 * Publishes what one ingest wrote, as an editor would: every draft completed and published,
 * quotes whose speaker was not found rejected (deleted), every source proposal accepted where the
 * content checks allow it (refused, e.g. when the new source gives another account than the
 * event's sources, it is rejected, to be merged by hand later).
 */
export async function publishAll(
  written: readonly string[],
  proposals: ReadonlyArray<{ path: string }>,
  contentDir: string,
): Promise<Omit<Publication, 'article'>> {
  let edits = 0;
  let rejected = 0;
  for (const rel of written) {
    if (rel.startsWith('.ingest/')) continue;
    const target = path.join(contentDir, rel);
    if (/unresolved-speaker|^statements\/unattributed-/.test(rel)) {
      await rm(target);
      rejected++;
      edits++;
    } else edits += await publishDraft(target);
  }
  for (const p of proposals) {
    await acceptProposal(path.join(contentDir, p.path), contentDir).catch(() => rm(path.join(contentDir, p.path)));
    edits++;
  }
  const drafts = written.filter((f) => !f.startsWith('.ingest/')).length;
  return { drafts, proposals: proposals.length, rejectedUnresolved: rejected, fieldEdits: edits };
}

/** Ingests an article into a content folder and publishes everything as an editor would. */
export async function ingestAndPublish(file: string, contentDir: string): Promise<Publication> {
  const result = await ingestArticle({ file, contentDir });
  return {
    article: path.basename(file),
    ...(await publishAll(result.report.written, result.plan.proposals, contentDir)),
  };
}
