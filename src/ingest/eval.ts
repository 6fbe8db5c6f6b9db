/**
 * `npm run eval:ingest`: ingests each seed article into a scratch copy of the content from
 * which that article, and everything known only from it, has been removed, then compares the
 * drafts with the curated entries: quotes found, quotes with the right speaker, and events
 * dated right. Writes tests/.output/ingest-eval.json and prints a table; exits non-zero when a
 * target (90% / 90% / 85%) is missed.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContentDir } from '../io/content-dir';
import type { ContentSet, Entry } from '../model/entry';
import { normalizeForMatch } from '../model/text';
import { ingest } from './cli';
import { markdownFile } from './plan';

const SEEDS = path.resolve(process.env.SEEDS_DIR || '../shared/seeds');
const TARGETS = { quotesFound: 0.9, speakersRight: 0.9, eventDatesRight: 0.85 };

/** The curated content as an editor would have it before this article arrived. */
function without(content: ContentSet, articleId: string): ContentSet {
  const strip = <T extends { sources: Array<{ article: string }> }>(entries: Entry<T>[]) =>
    entries
      .map((e) => ({ ...e, data: { ...e.data, sources: e.data.sources.filter((s) => s.article !== articleId) } }))
      .filter((e) => e.data.sources.length > 0);
  const actors = strip(content.actors).map((a) => ({ ...a, data: { ...a.data, roles: a.data.roles.filter((r) => r.article !== articleId) } }));
  const ids = new Set(actors.map((a) => a.id));
  const statements = strip(content.statements).filter((s) => ids.has(s.data.speaker));
  const statementIds = new Set(statements.map((s) => s.id));
  const events = strip(content.events).map((e) => ({
    ...e,
    data: { ...e.data, actors: e.data.actors.filter((a) => ids.has(a)), disputedBy: e.data.disputedBy.filter((d) => statementIds.has(d)) },
  }));
  const eventIds = new Set(events.map((e) => e.id));
  return {
    articles: content.articles.filter((a) => a.id !== articleId),
    actors,
    events: events.map((e) => ({ ...e, data: { ...e.data, related: e.data.related.filter((r) => eventIds.has(r)) } })),
    statements: statements.map((s) => ({
      ...s,
      data: { ...s.data, event: s.data.event && eventIds.has(s.data.event) ? s.data.event : undefined, disputedBy: s.data.disputedBy.filter((d) => statementIds.has(d)) },
    })),
  };
}

async function writeContent(dir: string, content: ContentSet) {
  for (const [collection, entries] of Object.entries(content) as Array<[keyof ContentSet, Entry<Record<string, unknown>>[]]>) {
    await mkdir(path.join(dir, collection), { recursive: true });
    for (const e of entries) await writeFile(path.join(dir, collection, `${e.id}.md`), markdownFile(e.data, e.body ? `${e.body}\n` : ''));
  }
}

const norm = (q: string) => normalizeForMatch(q).replace(/[.,;:!?]+$/, '').toLowerCase();
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');

const { content: curated, problems } = await loadContentDir('content');
if (problems.length) throw new Error('the curated content has problems; run npm test');
const rows: Array<Record<string, number | string>> = [];
const totals = { quotes: 0, found: 0, speakers: 0, events: 0, matched: 0, dated: 0 };
const misses: string[] = [];

for (const article of curated.articles) {
  const seed = /Source file: (\S+)/.exec((await import('node:fs')).readFileSync(path.join('content/articles', `${article.id}.md`), 'utf8'))?.[1];
  if (!seed) continue;
  const scratch = await mkdtemp(path.join(tmpdir(), 'ingest-eval-'));
  try {
    await writeContent(scratch, without(curated, article.id));
    const { plan } = await ingest([path.join(SEEDS, seed), '--id', article.id, '--published', article.data.published, '--publisher', article.data.publisher, '--json'], scratch);
    const drafts = (await loadContentDir(scratch)).content;

    // Quotes: each curated quote from this article, found verbatim, and with which speaker.
    const expected = curated.statements.filter((s) => s.data.sources.some((src) => src.article === article.id));
    let found = 0;
    let speakers = 0;
    for (const s of expected) {
      const draft = drafts.statements.find((d) => d.data.draft && norm(d.data.quote) === norm(s.data.quote));
      if (draft) found++;
      if (draft?.data.speaker === s.data.speaker) speakers++;
      else misses.push(`${article.id}: “${s.data.quote.slice(0, 50)}” — ${draft ? `speaker ${draft.data.speaker}, expected ${s.data.speaker}` : 'not found'}`);
    }
    // Events: each curated event from this article whose excerpt a dated draft sentence contains.
    const events = curated.events.filter((e) => e.data.sources.some((src) => src.article === article.id));
    let matched = 0;
    let dated = 0;
    for (const e of events) {
      const excerpts = e.data.sources.filter((src) => src.article === article.id).map((src) => normalizeForMatch(src.excerpt));
      const draft = drafts.events.find((d) => d.data.draft && excerpts.some((x) => normalizeForMatch(d.data.sources[0]!.excerpt).includes(x) || x.includes(normalizeForMatch(d.data.sources[0]!.excerpt))));
      if (!draft) continue;
      matched++;
      // Right: the same date, or the curated date at the draft's (coarser) precision.
      if (draft.data.date === e.data.date || (draft.data.date.length < e.data.date.length && e.data.date.startsWith(draft.data.date))) dated++;
      else misses.push(`${article.id}: event ${e.id} — drafted as ${draft.data.date}, curated ${e.data.date}`);
    }
    rows.push({ article: article.id, quotes: expected.length, found, speakers, events: events.length, matched, dated, drafts: plan.statements.length + plan.events.length + plan.actors.length });
    Object.assign(totals, {
      quotes: totals.quotes + expected.length,
      found: totals.found + found,
      speakers: totals.speakers + speakers,
      events: totals.events + events.length,
      matched: totals.matched + matched,
      dated: totals.dated + dated,
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const result = {
  date: new Date().toISOString(),
  quotesFound: totals.found / totals.quotes,
  speakersRight: totals.speakers / totals.quotes,
  eventDatesRight: totals.dated / totals.matched,
  eventsMatched: totals.matched / totals.events,
  totals,
  rows,
  misses,
};
console.log('| article | quotes | found | right speaker | events | matched by a dated draft | right date |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.article} | ${r.quotes} | ${r.found} | ${r.speakers} | ${r.events} | ${r.matched} | ${r.dated} |`);
console.log(
  `| **all** | ${totals.quotes} | ${totals.found} (${pct(totals.found, totals.quotes)}) | ${totals.speakers} (${pct(totals.speakers, totals.quotes)}) | ${totals.events} | ${totals.matched} (${pct(totals.matched, totals.events)}) | ${totals.dated} (${pct(totals.dated, totals.matched)}) |`,
);
if (misses.length) console.log(`\nDifferences from the curated content:\n${misses.map((m) => `  ${m}`).join('\n')}`);
await mkdir('tests/.output', { recursive: true });
await writeFile('tests/.output/ingest-eval.json', JSON.stringify(result, null, 2));
const missed = (Object.keys(TARGETS) as Array<keyof typeof TARGETS>).filter((k) => !(result[k] >= TARGETS[k]));
console.log(missed.length ? `MISSED: ${missed.join(', ')}` : 'All targets met (quotes found ≥ 90%, right speaker ≥ 90%, event dates ≥ 85%).');
process.exit(missed.length ? 1 : 0);
