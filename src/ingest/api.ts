/**
 * The ingest as a typed API: {@link ingestArticle} reads an article, plans its drafts against
 * the existing content, checks them, and writes them in one interruption-safe transaction.
 * The CLI (`cli.ts`) only parses arguments into {@link IngestOptionsInput}. See README.md in
 * this folder for the whole pipeline.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadContentDir } from '../io/content-dir';
import { parseContentFile, parseEntry } from '../io/markdown';
import { formatProblems, type ContentSet, type Entry } from '../model/entry';
import { sameTextArticle, textHash } from './duplicates';
import { IngestError, readArticleFile, splitMetadata, type ArticleMeta } from './input';
import { needsRecovery, recoverInterrupted } from './journal';
import { manifestPath, nextManifest, readManifests, rejectedKeys, type Manifest } from './manifest';
import { parseIngestOptions, type IngestOptions, type IngestOptionsInput } from './options';
import { checkPlan, planIngest, slugify, type IngestPlan } from './plan';
import { settlePlan } from './settle';
import { emptyReport, writePlan, type WriteReport } from './write';
import type { CollectionName } from '../registry';

/** Where `npm run dev` serves the review page. */
export const REVIEW_URL = 'http://localhost:4321/review/';

/** What an ingest did. */
export interface IngestResult {
  /** new: first ingest of this id; same: the same text again (nothing written); replaced: new text under the id (--force). */
  status: 'new' | 'same' | 'replaced';
  dryRun: boolean;
  contentDir: string;
  plan: IngestPlan;
  report: WriteReport;
  /** What was recovered from an interrupted earlier ingest, if anything. */
  recovered: string | null;
  reviewUrl: string;
}

/** The article's metadata (options win over its header) and text. */
async function readInput(
  opts: IngestOptions,
): Promise<{ meta: ArticleMeta & { published: string }; body: string; name: string }> {
  const name = opts.file ?? '(text)';
  const raw =
    opts.file !== undefined
      ? await readArticleFile(opts.file)
      : opts.text!.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!raw.trim()) throw new IngestError(`${name}: is empty`);
  const { meta, body } = splitMetadata(raw);
  const given = Object.fromEntries(
    Object.entries({
      title: opts.title,
      publisher: opts.publisher,
      published: opts.published,
      url: opts.url,
      author: opts.author,
    }).filter(([, v]) => v !== undefined),
  );
  const merged = parseIngestOptions({ ...meta, ...given, text: '' });
  if (!merged.published)
    throw new IngestError(
      `${name}: no publication date: give it with --published YYYY-MM-DD (or a "Published:" header line)`,
    );
  if (!body.trim()) throw new IngestError(`${name}: has metadata but no article text`);
  const { title, publisher, url, author } = merged;
  return { meta: { title, publisher, url, author, published: merged.published }, body, name };
}

/** The article id: given, or publisher (else title or file name) and date. */
function articleId(opts: IngestOptions, meta: ArticleMeta & { published: string }): string {
  if (opts.id) return opts.id;
  const who =
    meta.publisher && meta.publisher !== 'unknown'
      ? meta.publisher
      : (meta.title ?? (opts.file ? path.parse(opts.file).name : 'article'));
  return slugify(`${who} ${meta.published}`, 10);
}

/**
 * Whether this is a new article, the same text again, or a replacement (--force); refuses a
 * different text without --force, an article an editor rejected, and a text already ingested
 * under another id.
 */
async function articleStatus(
  opts: IngestOptions,
  id: string,
  body: string,
  known: ContentSet,
  manifests: Manifest[],
): Promise<IngestResult['status']> {
  const file = path.join(opts.contentDir, 'articles' satisfies CollectionName, `${id}.md`);
  const rel = `content/articles/${id}.md`;
  const twin = sameTextArticle(
    body,
    known.articles.filter((a) => a.id !== id),
  );
  if (twin)
    throw new IngestError(
      `this text is already ingested as article "${twin.id}" (${twin.filePath}); nothing was written`,
    );
  const hash = textHash(body);
  const gone = manifests.find((m) => m.article !== id && m.textHash === hash);
  if (gone)
    throw new IngestError(
      `this text was ingested before as article "${gone.article}" and rejected (its file was deleted); nothing was written`,
    );
  if (!existsSync(file)) {
    const prior = manifests.find((m) => m.article === id);
    if (prior)
      throw new IngestError(
        `article "${id}" was ingested before and rejected (${rel} was deleted). To ingest it again, first delete its record ${path.posix.join('content', manifestPath(id))}`,
      );
    return 'new';
  }
  const previous = parseContentFile(file, await readFile(file, 'utf8'));
  if (previous.body === body.trim()) return 'same';
  if (!opts.force)
    throw new IngestError(`${rel} already holds a different text; use another --id, or --force to replace its drafts`);
  return 'replaced';
}

/** The content without this article and, when its text is replaced, without its own drafts (which are returned as `stale`). */
function withoutStale(
  known: ContentSet,
  id: string,
  status: IngestResult['status'],
): { others: ContentSet; stale: Entry<{ draft: boolean }>[] } {
  const isStale = (e: Entry<{ draft: boolean; sources?: Array<{ article: string }> }>) =>
    status === 'replaced' && e.data.draft && (e.id === id || (e.data.sources ?? []).every((src) => src.article === id));
  const others: ContentSet = {
    articles: known.articles.filter((a) => a.id !== id),
    actors: known.actors.filter((e) => !isStale(e)),
    events: known.events.filter((e) => !isStale(e)),
    statements: known.statements.filter((e) => !isStale(e)),
  };
  return { others, stale: [...known.actors, ...known.events, ...known.statements].filter(isStale) };
}

/** Recovers an interrupted earlier ingest first (a dry run only reports that one is needed). */
async function recover(opts: IngestOptions): Promise<string | null> {
  if (!opts.dryRun) return recoverInterrupted(opts.contentDir);
  if (needsRecovery(opts.contentDir))
    throw new IngestError(
      'an earlier ingest was stopped while writing; run the ingest without --dry-run to roll it back first',
    );
  return null;
}

/**
 * Ingests one article: validates the options, recovers an interrupted earlier run, reads the
 * text and metadata, plans the drafts (leaving out drafts an editor rejected), checks them with
 * the existing content and writes them with the article's manifest, all or nothing.
 * Throws IngestError (or IngestInterrupted) with a message for a person.
 */
export async function ingestArticle(input: IngestOptionsInput): Promise<IngestResult> {
  const opts = parseIngestOptions(input);
  const recovered = await recover(opts);
  const { meta, body } = await readInput(opts);
  const id = articleId(opts, meta);
  const { content: known, problems: existing } = await loadContentDir(opts.contentDir);
  if (existing.length)
    throw new IngestError(`the existing content has problems; fix them first:\n${formatProblems(existing)}`);
  const manifests = await readManifests(opts.contentDir);
  const status = await articleStatus(opts, id, body, known, manifests);
  const { others, stale } = withoutStale(known, id, status);
  const exists = (rel: string) => existsSync(path.join(opts.contentDir, rel));
  const previous = manifests.find((m) => m.article === id);
  const plan = planIngest({ id, meta, body, known: others, rejected: rejectedKeys(previous, exists) });
  // A draft the checks refuse is left out (and said so); only a problem no draft explains stops the ingest.
  const problems = settlePlan(plan, (p) =>
    checkPlan(p, others, (f) => parseEntry(f.collection, path.posix.join(opts.contentDir, f.path), f.text)),
  );
  if (problems.length)
    throw new IngestError(
      `the drafts would not pass the content checks, so nothing was written:\n${formatProblems(problems)}`,
    );
  const result: IngestResult = {
    status,
    dryRun: opts.dryRun,
    contentDir: opts.contentDir,
    plan,
    report: emptyReport(),
    recovered,
    reviewUrl: REVIEW_URL,
  };
  if (status === 'same') result.report.unchanged = plan.files.map((f) => f.path);
  if (status === 'same' || opts.dryRun) return result;
  const planned = new Set(plan.files.map((f) => f.path));
  const remove = stale
    .map((e) => path.relative(opts.contentDir, e.filePath).split(path.sep).join('/'))
    .filter((f) => !planned.has(f));
  const manifest = nextManifest({
    previous,
    article: id,
    textHash: textHash(body),
    source: opts.file,
    planned: plan.files,
    removed: remove,
    exists,
    now: new Date(),
  });
  const extra = [{ target: manifestPath(id), text: `${JSON.stringify(manifest, null, 2)}\n` }];
  result.report = await writePlan(opts.contentDir, plan.files, {
    force: opts.force,
    remove,
    extra,
    label: `ingest of ${opts.file ?? id}`,
  });
  return result;
}
