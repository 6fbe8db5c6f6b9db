/**
 * `npm run ingest -- <file> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U]
 *   [--author A] [--id ID] [--dry-run] [--json] [--force]`
 * `npm run ingest -- --accept content/.ingest/proposals/<proposal>.md [--json]`
 * `npm run ingest -- --check` (the content check a build runs, without building)
 *
 * A thin argument parser over {@link ingestArticle} and {@link acceptProposal}. With `--json`,
 * stdout carries exactly one JSON document and every message goes to stderr (use
 * `npm run -s ingest -- … --json` so npm prints no banner either).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../model/entry';
import { ingestArticle, type IngestResult } from './api';
import { checkContent } from './check';
import { IngestError } from './input';
import { IngestInterrupted } from './journal';
import type { IngestOptionsInput } from './options';
import { acceptProposal, type AcceptResult } from './proposals';

const USAGE =
  'usage: npm run ingest -- <file> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U] [--author A] [--id ID] [--dry-run] [--json] [--force]\n' +
  '       npm run ingest -- --accept content/.ingest/proposals/<proposal>.md [--json]\n' +
  '       npm run ingest -- --check';

/** What the command line asks for. */
export type CliRequest =
  | { command: 'ingest'; options: IngestOptionsInput; json: boolean }
  | { command: 'accept'; proposal: string; contentDir: string | undefined; json: boolean }
  | { command: 'check'; contentDir: string | undefined; json: boolean };

/** Parses the command line (no I/O); throws IngestError with the usage on a mistake. */
export function parseCli(argv: string[], contentDir?: string): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(
          ['title', 'publisher', 'published', 'url', 'author', 'id', 'accept', 'content-dir'].map((k) => [
            k,
            { type: 'string' as const },
          ]),
        ),
        ...Object.fromEntries(
          ['dry-run', 'json', 'force', 'check'].map((k) => [k, { type: 'boolean' as const, default: false }]),
        ),
      },
    });
  } catch (error) {
    throw new IngestError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  const str = (k: string) => v[k] as string | undefined;
  const dir = str('content-dir') ?? contentDir;
  if (v.check === true) return { command: 'check', contentDir: dir, json: v.json === true };
  if (str('accept') !== undefined)
    return { command: 'accept', proposal: str('accept')!, contentDir: dir, json: v.json === true };
  if (positionals.length !== 1) throw new IngestError(USAGE);
  const options: IngestOptionsInput = { file: positionals[0]!, dryRun: v['dry-run'] === true, force: v.force === true };
  for (const k of ['title', 'publisher', 'published', 'url', 'author', 'id'] as const)
    if (str(k) !== undefined) options[k] = str(k);
  if (dir !== undefined) options.contentDir = dir;
  return { command: 'ingest', options, json: v.json === true };
}

/** Runs an ingest from command-line arguments (kept for scripts such as eval.ts). */
export async function ingest(argv: string[], contentDir?: string): Promise<IngestResult & { json: boolean }> {
  const request = parseCli(argv, contentDir);
  if (request.command !== 'ingest') throw new IngestError(USAGE);
  return { ...(await ingestArticle(request.options)), json: request.json };
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What was written, in a few lines. */
function writtenLines(result: IngestResult): string[] {
  const { plan, report, status, dryRun } = result;
  if (status === 'same') return ['Already ingested with the same text: nothing written.'];
  if (dryRun) return [`Dry run: nothing written; ${plan.files.length} files would be written.`];
  const lines = [
    `Wrote ${report.written.length} files${report.kept.length ? `; kept ${report.kept.length} existing files as they were (${report.kept.join(', ')})` : ''}.`,
  ];
  if (report.removed.length)
    lines.push(`Removed ${report.removed.length} drafts of the earlier text: ${report.removed.join(', ')}`);
  if (plan.skippedRejected.length)
    lines.push(`Not written again, as an editor rejected (deleted) them: ${plan.skippedRejected.join(', ')}`);
  return lines;
}

/** The summary a person reads. */
export function summary(result: IngestResult): string {
  const { plan } = result;
  const lines = [
    `Article ${plan.article.id}: “${plan.article.title}” (${plan.article.publisher}, ${plan.article.published})`,
    ...writtenLines(result),
  ];
  // Nothing was written: a plan drafted again (against content the editor has since changed)
  // would list drafts that are not there. The first run's drafts are what to review.
  if (result.status === 'same')
    return [...lines, `Its drafts are the ones the first run wrote: review them at ${result.reviewUrl}.`].join('\n');
  lines.push('', `Statements (${plan.statements.length}):`);
  for (const s of plan.statements)
    lines.push(
      `  ${(s.speaker ? s.speaker.name : 'UNRESOLVED SPEAKER').padEnd(22)} “${cut(s.quote, 70)}” (${s.date}; ${s.how})`,
    );
  lines.push('', `Events (${plan.events.length}):`);
  for (const e of plan.events) lines.push(`  ${e.date.padEnd(10)} ${cut(e.excerpt, 90)}`);
  if (plan.proposals.length)
    lines.push(
      '',
      `Sources proposed for events the site already has (${plan.proposals.length}):`,
      ...plan.proposals.map((p) => `  ${p.event}: “${cut(p.excerpt, 70)}” → content/${p.path}`),
    );
  if (plan.actors.length)
    lines.push(
      '',
      `New actors proposed (${plan.actors.length}): ${plan.actors.map((a) => `${a.name} (${a.kind})`).join(', ')}`,
    );
  if (plan.aliases.length)
    lines.push(
      '',
      `New spellings of known actors (add to their aliases if right): ${plan.aliases.map((a) => `${a.alias} → ${a.actor}`).join(', ')}`,
    );
  const unresolved = plan.statements.filter((s) => !s.speaker).length;
  if (unresolved)
    lines.push(
      '',
      `${unresolved} quote(s) have no speaker: they point to a placeholder actor; set the speaker or delete them.`,
    );
  if (plan.unresolvedDates.length)
    lines.push('', 'Dates that could not be resolved:', ...plan.unresolvedDates.map((d) => `  ${d}`));
  if (plan.leftOut.length)
    lines.push(
      '',
      'Drafts left out, as the content checks refused them (draft them by hand):',
      ...plan.leftOut.map((l) => `  ${l.path}: ${l.why}`),
    );
  lines.push(
    '',
    `Next: review the drafts at ${result.reviewUrl} (run \`npm run dev\` first). Complete every “[TODO: …]”, accept or delete each draft and proposal, remove \`draft: true\`; then \`npm test\`, commit and push.`,
  );
  return lines.join('\n');
}

/** The --json output: one object. */
export function jsonOutput(result: IngestResult) {
  const { plan, report } = result;
  return {
    status: result.status,
    dryRun: result.dryRun,
    article: plan.article,
    statements: plan.statements.map(({ id, quote, speaker, date }) => ({ id, quote, speaker, date })),
    events: plan.events,
    actors: plan.actors.map(({ id, name }) => ({ id, name })),
    proposals: plan.proposals.map(({ id, path: file, event, excerpt }) => ({ id, path: file, event, excerpt })),
    written: report.written,
    kept: report.kept,
    removed: report.removed,
    skippedRejected: plan.skippedRejected,
    leftOut: plan.leftOut,
    recovered: result.recovered,
    reviewUrl: result.reviewUrl,
  };
}

/** Runs a request; returns the text for stdout. Messages go to stderr. */
async function run(request: CliRequest): Promise<string> {
  if (request.command === 'check') {
    const problems = await checkContent(request.contentDir ?? (process.env.CONTENT_DIR || 'content'));
    if (problems.length)
      throw new IngestError(
        `the content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`,
      );
    return request.json ? JSON.stringify({ problems: [] }) : 'The content passes every schema and integrity rule.';
  }
  if (request.command === 'accept') {
    const accepted: AcceptResult = await acceptProposal(request.proposal, request.contentDir);
    if (accepted.warning) process.stderr.write(`${accepted.warning}\n`);
    return request.json ? JSON.stringify(accepted, null, 2) : accepted.message;
  }
  const result = await ingestArticle(request.options);
  if (result.recovered) process.stderr.write(`${result.recovered}\n`);
  return request.json ? JSON.stringify(jsonOutput(result), null, 2) : summary(result);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '');
if (isMain) {
  try {
    process.stdout.write(`${await run(parseCli(process.argv.slice(2)))}\n`);
  } catch (error) {
    process.stderr.write(`ingest: ${error instanceof IngestError ? error.message : (error as Error).stack}\n`);
    process.exitCode =
      error instanceof IngestInterrupted
        ? error.signal === 'SIGINT'
          ? 130
          : 143
        : error instanceof IngestError
          ? 2
          : 1;
  }
}
