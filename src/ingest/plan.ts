import path from 'node:path';
import * as yaml from 'js-yaml';
import type { Actor, ActorKind, Article, EventData, StatementData } from '../schemas';
import { checkIntegrity } from '../model/integrity';
import type { ContentSet, Entry, Problem } from '../model/entry';
import { Cast, readArticle } from './attribution';
import { backgroundDates, findDate, sceneDatesOf } from './dates';
import { IngestError, type ArticleMeta } from './input';
import { sentences } from './segment';

/** One file the ingest wants to write. */
export interface PlannedFile {
  collection: 'articles' | 'actors' | 'events' | 'statements';
  id: string;
  /** Path relative to the content folder, e.g. `statements/x.md`. */
  path: string;
  text: string;
}

/** Everything an ingest would write and report. */
export interface IngestPlan {
  article: { id: string; title: string; publisher: string; published: string; url?: string | undefined };
  statements: Array<{ id: string; quote: string; speaker: { id: string; name: string } | null; date: string; how: string }>;
  events: Array<{ id: string; date: string; precision: string; excerpt: string }>;
  actors: Array<{ id: string; name: string; kind: ActorKind }>;
  aliases: Array<{ actor: string; alias: string }>;
  /** Date words chrono could not pin down, for the reviewer. */
  unresolvedDates: string[];
  files: PlannedFile[];
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

const stripEnd = (s: string) => s.replace(/\s+$/, '');
const EVENT_BODY = 'Draft from `npm run ingest`: write the narrative from the sources, then delete `draft: true`.\n';

/**
 * Plans the ingest of one article: the article file (body verbatim) and drafts for every quote,
 * dated sentence and unknown actor, checked against the schemas' rules and the integrity rules
 * together with the existing content. Pure: reads nothing, writes nothing.
 */
export function planIngest(input: { id: string; meta: Required<Pick<ArticleMeta, 'published'>> & ArticleMeta; body: string; known: ContentSet }): IngestPlan {
  const { id, meta, known } = input;
  const body = stripEnd(input.body);
  const published = new Date(`${meta.published}T12:00:00Z`);
  const sents = sentences(body);
  if (!sents.length) throw new IngestError('the article has no text to ingest');
  const first = sents[0]!.text;
  const title = meta.title?.trim() || (first.length > 100 ? `${first.slice(0, 100).replace(/\s+\S*$/, '')}…` : first);
  const publisher = meta.publisher?.trim() || 'unknown';

  const taken = {
    actors: new Set(known.actors.map((a) => a.id)),
    events: new Set(known.events.map((e) => e.id)),
    statements: new Set(known.statements.map((s) => s.id)),
  };
  const actorName = new Map(known.actors.map((a) => [a.id, a.data.name]));
  const source = (excerpt: string) => ({ article: id, excerpt });

  // The cast (known actors named, new people, organisations, unnamed sources and documents) and
  // every quote with its speaker; one draft per distinct quote and speaker, repeats add sources.
  const cast = new Cast(known.actors, (name) => unique(slugify(name, 6), taken.actors), publisher === 'unknown' ? '' : publisher);
  const { quotes, sentenceActors } = readArticle(body, sents, cast, publisher === 'unknown' ? `“${title.slice(0, 60)}”` : `${publisher}, ${meta.published}`);
  const newActors = [...cast.members.values()].filter((m) => !m.known);
  const aliases: IngestPlan['aliases'] = cast.aliases;
  for (const a of newActors) actorName.set(a.id, a.name);
  const sceneDates = sceneDatesOf(sents, published);
  let unresolvedActor: { id: string; excerpt: string } | undefined;
  const statementDrafts = new Map<string, { id: string; quote: string; speaker: string | null; how: string; excerpts: string[]; date: ReturnType<typeof findDate> }>();
  // A quote this article already gives to an entry (an editor's reviewed one) is not drafted again.
  const covered = new Set(known.statements.filter((s) => s.data.sources.some((src) => src.article === id)).map((s) => s.data.quote.toLowerCase()));
  for (const q of quotes) {
    const key = q.quote.toLowerCase();
    if (covered.has(key)) continue;
    const existing = statementDrafts.get(key);
    if (existing) {
      if (!existing.excerpts.includes(q.excerpt)) existing.excerpts.push(q.excerpt);
      if (!existing.speaker && q.speaker) Object.assign(existing, { speaker: q.speaker, how: q.how });
      continue;
    }
    statementDrafts.set(key, { id: '', quote: q.quote, speaker: q.speaker, how: q.how, excerpts: [q.excerpt], date: findDate(q.excerpt, published) ?? sceneDates[q.sentence] ?? null });
  }
  // A sentence whose quote is a whole sentence (not a fragment in reported speech) is a remark, not an event.
  const remarks = new Set(quotes.filter((q) => /^\p{Lu}/u.test(q.quote) && q.quote.split(/\s+/).length > 3).map((q) => q.sentence));

  const files: PlannedFile[] = [];
  const plan: IngestPlan = {
    article: { id, title, publisher, published: meta.published, url: meta.url },
    statements: [],
    events: [],
    actors: [],
    aliases,
    unresolvedDates: [],
    files,
  };
  const add = (collection: PlannedFile['collection'], fileId: string, text: string) =>
    files.push({ collection, id: fileId, path: path.posix.join(collection, `${fileId}.md`), text });

  const dateFields = (found: ReturnType<typeof findDate>) => {
    if (found && found.date <= meta.published) {
      return { date: found.date, approximate: found.approximate || undefined, dateBasis: `“${found.text}” in the article of ${meta.published} (resolved at ingest; check it)` };
    }
    return { date: meta.published, approximate: true, dateBasis: `No date in the sentence: the article’s publication date (${meta.published}); check it` };
  };

  for (const s of statementDrafts.values()) {
    let speaker = s.speaker;
    if (!speaker) {
      unresolvedActor ??= { id: unique(`unresolved-speaker-${id}`, taken.actors), excerpt: s.excerpts[0]! };
      speaker = unresolvedActor.id;
    }
    s.id = unique(`${s.speaker ?? 'unattributed'}-${slugify(s.quote, 6)}`, taken.statements);
    const data: Partial<StatementData> & Record<string, unknown> = {
      quote: s.quote,
      speaker,
      via: s.speaker ? cast.members.get(s.speaker)?.via : undefined,
      ...dateFields(s.date),
      context: `Quoted in ${publisher === 'unknown' ? `“${title}”` : publisher} (speaker ${s.speaker ? `found by ${s.how}` : 'NOT FOUND'}; review)`,
      sources: s.excerpts.map(source),
      status: 'reported',
      draft: true,
    };
    add('statements', s.id, markdownFile(data));
    plan.statements.push({ id: s.id, quote: s.quote, speaker: s.speaker ? { id: s.speaker, name: actorName.get(s.speaker) ?? s.speaker } : null, date: String(data.date), how: s.how });
  }

  // Events: every sentence with a date of its own that is not a remark; one draft per happening
  // (sentences of one paragraph with the same date are one draft with several sources).
  const byScene = new Map<string, { data: Record<string, unknown>; file: number }>();
  const addEvent = (excerpt: string, found: NonNullable<ReturnType<typeof findDate>>, i: number) => {
    const sentence = sents[i]!;
    const scene = byScene.get(`${sentence.paragraph} ${found.date}`);
    if (scene) {
      (scene.data.sources as Array<ReturnType<typeof source>>).push(source(excerpt));
      scene.data.actors = [...new Set([...(scene.data.actors as string[]), ...sentenceActors[i]!])];
      files[scene.file]!.text = markdownFile(scene.data, EVENT_BODY);
      return;
    }
    const eventId = unique(`${found.date}-${slugify(excerpt, 6)}`, taken.events);
    const planned = found.date > meta.published || (found.future === true && found.date >= meta.published);
    const data: Partial<EventData> & Record<string, unknown> = {
      title: excerpt.length > 110 ? `${excerpt.slice(0, 107).replace(/\s+\S*$/, '')}…` : excerpt,
      summary: excerpt,
      date: found.date,
      approximate: found.approximate || undefined,
      dateBasis: `“${found.text}” in the article of ${meta.published} (resolved at ingest; check it)`,
      status: planned ? 'planned' : 'reported',
      actors: sentenceActors[i],
      sources: [source(excerpt)],
      draft: true,
    };
    add('events', eventId, markdownFile(data, EVENT_BODY));
    byScene.set(`${sentence.paragraph} ${found.date}`, { data, file: files.length - 1 });
    plan.events.push({ id: eventId, date: found.date, precision: found.precision, excerpt });
  };
  sents.forEach((sentence, i) => {
    const found = remarks.has(i) ? null : findDate(sentence.text, published);
    if (found) addEvent(sentence.text, found, i);
    for (const b of backgroundDates(sentence.text, published)) addEvent(b.clause, b.date, i);
    const vague = /\b(?:recently|earlier|later|soon|last|next|this)\s+(?:month|year|week|weekend|spring|summer|autumn|fall|winter)\b/i.exec(sentence.text);
    if (!found && vague && !remarks.has(i)) plan.unresolvedDates.push(`“${vague[0]}” in: ${sentence.text.slice(0, 100)}`);
  });

  for (const a of newActors.values()) {
    const roles = a.title && body.includes(a.title) ? [{ title: a.title, article: id }] : undefined;
    const data: Partial<Actor> & Record<string, unknown> = { name: a.name, aliases: a.aliases.length ? a.aliases : undefined, kind: a.kind, roles, anonymous: a.anonymous || undefined, sources: [source(a.excerpt)], draft: true };
    add('actors', a.id, markdownFile(data));
    plan.actors.push({ id: a.id, name: a.name, kind: a.kind });
  }
  if (unresolvedActor) {
    add('actors', unresolvedActor.id, markdownFile({ name: `Unresolved speaker (${title.slice(0, 60)})`, kind: 'group', sources: [source(unresolvedActor.excerpt)], draft: true }));
  }

  const article: Partial<Article> & Record<string, unknown> = {
    title,
    headline: meta.title ? undefined : false,
    publisher,
    author: meta.author,
    url: meta.url,
    published: meta.published,
    publishedBasis: 'Given when the article was ingested; check it against the source',
    draft: true,
  };
  files.unshift({ collection: 'articles', id, path: `articles/${id}.md`, text: `${markdownFile(article)}${body}\n` });
  return plan;
}

/**
 * The problems the planned drafts would cause together with the existing content (none is
 * expected: excerpts are verbatim by construction). The planned files are parsed back first.
 */
export function checkPlan(plan: IngestPlan, known: ContentSet, parse: (file: PlannedFile) => { entry?: Entry<unknown>; problems: Problem[] }): Problem[] {
  const merged: ContentSet = { articles: [...known.articles], actors: [...known.actors], events: [...known.events], statements: [...known.statements] };
  const problems: Problem[] = [];
  for (const file of plan.files) {
    const parsed = parse(file);
    problems.push(...parsed.problems);
    if (parsed.entry) (merged[file.collection] as Entry<unknown>[]).push(parsed.entry);
  }
  return problems.length ? problems : checkIntegrity(merged);
}
