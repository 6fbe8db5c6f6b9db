/**
 * `npm run ingest -- <file> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U]
 *   [--author A] [--id ID] [--dry-run] [--json] [--force]`
 *
 * Turns a raw article (plain text or Markdown) into `content/articles/<id>.md` (text verbatim)
 * and reviewable drafts (`draft: true`) of its statements, events and unknown actors.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentDir } from '../io/content-dir';
import { parseContentFile, parseEntry } from '../io/markdown';
import { isValidPartialDate, precisionOf } from '../model/dates';
import { formatProblems, type ContentSet, type Entry } from '../model/entry';
import { IngestError, readArticleFile, splitMetadata } from './input';
import { checkPlan, planIngest, slugify, type IngestPlan } from './plan';
import { writePlan, type WriteReport } from './write';

const USAGE = 'usage: npm run ingest -- <file> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U] [--author A] [--id ID] [--dry-run] [--json] [--force]';

/** Runs an ingest; returns what happened. Throws IngestError for anything a person must fix. */
export async function ingest(argv: string[], contentDir = process.env.CONTENT_DIR || 'content') {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      author: { type: 'string' },
      id: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new IngestError(USAGE);
  const file = positionals[0]!;
  const { meta, body } = splitMetadata(await readArticleFile(file));
  const given = Object.fromEntries(Object.entries({ title: values.title, publisher: values.publisher, published: values.published, url: values.url, author: values.author }).filter(([, v]) => v !== undefined));
  const merged = { ...meta, ...given };
  if (!merged.published) throw new IngestError(`${file}: no publication date: give it with --published YYYY-MM-DD (or a "Published:" header line)`);
  if (precisionOf(merged.published) !== 'day' || !isValidPartialDate(merged.published)) {
    throw new IngestError(`--published: "${merged.published}" is not a real date in the form YYYY-MM-DD`);
  }
  if (merged.url && !/^https?:\/\//.test(merged.url)) throw new IngestError(`--url: "${merged.url}" is not an http(s) address`);
  if (!body.trim()) throw new IngestError(`${file}: has metadata but no article text`);
  const id = values.id ?? slugify(`${merged.publisher && merged.publisher !== 'unknown' ? merged.publisher : (merged.title ?? path.parse(file).name)} ${merged.published}`, 10);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new IngestError(`--id: "${id}" is not a valid id (lower-case letters, digits and single hyphens)`);

  const { content: known, problems: existing } = await loadContentDir(contentDir);
  if (existing.length) throw new IngestError(`the existing content has problems; fix them first:\n${formatProblems(existing)}`);

  // The same article again writes nothing; different text under the same id is refused.
  const articlePath = path.join(contentDir, 'articles', `${id}.md`);
  let status: 'new' | 'same' | 'replaced' = 'new';
  if (existsSync(articlePath)) {
    const previous = parseContentFile(articlePath, await readFile(articlePath, 'utf8'));
    if (previous.body === body.trim()) status = 'same';
    else if (!values.force) throw new IngestError(`content/articles/${id}.md already holds a different text; use another --id, or --force to replace its drafts`);
    else status = 'replaced';
  }
  // Replacing an article's text (--force): its earlier drafts go, reviewed entries stay.
  const stale = (e: Entry<{ draft: boolean; sources?: Array<{ article: string }> }>) =>
    status === 'replaced' && e.data.draft && (e.id === id || (e.data.sources ?? []).every((src) => src.article === id));
  const others: ContentSet = {
    articles: known.articles.filter((a) => a.id !== id),
    actors: known.actors.filter((e) => !stale(e)),
    events: known.events.filter((e) => !stale(e)),
    statements: known.statements.filter((e) => !stale(e)),
  };
  const plan = planIngest({ id, meta: { ...merged, published: merged.published }, body, known: others });
  const problems = checkPlan(plan, others, (f) => parseEntry(f.collection, path.posix.join(contentDir, f.path), f.text));
  if (problems.length) throw new IngestError(`the drafts would not pass the content checks, so nothing was written:\n${formatProblems(problems)}`);
  const planned = new Set(plan.files.map((f) => path.resolve(contentDir, f.path)));
  const remove = [...known.actors, ...known.events, ...known.statements].filter(stale).map((e) => path.resolve(e.filePath)).filter((f) => !planned.has(f));

  let report: WriteReport = { written: [], unchanged: [], kept: [], removed: [] };
  if (status === 'same') report.unchanged = plan.files.map((f) => f.path);
  else if (!values['dry-run']) {
    for (const dir of ['articles', 'actors', 'events', 'statements']) await mkdir(path.join(contentDir, dir), { recursive: true });
    report = await writePlan(contentDir, plan.files, { force: values.force, remove });
  }
  return { plan, report, status, dryRun: values['dry-run'], json: values.json, contentDir };
}

/** The summary a person reads. */
export function summary(result: Awaited<ReturnType<typeof ingest>>): string {
  const { plan, report, status, dryRun } = result;
  const lines: string[] = [];
  lines.push(`Article ${plan.article.id}: “${plan.article.title}” (${plan.article.publisher}, ${plan.article.published})`);
  if (status === 'same') lines.push('Already ingested with the same text: nothing written.');
  else if (dryRun) lines.push(`Dry run: nothing written; ${plan.files.length} files would be written.`);
  else {
    lines.push(`Wrote ${report.written.length} files${report.kept.length ? `; kept ${report.kept.length} existing files as they were (${report.kept.join(', ')})` : ''}.`);
    if (report.removed.length) lines.push(`Removed ${report.removed.length} drafts of the earlier text: ${report.removed.join(', ')}`);
  }
  lines.push('', `Statements (${plan.statements.length}):`);
  for (const s of plan.statements) lines.push(`  ${s.speaker ? s.speaker.name.padEnd(22) : 'UNRESOLVED SPEAKER'.padEnd(22)} “${s.quote.length > 70 ? `${s.quote.slice(0, 69)}…` : s.quote}” (${s.date}; ${s.how})`);
  lines.push('', `Events (${plan.events.length}):`);
  for (const e of plan.events) lines.push(`  ${e.date.padEnd(10)} ${e.excerpt.length > 90 ? `${e.excerpt.slice(0, 89)}…` : e.excerpt}`);
  if (plan.actors.length) lines.push('', `New actors proposed (${plan.actors.length}): ${plan.actors.map((a) => `${a.name} (${a.kind})`).join(', ')}`);
  if (plan.aliases.length) lines.push('', `New spellings of known actors (add to their aliases if right): ${plan.aliases.map((a) => `${a.alias} → ${a.actor}`).join(', ')}`);
  const unresolved = plan.statements.filter((s) => !s.speaker).length;
  if (unresolved) lines.push('', `${unresolved} quote(s) have no speaker: they point to a placeholder actor; set the speaker or delete them.`);
  if (plan.unresolvedDates.length) lines.push('', 'Dates that could not be resolved:', ...plan.unresolvedDates.map((d) => `  ${d}`));
  lines.push(
    '',
    'Next: run `npm run dev` and review the drafts (marked “Draft”). For each: check the speaker, date and status, merge it with an existing entry or delete it, and remove `draft: true`. Then `npm test`, commit and push.',
  );
  return lines.join('\n');
}

/** The --json output: one object. */
export function jsonOutput(plan: IngestPlan, report: WriteReport) {
  return {
    article: plan.article,
    statements: plan.statements.map(({ id, quote, speaker, date }) => ({ id, quote, speaker, date })),
    events: plan.events,
    actors: plan.actors.map(({ id, name }) => ({ id, name })),
    written: report.written,
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '');
if (isMain) {
  try {
    const result = await ingest(process.argv.slice(2));
    process.stdout.write(result.json ? `${JSON.stringify(jsonOutput(result.plan, result.report), null, 2)}\n` : `${summary(result)}\n`);
  } catch (error) {
    process.stderr.write(`ingest: ${error instanceof IngestError ? error.message : (error as Error).stack}\n`);
    process.exit(error instanceof IngestError ? 2 : 1);
  }
}
