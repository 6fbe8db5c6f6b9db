import { Cast, readArticle } from '../src/ingest/attribution';
import { planIngest } from '../src/ingest/plan';
import { sentences } from '../src/ingest/segment';
import type { ContentSet } from '../src/model/entry';

/** A known actor of the registry a test reads against. */
export type KnownActor = ConstructorParameters<typeof Cast>[0][number];

/**
 * Reads `text` as the ingest does, with a registry of `known` actors (none by default) and an
 * article by `publisher`; returns the quotes, the cast, the speaker given to a quote (found by its
 * first words) and each quote's speaker name.
 */
export function readQuotes(text: string, options: { publisher: string; known?: KnownActor[] }) {
  const id = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const cast = new Cast(options.known ?? [], id, options.publisher);
  const { quotes } = readArticle(text, sentences(text), cast, 'test');
  const speaker = (quote: string) => {
    const q = quotes.find((x) => x.quote.startsWith(quote));
    return q?.speaker ? cast.members.get(q.speaker) : undefined;
  };
  const who = Object.fromEntries(
    quotes.map((q) => [q.quote, q.speaker ? (cast.members.get(q.speaker)?.name ?? null) : null]),
  );
  return { quotes, cast, speaker, who, members: [...cast.members.values()] };
}

/** No content at all: the registry of a test whose ingest knows nobody. */
export const NO_CONTENT: ContentSet = { articles: [], actors: [], events: [], statements: [] };

/** The ingest's plan of an article by the Quillon Ledger of Thursday 2026-05-14 with `body`, against no content. */
export const planArticle = (body: string) =>
  planIngest({
    id: 'test-article',
    meta: { title: 'Test', publisher: 'Quillon Ledger', published: '2026-05-14' },
    body,
    known: NO_CONTENT,
  });

/** {@link readQuotes} of an article by the Quillon Ledger, against a registry that knows nobody. */
export const readLedger = (text: string) => readQuotes(text, { publisher: 'Quillon Ledger' });

/** The drafts of one collection in the plan of `body` ({@link planArticle}). */
const drafts = (body: string, collection: 'events' | 'statements') =>
  planArticle(body).files.filter((f) => f.collection === collection);

/** The event drafts of the plan of `body` ({@link planArticle}) as [date, status]. */
export const planEvents = (body: string) =>
  drafts(body, 'events').map((f) => [/^date: '?([\d-]+)/m.exec(f.text)?.[1], /^status: '?(\w+)/m.exec(f.text)?.[1]]);

/** The statement drafts of the plan of `body` ({@link planArticle}) as [quote, date]. */
export const planQuoteDates = (body: string) =>
  drafts(body, 'statements').map((f) => [
    /^quote: '?(.*?)'?$/m.exec(f.text)?.[1],
    /^date: '?([\d-]+)/m.exec(f.text)?.[1],
  ]);

/** The event drafts of the plan of `body` ({@link planArticle}) as [excerpt, date], one per source excerpt. */
export const planEventSources = (body: string) =>
  drafts(body, 'events').flatMap((f) => {
    const date = /^date: '?([\d-]+)/m.exec(f.text)?.[1];
    return [...f.text.matchAll(/^\s*excerpt: '?(.*?)'?$/gm)].map((m) => [m[1], date]);
  });

/** The date of the statement draft whose quote starts with `quote` in the plan of `body` ({@link planQuoteDates}). */
export const planQuoteDateOf = (body: string, quote: string) =>
  planQuoteDates(body).find(([q]) => q?.startsWith(quote))?.[1];

/**
 * The name, kind, anonymity and relaying outlet of the speaker given to the quote that starts with
 * `quote`, read by `read` (by default {@link readLedger}).
 */
export const speakerOf = (text: string, quote: string, read = readLedger) => {
  const s = read(text).speaker(quote);
  return s && { name: s.name, kind: s.kind, anonymous: s.anonymous ?? false, via: s.via };
};
