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
