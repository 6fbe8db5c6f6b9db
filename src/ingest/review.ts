/**
 * What the review page (`/review/`, served by `npm run dev` only) shows, computed from the
 * content, the source proposals and nothing else: every draft of each ingested article beside
 * the article text with its excerpt highlighted, and what needs a decision. Pure.
 */
import type { EventData, SourceRef } from '../schemas';
import type { ContentSet, Entry } from '../model/entry';
import { likelyDuplicate } from './duplicates';
import { PLACEHOLDER_PATTERN } from './placeholders';
import type { Proposal } from './proposals';
import type { CollectionName } from '../registry';

/** Why an item needs a decision. */
export type FlagCode =
  | 'unresolved-speaker'
  | 'new-speaker'
  | 'inferred-speaker'
  | 'approximate-date'
  | 'inferred-date'
  | 'possible-duplicate'
  | 'proposal'
  | 'not-speech'
  | 'new-actor'
  | 'placeholder'
  | 'excerpt-not-found'
  | 'draft-article';

export interface Flag {
  code: FlagCode;
  message: string;
  /** A page of the site the decision needs (e.g. the event a draft may duplicate). */
  link?: string | undefined;
}

/** One draft (or proposal) to review. */
export interface ReviewItem {
  /** Anchor shared by the item and its highlights in the article text. */
  anchor: string;
  kind: 'article' | 'statement' | 'event' | 'actor' | 'proposal';
  id: string;
  /** The file to edit (or accept, or delete), from the project root. */
  file: string;
  label: string;
  /** Date, date basis, speaker … as the draft has them. */
  facts: Array<[string, string]>;
  flags: Flag[];
  /** True when a flag asks for a decision (not only for writing the placeholder text). */
  needsDecision: boolean;
}

/** Flags that only ask for writing text, not for a decision. */
const ROUTINE: ReadonlySet<FlagCode> = new Set(['placeholder', 'draft-article']);

/** A stretch of the article text, highlighted for the items (anchors) whose excerpt covers it. */
export interface Segment {
  text: string;
  marks: string[];
}

export interface ReviewArticle {
  id: string;
  title: string;
  file: string;
  draft: boolean;
  segments: Segment[];
  items: ReviewItem[];
}

export interface ReviewModel {
  articles: ReviewArticle[];
  /** Drafts and proposals in all, and how many of them need a decision (beyond completing placeholders). */
  total: number;
  flagged: number;
}

/** The input: the content (drafts included), the proposals and the content folder's name. */
export interface ReviewInput {
  content: ContentSet;
  proposals: Proposal[];
  contentDir?: string;
}

/**
 * Cuts `text` into segments at the edges of `ranges`; each segment lists the anchors of the
 * ranges that cover it (none for plain text).
 */
export function highlight(text: string, ranges: Array<{ start: number; end: number; anchor: string }>): Segment[] {
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const marks = ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.anchor);
    const last = segments.at(-1);
    if (last && last.marks.join() === marks.join()) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), marks: [...new Set(marks)] });
  }
  return segments;
}

const DOCUMENT_WORDS =
  /\b(?:titled|entitled|called|dubbed|so-called|named|termed|labell?ed|report|document|memo|memorandum|letter|plan|agreement|law|bill|act|resolution|headline|slogan|program(?:me)?|operation|the word|the phrase)\s*$/i;

/**
 * Why a quote may not be speech, or null: a fragment of fewer than three words (often a scare
 * quote or a term), a quote introduced as a document, title or term, or one in Title Case.
 */
export function notSpeech(quote: string, excerpt: string): string | null {
  const words = quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 3)
    return `a fragment of ${words.length} word${words.length === 1 ? '' : 's'}: may be a scare quote or a term rather than speech`;
  const at = excerpt.indexOf(quote);
  const before = at > 0 ? excerpt.slice(Math.max(0, at - 40), at).replace(/[“"«„‘'\s]+$/, '') : '';
  if (DOCUMENT_WORDS.test(before))
    return `introduced as “${before.split(/\s+/).slice(-2).join(' ')}”: may name a document or a term rather than quote speech`;
  if (
    words.length <= 8 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|on|in|to|a|an)$/.test(w)) &&
    !/[.!?,]$/.test(quote)
  ) {
    return 'written in Title Case: may be the name of a document, plan or event';
  }
  return null;
}

/** The fields of an entry that still hold draft placeholder text. */
function placeholderFlag(data: Record<string, unknown>, body: string): Flag[] {
  const fields = Object.entries(data)
    .filter(([k, v]) => k !== 'quote' && typeof v === 'string' && PLACEHOLDER_PATTERN.test(v))
    .map(([k]) => k);
  if (PLACEHOLDER_PATTERN.test(body)) fields.push('narrative');
  return fields.length
    ? [{ code: 'placeholder', message: `complete the “[TODO: …]” text in: ${fields.join(', ')}` }]
    : [];
}

/** Flags for how a draft's date is known. */
function dateFlags(data: { date: string; approximate: boolean; dateBasis: string }): Flag[] {
  const flags: Flag[] = [];
  const basis = data.dateBasis.replace(/\s*\[TODO[^\]]*\]/, '');
  if (/^No date in the sentence/.test(data.dateBasis))
    flags.push({ code: 'inferred-date', message: `date inferred: ${basis}` });
  else if (data.approximate)
    flags.push({ code: 'approximate-date', message: `approximate date ${data.date}: ${basis}` });
  return flags;
}

/** Context for one article's items. */
interface ArticleScope {
  article: string;
  content: ContentSet;
  file: (collection: string, id: string) => string;
  eventPage: (id: string) => string;
}

const cites = (article: string) => (e: Entry<{ sources: SourceRef[]; draft: boolean }>) =>
  e.data.draft && e.data.sources.some((s) => s.article === article);

function statementItems(scope: ArticleScope): ReviewItem[] {
  const actors = new Map(scope.content.actors.map((a) => [a.id, a]));
  return scope.content.statements.filter(cites(scope.article)).map((s) => {
    const flags: Flag[] = [];
    const speaker = actors.get(s.data.speaker);
    const how = /found by ([^)\]]+)\)/.exec(s.data.context)?.[1];
    if (s.data.speaker.startsWith('unresolved-speaker'))
      flags.push({
        code: 'unresolved-speaker',
        message: 'no speaker found: set `speaker` to an actor id, or delete this quote',
      });
    else if (speaker?.data.draft)
      flags.push({
        code: 'new-speaker',
        message: `newly proposed speaker “${speaker.data.name}” (${scope.file('actors' satisfies CollectionName, speaker.id)}): confirm the actor, or set another speaker`,
      });
    if (how && how !== 'attribution' && !s.data.speaker.startsWith('unresolved-speaker'))
      flags.push({
        code: 'inferred-speaker',
        message: `speaker found by ${how}, not by an attribution in the sentence: check it`,
      });
    const excerpt = s.data.sources.find((x) => x.article === scope.article)!.excerpt;
    const why = notSpeech(s.data.quote, excerpt);
    if (why) flags.push({ code: 'not-speech', message: `“${s.data.quote}” is ${why}` });
    flags.push(...dateFlags(s.data), ...placeholderFlag(s.data, ''));
    const facts: Array<[string, string]> = [
      ['speaker', speaker ? `${speaker.data.name} (${speaker.id})` : s.data.speaker],
      ['date', s.data.date],
      ['date basis', s.data.dateBasis],
    ];
    return {
      anchor: `statement-${s.id}`,
      kind: 'statement' as const,
      id: s.id,
      file: scope.file('statements' satisfies CollectionName, s.id),
      label: `“${s.data.quote}”`,
      facts,
      flags,
      needsDecision: false,
    };
  });
}

function eventItems(scope: ArticleScope): ReviewItem[] {
  const published = scope.content.events.filter((e) => !e.data.draft);
  return scope.content.events.filter(cites(scope.article)).map((e) => {
    const flags: Flag[] = [...dateFlags(e.data)];
    const match = likelyDuplicate(
      {
        text: [e.data.summary, ...e.data.sources.map((s) => s.excerpt)].join(' '),
        date: e.data.date,
        endDate: e.data.endDate,
        approximate: e.data.approximate,
        actors: e.data.actors,
      },
      published.filter((p) => p.id !== e.id),
    );
    if (match)
      flags.push({
        code: 'possible-duplicate',
        message: `possible duplicate of “${match.event.data.title}” (${match.why}): merge its source into that event and delete this draft`,
        link: scope.eventPage(match.event.id),
      });
    flags.push(...placeholderFlag(e.data, e.body));
    const facts: Array<[string, string]> = [
      ['date', `${e.data.approximate ? 'c. ' : ''}${e.data.date}${e.data.endDate ? `–${e.data.endDate}` : ''}`],
      ['date basis', e.data.dateBasis],
      ['status', e.data.status],
      ['actors' satisfies CollectionName, e.data.actors.join(', ') || '(none)'],
    ];
    return {
      anchor: `event-${e.id}`,
      kind: 'event' as const,
      id: e.id,
      file: scope.file('events' satisfies CollectionName, e.id),
      label: e.data.summary,
      facts,
      flags,
      needsDecision: false,
    };
  });
}

function actorItems(scope: ArticleScope): ReviewItem[] {
  return scope.content.actors.filter(cites(scope.article)).map((a) => {
    const unresolved = a.id.startsWith('unresolved-speaker');
    const flags: Flag[] = [
      unresolved
        ? {
            code: 'unresolved-speaker',
            message: 'placeholder for quotes without a speaker: give each quote its speaker, then delete this file',
          }
        : {
            code: 'new-actor',
            message: `new ${a.data.kind} “${a.data.name}”: check the name and kind, add the spellings other articles use to aliases, or delete it if it is no actor`,
          },
      ...placeholderFlag(a.data, ''),
    ];
    return {
      anchor: `actor-${a.id}`,
      kind: 'actor' as const,
      id: a.id,
      file: scope.file('actors' satisfies CollectionName, a.id),
      label: a.data.name,
      facts: [['kind', a.data.kind]] as Array<[string, string]>,
      flags,
      needsDecision: false,
    };
  });
}

function proposalItems(scope: ArticleScope, proposals: Proposal[], contentDir: string): ReviewItem[] {
  const events = new Map(scope.content.events.map((e) => [e.id, e]));
  return proposals
    .filter((p) => p.data.article === scope.article)
    .map((p) => {
      const event: Entry<EventData> | undefined = events.get(p.data.event);
      const file = `${contentDir}/${p.path}`;
      const flags: Flag[] = [
        {
          code: 'proposal',
          message: `proposed source for the existing event “${event?.data.title ?? p.data.event}” (${p.data.why}). Accept: \`npm run ingest -- --accept ${file}\`; reject: delete ${file}`,
          link: scope.eventPage(p.data.event),
        },
        ...p.data.alsoPossible.map((other) => ({
          code: 'possible-duplicate' as const,
          message: `it may report “${events.get(other)?.data.title ?? other}” instead: then add the source there by hand and delete the proposal`,
          link: scope.eventPage(other),
        })),
      ];
      return {
        anchor: `proposal-${p.id}`,
        kind: 'proposal' as const,
        id: p.id,
        file,
        label: p.data.excerpt,
        facts: [
          ['event', p.data.event],
          ['date read', p.data.date],
        ] as Array<[string, string]>,
        flags,
        needsDecision: false,
      };
    });
}

/** Where each item's excerpts stand in the article text. */
function ranges(article: Entry<{ draft: boolean }>, items: ReviewItem[], excerpts: Map<string, string[]>) {
  const out: Array<{ start: number; end: number; anchor: string }> = [];
  for (const item of items) {
    for (const excerpt of excerpts.get(item.anchor) ?? []) {
      const start = article.body.indexOf(excerpt);
      if (start >= 0) out.push({ start, end: start + excerpt.length, anchor: item.anchor });
      else item.flags.push({ code: 'excerpt-not-found', message: 'the excerpt is not verbatim in the article text' });
    }
  }
  return out;
}

/** The excerpts of this article each item cites (by anchor). */
function excerptsOf(scope: ArticleScope, proposals: Proposal[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const take = (anchor: string, sources: SourceRef[]) =>
    map.set(
      anchor,
      sources.filter((s) => s.article === scope.article).map((s) => s.excerpt),
    );
  for (const s of scope.content.statements) take(`statement-${s.id}`, s.data.sources);
  for (const e of scope.content.events) take(`event-${e.id}`, e.data.sources);
  for (const a of scope.content.actors) take(`actor-${a.id}`, a.data.sources);
  for (const p of proposals) map.set(`proposal-${p.id}`, [p.data.excerpt]);
  return map;
}

/**
 * The review page's model: each article that is a draft, is cited by a draft or has a source
 * proposal, with its text cut into highlighted segments and its items (article, statements,
 * events, proposals, actors) and their flags. `base` prefixes links to event pages.
 */
export function reviewModel(input: ReviewInput, base = '/'): ReviewModel {
  const dir = (input.contentDir ?? 'content').replace(/\/+$/, '');
  const file = (collection: string, id: string) => `${dir}/${collection}/${id}.md`;
  const eventPage = (id: string) => `${base.replace(/\/?$/, '/')}events/${id}/`;
  const articles: ReviewArticle[] = [];
  for (const article of input.content.articles) {
    const scope: ArticleScope = { article: article.id, content: input.content, file, eventPage };
    const items = [
      ...statementItems(scope),
      ...eventItems(scope),
      ...proposalItems(scope, input.proposals, dir),
      ...actorItems(scope),
    ];
    if (!article.data.draft && items.length === 0) continue;
    if (article.data.draft) {
      const flags: Flag[] = [
        {
          code: 'draft-article',
          message:
            'check the title, publisher and date; publish it (remove `draft: true`) before or with the first entry that cites it',
        },
        ...placeholderFlag(article.data, ''),
      ];
      items.unshift({
        anchor: `article-${article.id}`,
        kind: 'article',
        id: article.id,
        file: file('articles' satisfies CollectionName, article.id),
        label: article.data.title,
        facts: [
          ['publisher', article.data.publisher],
          ['published', article.data.published],
          ['basis', article.data.publishedBasis],
        ],
        flags,
        needsDecision: false,
      });
    }
    const segments = highlight(article.body, ranges(article, items, excerptsOf(scope, input.proposals)));
    articles.push({
      id: article.id,
      title: article.data.title,
      file: file('articles' satisfies CollectionName, article.id),
      draft: article.data.draft,
      segments,
      items,
    });
  }
  const all = articles.flatMap((a) => a.items);
  for (const item of all) item.needsDecision = item.flags.some((f) => !ROUTINE.has(f.code));
  return { articles, total: all.length, flagged: all.filter((i) => i.needsDecision).length };
}
