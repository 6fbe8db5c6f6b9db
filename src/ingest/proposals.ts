/**
 * Source proposals: when an article reports an event the site already has, the ingest writes
 * `content/.ingest/proposals/<article>--<event>.md` instead of a second event. An editor
 * accepts it in one step (`npm run ingest -- --accept <file>`: the source is appended to the
 * event's `sources`, the proposal deleted) or rejects it by deleting the file. The reviewed
 * event file is never changed otherwise.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { z } from 'astro/zod';
import { idRef } from '../schemas/common';
import { loadContentDir } from '../io/content-dir';
import { parseContentFile, parseEntry } from '../io/markdown';
import { checkIntegrity } from '../model/integrity';
import { formatProblems, type ContentSet, type Entry } from '../model/entry';
import { IngestError } from './input';
import { commitChanges, recoverInterrupted } from './journal';
import { draftKey, manifestPath, readManifests } from './manifest';
import { markdownFile } from '../io/markdown';
import type { CollectionName } from '../registry';

/** Where proposals live, relative to the content folder. */
export const PROPOSAL_DIR = '.ingest/proposals';

export const proposalSchema = z.strictObject({
  event: idRef,
  article: idRef,
  excerpt: z.string().trim().min(1),
  date: z.string(),
  why: z.string(),
  /** Other events the sentence may report, best first. */
  alsoPossible: z.array(idRef).default([]),
});

/** A proposal file: its id (file name), path relative to the content folder, and data. */
export interface Proposal {
  id: string;
  path: string;
  data: z.infer<typeof proposalSchema>;
}

/** Every valid proposal under `contentDir` (invalid ones are reported as problems). */
export async function loadProposals(contentDir: string): Promise<{ proposals: Proposal[]; problems: string[] }> {
  const dir = path.join(contentDir, PROPOSAL_DIR);
  const proposals: Proposal[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { proposals, problems };
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
    const rel = `${PROPOSAL_DIR}/${name}`;
    const parsed = parseContentFile(rel, await readFile(path.join(dir, name), 'utf8'));
    const data = proposalSchema.safeParse(parsed.data);
    if (data.success) proposals.push({ id: name.replace(/\.md$/, ''), path: rel, data: data.data });
    else problems.push(`${rel}: ${parsed.problem?.message ?? data.error.issues[0]?.message}`);
  }
  return { proposals, problems };
}

/**
 * The text of an event file with one more source appended to its `sources` list, changing no
 * other line (a flow-style list falls back to rewriting the front matter).
 */
export function addSourceToEventText(text: string, src: { article: string; excerpt: string }): string {
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---\n') || end < 0) throw new IngestError('the event file has no front matter');
  const lines = text.slice(4, end).split('\n');
  const at = lines.findIndex((l) => /^sources:\s*$/.test(l));
  const indent = at >= 0 ? (/^(\s*)- /.exec(lines[at + 1] ?? '')?.[1] ?? null) : null;
  if (at < 0 || indent === null) {
    const data = yaml.load(text.slice(4, end)) as Record<string, unknown>;
    data.sources = [...((data.sources as unknown[]) ?? []), src];
    return markdownFile(data, text.slice(end + 4).replace(/^\n/, ''));
  }
  let j = at + 1;
  while (j < lines.length && (lines[j]!.startsWith(' ') || lines[j]!.startsWith('-'))) j++;
  lines.splice(
    j,
    0,
    `${indent}- article: ${JSON.stringify(src.article)}`,
    `${indent}  excerpt: ${JSON.stringify(src.excerpt)}`,
  );
  return `---\n${lines.join('\n')}${text.slice(end)}`;
}

/** What accepting a proposal did. */
export interface AcceptResult {
  event: string;
  file: string;
  message: string;
  warning: string | null;
}

/** Reads a proposal by its file name, always from the content folder's proposals (whatever folder the path names). */
async function readProposal(file: string, contentDir: string): Promise<Proposal & { rel: string }> {
  const rel = `${PROPOSAL_DIR}/${path.basename(file)}`;
  const found = path.join(contentDir, rel);
  if (!existsSync(found))
    throw new IngestError(
      `${file}: no such proposal in ${path.join(contentDir, PROPOSAL_DIR)} (it may have been accepted or rejected already)`,
    );
  const parsed = parseContentFile(file, await readFile(found, 'utf8'));
  const data = proposalSchema.safeParse(parsed.data);
  if (!data.success) throw new IngestError(`${file}: not a source proposal (${data.error.issues[0]?.message})`);
  return { id: path.basename(found, '.md'), path: rel, rel, data: data.data };
}

/** The content with the event replaced by its new text, checked; throws on a problem. */
function checkAccepted(content: ContentSet, event: Entry<unknown>): void {
  const merged = {
    ...content,
    events: content.events.map((e) => (e.id === event.id ? (event as ContentSet['events'][number]) : e)),
  };
  const problems = checkIntegrity(merged);
  if (problems.length)
    throw new IngestError(
      `accepting would break the content checks, so nothing was changed:\n${formatProblems(problems)}`,
    );
}

/**
 * Accepts a source proposal: appends `{ article, excerpt }` to the event's sources, deletes the
 * proposal and records the acceptance in the article's manifest, in one transaction.
 */
export async function acceptProposal(
  file: string,
  contentDir = process.env.CONTENT_DIR || 'content',
): Promise<AcceptResult> {
  await recoverInterrupted(contentDir);
  const proposal = await readProposal(file, contentDir);
  const { event: eventId, article, excerpt } = proposal.data;
  const { content, problems } = await loadContentDir(contentDir);
  if (problems.length)
    throw new IngestError(`the existing content has problems; fix them first:\n${formatProblems(problems)}`);
  const event = content.events.find((e) => e.id === eventId);
  const source = content.articles.find((a) => a.id === article);
  if (!event || !source)
    throw new IngestError(
      `${file}: ${event ? `article "${article}"` : `event "${eventId}"`} no longer exists; delete the proposal`,
    );
  const eventRel = `events/${eventId}.md`;
  const before = await readFile(path.join(contentDir, eventRel), 'utf8');
  const already = event.data.sources.some((s) => s.article === article && s.excerpt === excerpt);
  const after = already ? before : addSourceToEventText(before, { article, excerpt });
  const parsed = parseEntry('events' satisfies CollectionName, event.filePath, after);
  if (!parsed.entry) throw new IngestError(formatProblems(parsed.problems));
  checkAccepted(content, parsed.entry);
  const manifest = (await readManifests(contentDir)).find((m) => m.article === article);
  const key = draftKey('proposal', `${eventId} ${excerpt}`);
  const changes = [...(already ? [] : [{ target: eventRel, text: after }]), { target: proposal.rel, text: null }];
  if (manifest) {
    const items = [
      ...manifest.items.filter((i) => i.key !== key),
      { key, path: proposal.rel, state: 'accepted' as const },
    ];
    changes.push({
      target: manifestPath(article),
      text: `${JSON.stringify({ ...manifest, items, updated: new Date().toISOString() }, null, 2)}\n`,
    });
  }
  await commitChanges(contentDir, changes, `acceptance of ${proposal.rel}`);
  const warning = source.data.draft
    ? `Article "${article}" is still a draft: publish it (remove \`draft: true\` from content/articles/${article}.md) before deploying, or the build will fail.`
    : null;
  return {
    event: eventId,
    file: `content/${eventRel}`,
    message: `Added article "${article}" to the sources of event "${eventId}" (content/${eventRel}); removed the proposal.`,
    warning,
  };
}
