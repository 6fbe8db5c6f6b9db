import type { Actor, Article, EventData, SourceRef, StatementData } from '../schemas';
import { ID_PATTERN } from '../schemas/common';
import { periodStart, precisionOf } from './dates';
import { includesNormalized, normalizeForMatch } from './text';
import { checkPlaceholders } from '../ingest/placeholders';

/** One content entry: its id (the file name), the file it came from, its data and body. */
export interface Entry<T> {
  id: string;
  /** Path of the source file, relative to the project root where possible. */
  filePath: string;
  data: T;
  /** The Markdown body (for articles: the article text, verbatim). */
  body: string;
}

/** All four collections, as loaded by Astro or by the file loader. */
export interface ContentSet {
  articles: Entry<Article>[];
  actors: Entry<Actor>[];
  events: Entry<EventData>[];
  statements: Entry<StatementData>[];
}

/** What is wrong, and where: the file, the field (a dotted path such as `sources[0].excerpt`), why. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Formats problems one per line as `file: field: message`, the form every error message takes. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/** Thrown when content breaks an integrity rule; its message lists every problem. */
export class ContentIntegrityError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `Content integrity check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        formatProblems(problems),
    );
    this.name = 'ContentIntegrityError';
  }
}

/** The content without entries marked `draft: true`, as production builds publish it. */
export function withoutDrafts(content: ContentSet): ContentSet {
  const keep = <T extends { draft: boolean }>(entries: Entry<T>[]) => entries.filter((e) => !e.data.draft);
  return { articles: keep(content.articles), actors: keep(content.actors), events: keep(content.events), statements: keep(content.statements) };
}

/** The last day (`YYYY-MM-DD`) of the period a date string names. */
function periodEnd(value: string): string {
  const precision = precisionOf(value);
  if (precision === 'year') return `${value}-12-31`;
  if (precision === 'month') {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  return value;
}

/**
 * Checks the rules that span files, beyond each file's schema:
 * ids are valid and unique per collection; every reference resolves; every excerpt occurs in
 * its article; every quote occurs in at least one of its sources' articles; every role title
 * occurs in the article that gives it; nothing is dated after an article that reports it
 * (unless planned); end dates do not precede start dates.
 * Returns every problem found (empty when the content is sound).
 */
export function checkIntegrity(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const index = <T>(name: string, entries: Entry<T>[]) => {
    const byId = new Map<string, Entry<T>>();
    for (const entry of entries) {
      if (!ID_PATTERN.test(entry.id)) {
        add(entry.filePath, 'id', `the file name "${entry.id}" is not a valid id (lower-case letters, digits and single hyphens)`);
      }
      const twin = byId.get(entry.id);
      if (twin) {
        add(entry.filePath, 'id', `duplicate ${name} id "${entry.id}" (also ${twin.filePath})`);
      } else {
        byId.set(entry.id, entry);
      }
    }
    return byId;
  };
  const articles = index('article', content.articles);
  const actors = index('actor', content.actors);
  const events = index('event', content.events);
  const statements = index('statement', content.statements);

  const ref = <T>(file: string, field: string, id: string | undefined, target: Map<string, T>, kind: string): T | undefined => {
    if (id === undefined) return undefined;
    const found = target.get(id);
    if (!found) add(file, field, `unknown ${kind} "${id}" (no such file in content/${kind}s/)`);
    return found;
  };

  // Each article's text, normalised once.
  const normalized = new Map<string, string>();
  const textOf = (article: Entry<Article>) => {
    let text = normalized.get(article.id);
    if (text === undefined) normalized.set(article.id, (text = normalizeForMatch(article.body)));
    return text;
  };
  const occursIn = (article: Entry<Article>, needle: string) => includesNormalized(textOf(article), needle);

  const checkSources = (entry: Entry<{ sources: SourceRef[] }>) => {
    entry.data.sources.forEach((source, i) => {
      const article = ref(entry.filePath, `sources[${i}].article`, source.article, articles, 'article');
      if (article && !occursIn(article, source.excerpt)) {
        add(entry.filePath, `sources[${i}].excerpt`, `excerpt not found in the text of article "${source.article}": "${truncate(source.excerpt)}"`);
      }
    });
  };

  const checkDates = (entry: Entry<{ date: string; endDate?: string | undefined; status: string; sources: SourceRef[] }>) => {
    const { date, endDate, status } = entry.data;
    if (endDate && periodEnd(endDate) < periodStart(date)) {
      add(entry.filePath, 'endDate', `end date ${endDate} is before the date ${date}`);
    }
    if (status === 'planned') return;
    for (const source of entry.data.sources) {
      const article = articles.get(source.article);
      if (!article) continue;
      const published = periodEnd(article.data.published);
      for (const [field, value] of [['date', date], ['endDate', endDate]] as const) {
        if (value && periodStart(value) > published) {
          add(
            entry.filePath,
            field,
            `${value} is after ${article.data.published}, when article "${source.article}" that reports it was published; only a planned item may be dated later`,
          );
        }
      }
    }
  };

  for (const actor of content.actors) {
    actor.data.roles.forEach((role, i) => {
      const article = ref(actor.filePath, `roles[${i}].article`, role.article, articles, 'article');
      if (article && !textOf(article).toLowerCase().includes(normalizeForMatch(role.title).toLowerCase())) {
        add(actor.filePath, `roles[${i}].title`, `role "${role.title}" not found in the text of article "${role.article}"`);
      }
    });
    checkSources(actor);
  }

  for (const event of content.events) {
    event.data.actors.forEach((id, i) => ref(event.filePath, `actors[${i}]`, id, actors, 'actor'));
    event.data.related.forEach((id, i) => {
      ref(event.filePath, `related[${i}]`, id, events, 'event');
      if (id === event.id) add(event.filePath, `related[${i}]`, 'an event cannot be related to itself');
    });
    event.data.disputedBy.forEach((id, i) => ref(event.filePath, `disputedBy[${i}]`, id, statements, 'statement'));
    checkSources(event);
    checkDates(event);
  }

  for (const statement of content.statements) {
    const { data, filePath } = statement;
    ref(filePath, 'speaker', data.speaker, actors, 'actor');
    ref(filePath, 'event', data.event, events, 'event');
    data.disputedBy.forEach((id, i) => {
      ref(filePath, `disputedBy[${i}]`, id, statements, 'statement');
      if (id === statement.id) add(filePath, `disputedBy[${i}]`, 'a statement cannot dispute itself');
    });
    checkSources(statement);
    const cited = data.sources.map((s) => articles.get(s.article)).filter((a): a is Entry<Article> => a !== undefined);
    if (cited.length === data.sources.length && !cited.some((a) => occursIn(a, data.quote))) {
      add(filePath, 'quote', `quote not found in the text of any of its sources (${data.sources.map((s) => s.article).join(', ')}): "${truncate(data.quote)}"`);
    }
    checkDates(statement);
  }

  problems.push(...checkPlaceholders(content));
  return problems;
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
