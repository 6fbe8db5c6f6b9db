import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Actor, Article, EventData, StatementData } from '../schemas';
import type { Entry } from '../model/entry';
import { formatDate } from '../model/dates';
import type { Timeline } from '../model/timeline';
import { entryPath, type CollectionName } from '../registry';
import { ui } from './ui';

/** One search result as Pagefind's `addCustomRecord` takes it: a page or an anchor on one. */
export interface SearchRecord {
  /** Site path without the base path (Pagefind's `baseUrl` adds it in the browser). */
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; kind: string; date?: string; status?: string };
}

const markdown = unified().use(remarkParse);
/** The words of a Markdown narrative, without its markup. */
const plain = (body: string) => (body.trim() ? toString(markdown.parse(body) as Root) : '');
const name = (timeline: Timeline, id: string) => timeline.actor.get(id)?.data.name ?? id;
const words = (...parts: Array<string | undefined | false>) => parts.filter(Boolean).join(' ');
/** Passages that are not one run of text (a source's excerpts), set apart as a reader expects. */
const passages = (parts: string[]) => parts.join(' … ');

function eventRecord(timeline: Timeline, event: Entry<EventData>): SearchRecord {
  const { data } = event;
  return {
    url: entryPath('events' satisfies CollectionName, event.id),
    content: words(
      data.title,
      data.summary,
      plain(event.body),
      data.location,
      data.tags.map(ui.tagLabel).join(', '),
      data.actors.map((id) => name(timeline, id)).join(', '),
      // The quotes on the page are records of their own, linking to their anchors.
      ...data.sources.map((s) => s.excerpt),
    ),
    language: 'en',
    meta: {
      title: data.title,
      kind: ui.searchKinds.event,
      date: formatDate(data),
      status: ui.status[data.status].label,
    },
  };
}

function statementRecord(timeline: Timeline, statement: Entry<StatementData>): SearchRecord {
  const { data } = statement;
  const speaker = name(timeline, data.speaker);
  const quoteWords = data.quote.split(/\s+/);
  const short = quoteWords.slice(0, 14).join(' ') + (quoteWords.length > 14 ? ' …' : '');
  const page = data.event
    ? entryPath('events' satisfies CollectionName, data.event)
    : entryPath('actors' satisfies CollectionName, data.speaker);
  return {
    url: `${page}#${statement.id}`,
    content: `${data.quote} ${speaker}, ${data.context}.`,
    language: 'en',
    meta: {
      title: `${speaker}: “${short}”`,
      kind: ui.searchKinds.quote,
      date: formatDate(data),
      status: ui.status[data.status].label,
    },
  };
}

function actorRecord(actor: Entry<Actor>): SearchRecord {
  const { data } = actor;
  return {
    url: entryPath('actors' satisfies CollectionName, actor.id),
    content: words(
      `${data.name}.`,
      data.aliases.length > 0 && `${data.aliases.join(', ')}.`,
      data.roles.map((r) => r.title).join('; '),
    ),
    language: 'en',
    meta: { title: data.name, kind: ui.searchKinds.actor },
  };
}

function articleRecord(timeline: Timeline, article: Entry<Article>): SearchRecord {
  const { data } = article;
  const excerpts = [
    ...(timeline.eventsByArticle.get(article.id) ?? []).flatMap((e) =>
      [...e.data.sources, ...e.data.accounts].filter((s) => s.article === article.id).map((s) => s.excerpt),
    ),
    ...(timeline.statementsByArticle.get(article.id) ?? []).map((s) => s.data.quote),
  ];
  return {
    url: entryPath('articles' satisfies CollectionName, article.id),
    content: words(
      data.title,
      data.publisher !== 'unknown' && data.publisher,
      data.author,
      passages([...new Set(excerpts)]),
    ),
    language: 'en',
    meta: {
      title: data.title,
      kind: ui.searchKinds.source,
      date: formatDate({ date: data.published, approximate: data.publishedApproximate }),
    },
  };
}

/**
 * The search index's records, straight from the content instead of from the built pages' HTML:
 * one per event, quote, actor and source, each with the words its page shows about it and the
 * title, kind, date and status a result shows. Pagefind indexes them beside the rendering.
 */
export function searchRecords(timeline: Timeline): SearchRecord[] {
  return [
    ...timeline.events.map((e) => eventRecord(timeline, e)),
    ...timeline.statements.map((s) => statementRecord(timeline, s)),
    ...timeline.actors.map(actorRecord),
    ...timeline.articles.map((a) => articleRecord(timeline, a)),
  ];
}
