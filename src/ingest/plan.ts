/**
 * Plans the ingest of one article: the article file (its text verbatim) and drafts for every
 * quote, dated sentence and unknown actor, or a source proposal where a sentence reports an
 * event the site already has. Pure: reads nothing, writes nothing.
 */
import path from 'node:path';
import * as yaml from 'js-yaml';
import type { Actor, ActorKind, Article, EventData, StatementData } from '../schemas';
import { checkIntegrity, type ContentSet, type Entry, type Problem } from '../utils/integrity';
import { normalizeForMatch } from '../utils/text';
import { ActorMatcher, findCandidates } from './actors';
import { findDate, type FoundDate } from './dates';
import { likelyDuplicate } from './duplicates';
import { IngestError, type ArticleMeta } from './input';
import { draftKey } from './manifest';
import { placeholder } from './placeholders';
import { findQuotes } from './quotes';
import { sentences, type Sentence } from './segment';

/** One file the ingest wants to write. */
export interface PlannedFile {
  /** A content collection, or `proposals` (a source proposal under `.ingest/proposals/`). */
  collection: 'articles' | 'actors' | 'events' | 'statements' | 'proposals';
  id: string;
  /** Path relative to the content folder, e.g. `statements/x.md`. */
  path: string;
  text: string;
  /** What the draft is about, stable across runs (see `draftKey`): how rejections are remembered. */
  key: string;
}

/** A proposal to add this article as a source of an event the site already has. */
export interface SourceProposal {
  id: string;
  path: string;
  event: string;
  eventTitle: string;
  excerpt: string;
  date: string;
  why: string;
  alsoPossible: string[];
}

/** Everything an ingest would write and report. */
export interface IngestPlan {
  article: { id: string; title: string; publisher: string; published: string; url?: string | undefined };
  statements: Array<{ id: string; quote: string; speaker: { id: string; name: string } | null; date: string; how: string }>;
  events: Array<{ id: string; date: string; precision: string; excerpt: string }>;
  actors: Array<{ id: string; name: string; kind: ActorKind }>;
  aliases: Array<{ actor: string; alias: string }>;
  proposals: SourceProposal[];
  /** Date words chrono could not pin down, for the reviewer. */
  unresolvedDates: string[];
  /** Drafts not written again because an editor rejected (deleted) them after an earlier run. */
  skippedRejected: string[];
  files: PlannedFile[];
}

/** What planning needs: the article, the existing content and the keys of rejected drafts. */
export interface PlanInput {
  id: string;
  meta: Required<Pick<ArticleMeta, 'published'>> & ArticleMeta;
  body: string;
  known: ContentSet;
  rejected?: Set<string> | undefined;
}

/** Lower-case words joined by hyphens, at most `words` of them. */
export function slugify(text: string, words = 7): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(0, words)
      .join('-') || 'item'
  );
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A Markdown file: YAML front matter (every string quoted) and an optional body. */
export function markdownFile(data: Record<string, unknown>, body = ''): string {
  const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  const front = yaml.dump(clean, { forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true } as yaml.DumpOptions);
  return `---\n${front}---\n${body ? `\n${body}` : ''}`;
}

/** State shared by the planning steps of one article. */
interface Context {
  input: PlanInput;
  body: string;
  sents: Sentence[];
  title: string;
  publisher: string;
  published: Date;
  taken: { actors: Set<string>; events: Set<string>; statements: Set<string>; proposals: Set<string> };
  rejected: Set<string>;
  plan: IngestPlan;
}

function context(input: PlanInput): Context {
  const body = input.body.replace(/\s+$/, '');
  const sents = sentences(body);
  if (!sents.length) throw new IngestError('the article has no text to ingest');
  const first = sents[0]!.text;
  const title = input.meta.title?.trim() || (first.length > 100 ? `${first.slice(0, 100).replace(/\s+\S*$/, '')}…` : first);
  const publisher = input.meta.publisher?.trim() || 'unknown';
  const { known, id, meta } = input;
  const taken = {
    actors: new Set(known.actors.map((a) => a.id)),
    events: new Set(known.events.map((e) => e.id)),
    statements: new Set(known.statements.map((s) => s.id)),
    proposals: new Set<string>(),
  };
  const plan: IngestPlan = {
    article: { id, title, publisher, published: meta.published, url: meta.url },
    ...{ statements: [], events: [], actors: [], aliases: [], proposals: [], unresolvedDates: [], skippedRejected: [], files: [] },
  };
  return { input, body, sents, title, publisher, published: new Date(`${meta.published}T12:00:00Z`), taken, rejected: input.rejected ?? new Set(), plan };
}

/** Adds a planned file unless an editor rejected its key earlier; returns whether it was added. */
function add(ctx: Context, file: Omit<PlannedFile, 'path'> & { path?: string }): boolean {
  const planned = { ...file, path: file.path ?? path.posix.join(file.collection, `${file.id}.md`) };
  if (ctx.rejected.has(file.key)) {
    ctx.plan.skippedRejected.push(planned.path);
    return false;
  }
  ctx.plan.files.push(planned);
  return true;
}

const source = (ctx: Context, excerpt: string) => ({ article: ctx.input.id, excerpt });

type NewActor = { id: string; name: string; kind: ActorKind; excerpt: string };
const surname = (name: string) => name.split(/\s+/).at(-1)!;

/**
 * Finds the actors of every sentence: known ones (by name, alias, title), new spellings of
 * known people (by surname), and new actors to propose (not those an editor rejected).
 */
function findActors(ctx: Context): { newActors: Map<string, NewActor>; sentenceActors: string[][] } {
  const { known } = ctx.input;
  const matcher = new ActorMatcher(known.actors);
  const persons = known.actors.filter((a) => a.data.kind === 'person');
  const newActors = new Map<string, NewActor>();
  const sentenceActors = ctx.sents.map((s) => {
    const mentions = matcher.find(s.text);
    const ids = new Set(mentions.map((m) => m.id));
    for (const c of findCandidates(s.text, mentions)) {
      const kin = c.kind === 'person' ? persons.find((p) => [p.data.name, ...p.data.aliases].some((n) => surname(n) === surname(c.name))) : undefined;
      if (kin) {
        if (!ctx.plan.aliases.some((a) => a.actor === kin.id && a.alias === c.name)) ctx.plan.aliases.push({ actor: kin.id, alias: c.name });
        ids.add(kin.id);
        continue;
      }
      const key = c.name.toLowerCase();
      if (ctx.rejected.has(draftKey('actor', c.name))) continue;
      if (!newActors.has(key)) newActors.set(key, { id: unique(slugify(c.name, 6), ctx.taken.actors), name: c.name, kind: c.kind, excerpt: s.text });
      ids.add(newActors.get(key)!.id);
    }
    return [...ids];
  });
  return { newActors, sentenceActors };
}

/** Known actors plus the proposed ones (a person also by surname, as articles name them after the first mention). */
function speakerMatcher(known: ContentSet, newActors: Map<string, NewActor>): ActorMatcher {
  return new ActorMatcher([
    ...known.actors,
    ...[...newActors.values()].map((a) => ({
      id: a.id,
      data: { name: a.name, kind: a.kind, roles: [], aliases: a.kind === 'person' && a.name.includes(' ') ? [surname(a.name)] : [] },
    })),
  ]);
}

type QuoteDraft = { id: string; quote: string; speaker: string | null; how: string; excerpts: string[]; date: FoundDate | null };

/** One draft per distinct quote (repeats add excerpts), leaving out quotes already in a reviewed entry. */
function collectQuotes(ctx: Context, speakers: ActorMatcher): QuoteDraft[] {
  const { known, id } = ctx.input;
  const drafts = new Map<string, QuoteDraft>();
  const covered = new Set(known.statements.filter((s) => s.data.sources.some((src) => src.article === id)).map((s) => s.data.quote.toLowerCase()));
  for (const q of findQuotes(ctx.body, ctx.sents, speakers)) {
    const key = q.quote.toLowerCase();
    if (covered.has(key)) continue;
    const existing = drafts.get(key);
    if (existing) {
      if (!existing.excerpts.includes(q.excerpt)) existing.excerpts.push(q.excerpt);
      if (!existing.speaker && q.speaker) Object.assign(existing, { speaker: q.speaker.id, how: q.how });
      continue;
    }
    drafts.set(key, { id: '', quote: q.quote, speaker: q.speaker?.id ?? null, how: q.how, excerpts: [q.excerpt], date: findDate(q.excerpt, ctx.published) });
  }
  return [...drafts.values()];
}

/** The date fields of a statement draft: the date in its sentence, else the publication date. */
function statementDate(ctx: Context, found: FoundDate | null) {
  const published = ctx.input.meta.published;
  if (found && found.date <= published) {
    return { date: found.date, approximate: found.approximate || undefined, dateBasis: `“${found.text}” in the article of ${published} ${placeholder('check the date read at ingest')}` };
  }
  return { date: published, approximate: true, dateBasis: `No date in the sentence: the article’s publication date (${published}) ${placeholder('check the date')}` };
}

/** Statement drafts; quotes without a speaker point to one placeholder actor of the article. */
function planStatements(ctx: Context, quotes: QuoteDraft[], names: Map<string, string>): void {
  const { id } = ctx.input;
  let unresolved: { id: string; excerpt: string } | undefined;
  const who = ctx.publisher === 'unknown' ? `“${ctx.title}”` : ctx.publisher;
  for (const s of quotes) {
    let speaker = s.speaker;
    if (!speaker) {
      if (ctx.rejected.has(draftKey('actor', `unresolved speaker ${id}`))) continue;
      unresolved ??= { id: unique(`unresolved-speaker-${id}`, ctx.taken.actors), excerpt: s.excerpts[0]! };
      speaker = unresolved.id;
    }
    s.id = unique(`${s.speaker ?? 'unattributed'}-${slugify(s.quote, 6)}`, ctx.taken.statements);
    const data: Partial<StatementData> & Record<string, unknown> = {
      quote: s.quote,
      speaker,
      ...statementDate(ctx, s.date),
      context: `Quoted in ${who} ${placeholder(s.speaker ? `check the speaker (found by ${s.how}) and say how it was said` : 'speaker NOT FOUND: set the speaker')}`,
      sources: s.excerpts.map((x) => source(ctx, x)),
      status: 'reported',
      draft: true,
    };
    if (!add(ctx, { collection: 'statements', id: s.id, text: markdownFile(data), key: draftKey('statement', s.quote) })) continue;
    ctx.plan.statements.push({ id: s.id, quote: s.quote, speaker: s.speaker ? { id: s.speaker, name: names.get(s.speaker) ?? s.speaker } : null, date: String(data.date), how: s.how });
  }
  if (unresolved) {
    const name = `${placeholder('name the speaker or delete this file')} Unresolved speaker (${ctx.title.slice(0, 60)})`;
    add(ctx, { collection: 'actors', id: unresolved.id, text: markdownFile({ name, kind: 'group', sources: [source(ctx, unresolved.excerpt)], draft: true }), key: draftKey('actor', `unresolved speaker ${id}`) });
  }
}

/** True when an event already cites this article with (part of) this sentence. */
function coveredSentence(ctx: Context, text: string): boolean {
  const n = normalizeForMatch(text);
  return ctx.input.known.events.some((e) => e.data.sources.some((s) => s.article === ctx.input.id && (n.includes(normalizeForMatch(s.excerpt)) || normalizeForMatch(s.excerpt).includes(n))));
}

/** Event drafts for every dated sentence, or a source proposal when an existing event matches. */
function planEvents(ctx: Context, sentenceActors: string[][]): void {
  const published = ctx.input.meta.published;
  ctx.sents.forEach((sentence, i) => {
    const found = findDate(sentence.text, ctx.published);
    if (!found) {
      const vague = /\b(?:recently|earlier|later|soon|last|next|this)\s+(?:month|year|week|weekend|spring|summer|autumn|fall|winter)\b/i.exec(sentence.text);
      if (vague) ctx.plan.unresolvedDates.push(`“${vague[0]}” in: ${sentence.text.slice(0, 100)}`);
      return;
    }
    if (coveredSentence(ctx, sentence.text)) return;
    const actors = sentenceActors[i]!;
    const match = likelyDuplicate({ text: sentence.text, date: found.date, approximate: found.approximate, actors }, ctx.input.known.events);
    if (match) return proposeSource(ctx, match.event, sentence.text, found, match.why, match.alsoPossible);
    const eventId = unique(`${found.date}-${slugify(sentence.text, 6)}`, ctx.taken.events);
    const suggestion = sentence.text.length > 90 ? `${sentence.text.slice(0, 87).replace(/\s+\S*$/, '')}…` : sentence.text;
    const data: Partial<EventData> & Record<string, unknown> = {
      title: `${suggestion} ${placeholder('write a short title')}`,
      summary: sentence.text,
      date: found.date,
      approximate: found.approximate || undefined,
      dateBasis: `“${found.text}” in the article of ${published} ${placeholder('check the date read at ingest')}`,
      status: found.date > published ? 'planned' : 'reported',
      actors,
      sources: [source(ctx, sentence.text)],
      draft: true,
    };
    const text = markdownFile(data, `${placeholder('write the narrative from the sources')}\n`);
    if (add(ctx, { collection: 'events', id: eventId, text, key: draftKey('event', sentence.text) })) ctx.plan.events.push({ id: eventId, date: found.date, precision: found.precision, excerpt: sentence.text });
  });
}

/** A proposal file: add this article, with this excerpt, to the sources of an existing event. */
function proposeSource(ctx: Context, event: Entry<EventData>, excerpt: string, found: FoundDate, why: string, alsoPossible: string[]): void {
  const id = unique(`${ctx.input.id}--${event.id}`, ctx.taken.proposals);
  const file = `.ingest/proposals/${id}.md`;
  const data = { event: event.id, article: ctx.input.id, excerpt, date: found.date, why, alsoPossible: alsoPossible.length ? alsoPossible : undefined };
  const others = alsoPossible.length ? `\n- It may report one of these events instead: ${alsoPossible.join(', ')}; then add the source to that event by hand and delete this file.` : '';
  const body = `Proposed by \`npm run ingest\`: this sentence of article "${ctx.input.id}" seems to report the existing event "${event.id}" (${event.data.title}).\n\n- Accept (adds the source to content/events/${event.id}.md): \`npm run ingest -- --accept content/${file}\`\n- Reject: delete this file.${others}\n`;
  if (!add(ctx, { collection: 'proposals', id, path: file, text: markdownFile(data, body), key: draftKey('proposal', `${event.id} ${excerpt}`) })) return;
  ctx.plan.proposals.push({ id, path: file, event: event.id, eventTitle: event.data.title, excerpt, date: found.date, why, alsoPossible });
}

/** Actor drafts for the new actors. */
function planActors(ctx: Context, newActors: Map<string, NewActor>): void {
  for (const a of newActors.values()) {
    const data: Partial<Actor> & Record<string, unknown> = { name: a.name, kind: a.kind, sources: [source(ctx, a.excerpt)], draft: true };
    if (add(ctx, { collection: 'actors', id: a.id, text: markdownFile(data), key: draftKey('actor', a.name) })) ctx.plan.actors.push({ id: a.id, name: a.name, kind: a.kind });
  }
}

/** The article file: front matter and the text verbatim; always first in the plan. */
function planArticle(ctx: Context): void {
  const { meta, id } = ctx.input;
  const article: Partial<Article> & Record<string, unknown> = {
    title: ctx.title,
    headline: meta.title ? undefined : false,
    publisher: ctx.publisher,
    author: meta.author,
    url: meta.url,
    published: meta.published,
    publishedBasis: `Given at ingest ${placeholder('check the date against the source')}`,
    draft: true,
  };
  ctx.plan.files.unshift({ collection: 'articles', id, path: `articles/${id}.md`, text: `${markdownFile(article)}${ctx.body}\n`, key: draftKey('article', id) });
}

/**
 * Plans the ingest of one article: the article file (body verbatim) and drafts for every quote,
 * dated sentence and unknown actor, and source proposals for events the site already has.
 * Drafts whose key is in `rejected` are left out. Pure: reads nothing, writes nothing.
 */
export function planIngest(input: PlanInput): IngestPlan {
  const ctx = context(input);
  const { newActors, sentenceActors } = findActors(ctx);
  const names = new Map(input.known.actors.map((a) => [a.id, a.data.name]));
  for (const a of newActors.values()) names.set(a.id, a.name);
  planStatements(ctx, collectQuotes(ctx, speakerMatcher(input.known, newActors)), names);
  planEvents(ctx, sentenceActors);
  planActors(ctx, newActors);
  planArticle(ctx);
  return ctx.plan;
}

/**
 * The problems the planned drafts would cause together with the existing content (none is
 * expected: excerpts are verbatim by construction). The planned files are parsed back first;
 * proposals, which are not content, are checked for their excerpt only.
 */
export function checkPlan(plan: IngestPlan, known: ContentSet, parse: (file: PlannedFile & { collection: keyof ContentSet }) => { entry?: Entry<unknown>; problems: Problem[] }): Problem[] {
  const merged: ContentSet = { articles: [...known.articles], actors: [...known.actors], events: [...known.events], statements: [...known.statements] };
  const problems: Problem[] = [];
  for (const file of plan.files) {
    if (file.collection === 'proposals') continue;
    const parsed = parse(file as PlannedFile & { collection: keyof ContentSet });
    problems.push(...parsed.problems);
    if (parsed.entry) (merged[file.collection] as Entry<unknown>[]).push(parsed.entry);
  }
  return problems.length ? problems : checkIntegrity(merged);
}
