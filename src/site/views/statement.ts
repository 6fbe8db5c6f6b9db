import type { StatementData } from '../../schemas';
import type { Entry } from '../../model/entry';
import { lookup, type Timeline } from '../../model/timeline';
import { actorLink, articleLink, sourceLinks, statementLink, type Link } from './refs';

/** What a quote shows: the words, who said them, where, when, and who disputes them. */
export interface StatementView {
  id: string;
  data: StatementData;
  speaker: Link;
  /** The articles that report it, each once. */
  sources: Link[];
  /** The passage of each source that the quote is taken from (verbatim), with its article. */
  passages: Array<{ excerpt: string; source: Link }>;
  /** The statements that dispute it, named by their speakers. */
  disputes: Link[];
  /** The quote's own link (an anchor on its event's or speaker's page). */
  href: string;
  /** The same remark in other sources' wording ("also reported as …"). */
  alsoReportedAs: Array<{ wording: string; source: Link }>;
  /** Former ids of statements merged into this one, kept as anchors. */
  formerIds: string[];
}

/** The view of one statement. */
export function statementView(timeline: Timeline, statement: Entry<StatementData>): StatementView {
  const { data } = statement;
  return {
    id: statement.id,
    data,
    speaker: actorLink(timeline, data.speaker),
    sources: sourceLinks(timeline, data.sources),
    passages: data.sources.map((s) => ({ excerpt: s.excerpt, source: articleLink(timeline, s.article) })),
    disputes: data.disputedBy.map((id) => statementLink(timeline, lookup(timeline.statement, id, 'statement'))),
    href: statementLink(timeline, statement).href,
    alsoReportedAs: data.reports.map((r) => ({ wording: r.wording, source: articleLink(timeline, r.article) })),
    formerIds: data.aliases,
  };
}
