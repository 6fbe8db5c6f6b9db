/**
 * `npm run eval:ingest`: measures the ingest on two sets, reported separately.
 *
 * - Seeds: each seed article is ingested into a scratch copy of the content from which that
 *   article, and everything known only from it, has been removed; the drafts are compared with
 *   the curated entries. The rules were written on these articles: this is not a test on news
 *   the ingest has not seen.
 * - Test articles (`tests/fixtures/articles/*.txt` with `*.answers.json`, and the held-out ones
 *   in `held-out/`): fictional wire-style articles, each ingested into a scratch copy of a small
 *   registry (`registry/`) that does not know their speakers, compared with their answer files.
 *
 * For each: quotes found, precision of quote drafts (real quotes / quote drafts), quotes with the
 * right speaker, dates right (events, and quotes whose answer gives a date), and draft events
 * that are not news. Writes tests/.output/ingest-eval.json, prints tables, and exits non-zero
 * when the test articles miss a target.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Actor } from '../schemas';
import { loadContentDir } from '../io/content-dir';
import type { ContentSet, Entry } from '../model/entry';
import { normalizeForMatch } from '../model/text';
import { ingest } from './cli';
import { IngestError } from './input';
import { markdownFile } from '../io/markdown';

const SEEDS = path.resolve(process.env.SEEDS_DIR || '../shared/seeds');
const SET = path.resolve('tests/fixtures/articles');
const TARGETS = { quotesFound: 0.95, speakersRight: 0.9, datesRight: 0.9, notNewsAtMost: 0.1 };

/** What one article's drafts scored. */
interface Score {
  article: string;
  quotes: number;
  found: number;
  quoteDrafts: number;
  realQuoteDrafts: number;
  speakers: number;
  dates: number;
  datesRight: number;
  events: number;
  matched: number;
  eventDrafts: number;
  notNews: number;
  ms: number;
}
type Totals = Omit<Score, 'article'>;

/** An answer file next to a test article. */
interface Answers {
  quotes: Array<{
    quote: string;
    speaker?: string;
    anonymous?: string;
    via?: string;
    document?: string;
    date?: string;
  }>;
  events: Array<{ excerpt: string; date: string; status: string }>;
  notActors?: string[];
}

const norm = (q: string) =>
  normalizeForMatch(q)
    .replace(/[.,;:!?]+$/, '')
    .toLowerCase();
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');
const ratio = (n: number, d: number) => (d ? n / d : 1);

/** The curated content as an editor would have it before this article arrived. */
function without(content: ContentSet, articleId: string): ContentSet {
  const other = (s: { article: string }) => s.article !== articleId;
  type Sourced = {
    sources: Array<{ article: string }>;
    accounts?: Array<{ article: string }>;
    reports?: Array<{ article: string }>;
  };
  const strip = <T extends Sourced>(entries: Entry<T>[]) =>
    entries
      .map((e) => ({ ...e, data: { ...e.data, sources: e.data.sources.filter(other), ...otherAccounts(e.data) } }))
      .filter((e) => e.data.sources.length > 0);
  // Accounts and reports of the removed article go too; one account left is no disagreement.
  const otherAccounts = (data: { accounts?: Array<{ article: string }>; reports?: Array<{ article: string }> }) => {
    const accounts = data.accounts?.filter(other);
    return {
      ...(accounts ? { accounts: new Set(accounts.map((a) => a.article)).size > 1 ? accounts : [] } : {}),
      ...(data.reports ? { reports: data.reports.filter(other) } : {}),
    };
  };
  const actors = strip(content.actors).map((a) => ({
    ...a,
    data: { ...a.data, roles: a.data.roles.filter((r) => r.article !== articleId) },
  }));
  const ids = new Set(actors.map((a) => a.id));
  const statements = strip(content.statements).filter((s) => ids.has(s.data.speaker));
  const statementIds = new Set(statements.map((s) => s.id));
  const events = strip(content.events).map((e) => ({
    ...e,
    data: {
      ...e.data,
      actors: e.data.actors.filter((a) => ids.has(a)),
      involvement: Object.fromEntries(Object.entries(e.data.involvement).filter(([a]) => ids.has(a))),
      disputedBy: e.data.disputedBy.filter((d) => statementIds.has(d)),
    },
  }));
  const eventIds = new Set(events.map((e) => e.id));
  return {
    articles: content.articles.filter((a) => a.id !== articleId),
    actors,
    events: events.map((e) => ({ ...e, data: { ...e.data, related: e.data.related.filter((r) => eventIds.has(r)) } })),
    statements: statements.map((s) => ({
      ...s,
      data: {
        ...s.data,
        event: s.data.event && eventIds.has(s.data.event) ? s.data.event : undefined,
        disputedBy: s.data.disputedBy.filter((d) => statementIds.has(d)),
      },
    })),
  };
}

async function writeContent(dir: string, content: ContentSet) {
  for (const [collection, entries] of Object.entries(content) as Array<
    [keyof ContentSet, Entry<Record<string, unknown>>[]]
  >) {
    await mkdir(path.join(dir, collection), { recursive: true });
    for (const e of entries)
      await writeFile(path.join(dir, collection, `${e.id}.md`), markdownFile(e.data, e.body ? `${e.body}\n` : ''));
  }
}

/** Ingests one article into a scratch content folder prepared by `prepare`; returns the drafts. */
async function ingestInto(
  prepare: (dir: string) => Promise<void>,
  args: string[],
): Promise<{ drafts: ContentSet; proposed: Set<string>; ms: number; failed?: string; leftOut?: string[] }> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'ingest-eval-'));
  try {
    await prepare(scratch);
    const t0 = performance.now();
    // An ingest that refuses its own drafts writes nothing: every answer of the article is missed.
    const result = await ingest([...args, '--json'], scratch).catch((error: unknown) => {
      if (!(error instanceof IngestError)) throw error;
      return error;
    });
    if (result instanceof IngestError) {
      const none = { articles: [], actors: [], events: [], statements: [] };
      return { drafts: none, proposed: new Set(), ms: performance.now() - t0, failed: result.message };
    }
    const ms = performance.now() - t0;
    // Sentences that report an event the site already has become proposals to add the source.
    const proposed = new Set(result.plan.proposals.map((p) => p.event));
    const { content } = await loadContentDir(scratch);
    const only = <T extends { draft: boolean }>(entries: Entry<T>[]) => entries.filter((e) => e.data.draft);
    return {
      drafts: {
        articles: content.articles,
        actors: content.actors,
        events: only(content.events),
        statements: only(content.statements),
      },
      proposed,
      ms,
      leftOut: result.plan.leftOut.map((l) => `${l.path} (${l.why})`),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** True when a draft event's excerpt and an expected excerpt overlap. */
const sameSentence = (draft: Entry<{ sources: Array<{ excerpt: string }> }>, excerpt: string) =>
  draft.data.sources.some((s) => {
    const a = normalizeForMatch(s.excerpt);
    const b = normalizeForMatch(excerpt);
    return a.includes(b) || b.includes(a);
  });

/** Right: the same date, or the expected date at the draft's (coarser) precision. */
const dateRight = (drafted: string, expected: string) =>
  drafted === expected || (drafted.length < expected.length && expected.startsWith(drafted));

/** Scores one seed article against the curated entries. */
async function scoreSeed(
  curated: ContentSet,
  article: Entry<{ published: string; publisher: string }>,
  seed: string,
  misses: string[],
): Promise<Score> {
  const { drafts, proposed, ms, failed, leftOut } = await ingestInto(
    (dir) => writeContent(dir, without(curated, article.id)),
    [
      path.join(SEEDS, seed),
      '--id',
      article.id,
      '--published',
      article.data.published,
      '--publisher',
      article.data.publisher,
    ],
  );
  if (failed) misses.push(`${article.id}: the ingest failed, so every answer is missed: ${failed.split('\n')[0]}`);
  for (const l of leftOut ?? []) misses.push(`${article.id}: a draft the content checks refused was left out: ${l}`);
  const expected = curated.statements.filter((s) => s.data.sources.some((src) => src.article === article.id));
  const score = blank(article.id, ms);
  score.quotes = expected.length;
  score.quoteDrafts = drafts.statements.length;
  score.realQuoteDrafts = drafts.statements.filter((d) =>
    expected.some((s) => norm(s.data.quote) === norm(d.data.quote)),
  ).length;
  for (const s of expected) {
    const draft = drafts.statements.find((d) => norm(d.data.quote) === norm(s.data.quote));
    if (draft) score.found++;
    if (draft?.data.speaker === s.data.speaker) score.speakers++;
    else
      misses.push(
        `${article.id}: “${s.data.quote.slice(0, 50)}” — ${draft ? `speaker ${draft.data.speaker}, expected ${s.data.speaker}` : 'not found'}`,
      );
  }
  const events = curated.events.filter((e) => e.data.sources.some((src) => src.article === article.id));
  const excerpts = events.flatMap((e) =>
    e.data.sources.filter((src) => src.article === article.id).map((src) => src.excerpt),
  );
  score.events = events.length;
  score.eventDrafts = drafts.events.length;
  score.notNews = drafts.events.filter((d) => !excerpts.some((x) => sameSentence(d, x))).length;
  for (const e of events) {
    const draft = drafts.events.find((d) =>
      e.data.sources.some((src) => src.article === article.id && sameSentence(d, src.excerpt)),
    );
    if (!draft) {
      // A proposal to add this article to the event (already known from another source) matches it.
      if (proposed.has(e.id)) score.matched++;
      else misses.push(`${article.id}: event ${e.id} — no dated draft or proposal`);
      continue;
    }
    score.matched++;
    score.dates++;
    if (dateRight(draft.data.date, e.data.date)) score.datesRight++;
    else misses.push(`${article.id}: event ${e.id} — drafted as ${draft.data.date}, curated ${e.data.date}`);
  }
  return score;
}

function blank(article: string, ms: number): Score {
  return {
    article,
    quotes: 0,
    found: 0,
    quoteDrafts: 0,
    realQuoteDrafts: 0,
    speakers: 0,
    dates: 0,
    datesRight: 0,
    events: 0,
    matched: 0,
    eventDrafts: 0,
    notNews: 0,
    ms,
  };
}

/** True when the draft's speaker is the one the answer names. */
function rightSpeaker(
  answer: Answers['quotes'][number],
  speaker: Entry<Actor> | undefined,
  via: Entry<Actor> | undefined,
): boolean {
  if (!speaker) return false;
  const names = [speaker.data.name, ...speaker.data.aliases].map((n) => n.toLowerCase());
  if (answer.document) {
    // A document is named by the editor; any significant word of the answer's description will do.
    const words = answer.document
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 3);
    return speaker.data.kind === 'document' && names.some((n) => words.some((w) => n.includes(w)));
  }
  if (answer.anonymous) return speaker.data.anonymous && (!answer.via || via?.data.name === answer.via);
  return !speaker.data.anonymous && names.includes(answer.speaker!.toLowerCase());
}

/** Scores one test article against its answer file. */
async function scoreTest(file: string, misses: string[]): Promise<Score> {
  const answers = JSON.parse(await readFile(file.replace(/\.txt$/, '.answers.json'), 'utf8')) as Answers;
  const name = path.basename(file, '.txt');
  const { drafts, ms, failed, leftOut } = await ingestInto(
    (dir) => cp(path.join(SET, 'registry'), dir, { recursive: true }),
    [file, '--id', name],
  );
  if (failed) misses.push(`${name}: the ingest failed, so every answer is missed: ${failed.split('\n')[0]}`);
  for (const l of leftOut ?? []) misses.push(`${name}: a draft the content checks refused was left out: ${l}`);
  const actor = new Map(drafts.actors.map((a) => [a.id, a]));
  const score = blank(name, ms);
  score.quotes = answers.quotes.length;
  score.quoteDrafts = drafts.statements.length;
  score.realQuoteDrafts = drafts.statements.filter((d) =>
    answers.quotes.some((q) => norm(q.quote) === norm(d.data.quote)),
  ).length;
  for (const d of drafts.statements)
    if (!answers.quotes.some((q) => norm(q.quote) === norm(d.data.quote)))
      misses.push(`${name}: not a quote: “${d.data.quote.slice(0, 50)}”`);
  for (const q of answers.quotes) {
    const draft = drafts.statements.find((d) => norm(d.data.quote) === norm(q.quote));
    if (!draft) {
      misses.push(`${name}: “${q.quote.slice(0, 50)}” — not found`);
      continue;
    }
    score.found++;
    const speaker = actor.get(draft.data.speaker);
    if (rightSpeaker(q, speaker, draft.data.via ? actor.get(draft.data.via) : undefined)) score.speakers++;
    else
      misses.push(
        `${name}: “${q.quote.slice(0, 50)}” — speaker ${speaker?.data.name ?? draft.data.speaker}, expected ${q.speaker ?? q.anonymous ?? q.document}`,
      );
    if (!q.date) continue;
    score.dates++;
    if (draft.data.date === q.date) score.datesRight++;
    else misses.push(`${name}: “${q.quote.slice(0, 50)}” — dated ${draft.data.date}, expected ${q.date}`);
  }
  scoreEvents(name, answers, drafts, score, misses);
  for (const bad of answers.notActors ?? [])
    if (drafts.actors.some((a) => a.data.draft && a.data.name === bad))
      misses.push(`${name}: proposed “${bad}” as an actor`);
  return score;
}

function scoreEvents(name: string, answers: Answers, drafts: ContentSet, score: Score, misses: string[]) {
  score.events = answers.events.length;
  score.eventDrafts = drafts.events.length;
  for (const d of drafts.events) {
    if (answers.events.some((e) => sameSentence(d, e.excerpt))) continue;
    score.notNews++;
    misses.push(`${name}: not news: ${d.data.date} “${d.data.sources[0]!.excerpt.slice(0, 60)}”`);
  }
  for (const e of answers.events) {
    const draft = drafts.events.find((d) => sameSentence(d, e.excerpt));
    score.dates++;
    if (!draft) {
      misses.push(`${name}: event “${e.excerpt.slice(0, 50)}” — no dated draft`);
      continue;
    }
    score.matched++;
    if (dateRight(draft.data.date, e.date) && draft.data.status === e.status) score.datesRight++;
    else
      misses.push(
        `${name}: event “${e.excerpt.slice(0, 50)}” — ${draft.data.date} ${draft.data.status}, expected ${e.date} ${e.status}`,
      );
  }
}

function sum(rows: Score[]): Totals {
  const t = blank('', 0) as Totals & { article?: string };
  delete t.article;
  for (const r of rows) for (const k of Object.keys(t) as Array<keyof Totals>) t[k] += r[k];
  return t;
}

/** The figures a set is judged by. */
function figures(t: Totals) {
  return {
    quotesFound: ratio(t.found, t.quotes),
    quotePrecision: ratio(t.realQuoteDrafts, t.quoteDrafts),
    speakersRight: ratio(t.speakers, t.quotes),
    datesRight: ratio(t.datesRight, t.dates),
    notNews: t.eventDrafts ? t.notNews / t.eventDrafts : 0,
  };
}

function print(title: string, rows: Score[]) {
  const t = sum(rows);
  console.log(`\n### ${title}\n`);
  console.log(
    '| article | quotes found | real quotes / quote drafts | right speaker | dates right | events matched | non-news event drafts | ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const line = (r: Totals, name: string, p = (n: number, d: number) => `${n}/${d}`) =>
    `| ${name} | ${p(r.found, r.quotes)} | ${p(r.realQuoteDrafts, r.quoteDrafts)} | ${p(r.speakers, r.quotes)} | ${p(r.datesRight, r.dates)} | ${p(r.matched, r.events)} | ${p(r.notNews, r.eventDrafts)} | ${r.ms.toFixed(0)} |`;
  for (const r of rows) console.log(line(r, r.article));
  console.log(line(t, '**all**', (n, d) => `${n} of ${d} (${pct(n, d)})`));
  return { totals: t, ...figures(t), rows };
}

async function testFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((f) => f.endsWith('.txt') && existsSync(path.join(dir, f.replace(/\.txt$/, '.answers.json'))))
    .map((f) => path.join(dir, f));
}

const { content: curated, problems } = await loadContentDir('content');
if (problems.length) throw new Error('the curated content has problems; run npm test');
const misses: string[] = [];
const seedRows: Score[] = [];
for (const article of curated.articles) {
  const seed = /Source file: (\S+)/.exec(readFileSync(path.join('content/articles', `${article.id}.md`), 'utf8'))?.[1];
  if (seed) seedRows.push(await scoreSeed(curated, article, seed, misses));
}
const tuned: Score[] = [];
for (const f of await testFiles(SET)) tuned.push(await scoreTest(f, misses));
const heldOut: Score[] = [];
for (const f of await testFiles(path.join(SET, 'held-out'))) heldOut.push(await scoreTest(f, misses));

const result = {
  date: new Date().toISOString(),
  seeds: print('Seed articles (the rules were written on them)', seedRows),
  tests: print('Test articles (fictional; rules tuned on the listed patterns only)', tuned),
  heldOut: heldOut.length ? print('Held-out test articles (written after tuning, never tuned on)', heldOut) : null,
  misses,
};
if (misses.length) console.log(`\nDifferences from the answers:\n${misses.map((m) => `  ${m}`).join('\n')}`);
await mkdir('tests/.output', { recursive: true });
await writeFile('tests/.output/ingest-eval.json', JSON.stringify(result, null, 2));
// The targets are judged on the articles the rules were not tuned on.
const judged = figures(sum(heldOut.length ? heldOut : tuned));
const missed = [
  judged.quotesFound < TARGETS.quotesFound && 'quotes found',
  judged.speakersRight < TARGETS.speakersRight && 'right speaker',
  judged.datesRight < TARGETS.datesRight && 'dates right',
  judged.notNews > TARGETS.notNewsAtMost && 'non-news drafts',
].filter(Boolean);
console.log(
  `\nTargets on the test articles: quotes found ≥ 95%, right speaker ≥ 90%, dates right ≥ 90%, non-news event drafts ≤ 10%.`,
);
console.log(missed.length ? `MISSED: ${missed.join(', ')}` : 'All targets met.');
process.exit(missed.length ? 1 : 0);
