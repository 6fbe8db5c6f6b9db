import type { ActorKind } from '../schemas';
import type { ActorMatcher, Mention } from './actors';
import type { Sentence } from './segment';

/** A direct quote found in the article, with its speaker if one could be resolved. */
export interface FoundQuote {
  /** The quoted words as printed, without the quote marks and trailing , ; : */
  quote: string;
  start: number;
  end: number;
  /** The sentence (or sentences) the quote stands in: the excerpt. */
  excerpt: string;
  speaker: { id: string; kind: ActorKind } | null;
  /** How the speaker was resolved, for the reviewer. */
  how: 'attribution' | 'pronoun' | 'only person named' | 'earlier attribution' | 'organisation named' | 'unresolved';
}

const QUOTE_PAIRS = /“([^”]{2,}?)”|"([^"\n]{2,}?)"|«([^»]{2,}?)»|„([^“”]{2,}?)[“”]/g;
const SPEECH =
  /\b(?:said|says|say|stated|states|told|tells|added|adds|claimed|claiming|claims|emphasi[sz]ed|emphasi[sz]ing|stressed|noted|warned|insisted|argued|declared|wrote|according to|asked|signall?ed|explained|announced|remarked|replied|continued|vowed|urged)\b/gi;
const PRONOUN = /\b(?:he|she)\s+(?:said|says|stated|added|told|wrote|noted|continued|insisted|argued)\b|\b(?:said|added)\s+(?:he|she)\b/i;

const PREFER: Record<ActorKind, number> = { person: 0, group: 1, organisation: 1, alliance: 2, country: 3 };

/** Blanks out quoted passages so names inside a quote are not taken for its speaker. */
function mask(text: string): string {
  return text.replace(QUOTE_PAIRS, (m) => ' '.repeat(m.length));
}

function nearest(mentions: Mention[], at: { index: number; end: number }): Mention | undefined {
  const distance = (m: Mention) => (m.end <= at.index ? at.index - m.end : Math.max(0, m.index - at.end));
  return [...mentions].sort((a, b) => PREFER[a.kind] - PREFER[b.kind] || distance(a) - distance(b))[0];
}

/**
 * Finds every direct quote (curly or straight double quotes, guillemets), including quotes split
 * by their attribution and quoted fragments in reported speech, and resolves its speaker:
 * an attribution in its sentence ("X said", "according to X": the nearest person, else group or
 * organisation, else country); "he/she said" → the last person named before it; otherwise the
 * only person named in the sentence, an attribution earlier in the paragraph, or a named group
 * or organisation. Quotes whose speaker cannot be found this way are returned unresolved.
 */
export function findQuotes(text: string, sents: Sentence[], matcher: ActorMatcher): FoundQuote[] {
  const out: FoundQuote[] = [];
  let lastPerson: Mention | undefined;
  let paragraphAttribution: { paragraph: number; speaker: Mention } | undefined;
  let previous: { sentence: number; speaker: FoundQuote['speaker'] } | undefined;

  sents.forEach((sentence, si) => {
    const masked = mask(sentence.text);
    const mentions = matcher.find(masked);
    const persons = mentions.filter((m) => m.kind === 'person');
    const verbs = [...masked.matchAll(SPEECH)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
    const quotes = [...sentence.text.matchAll(QUOTE_PAIRS)];

    if (!quotes.length && verbs.length) {
      const who = nearest(mentions, verbs[0]!);
      if (who) paragraphAttribution = { paragraph: sentence.paragraph, speaker: who };
    }

    for (const q of quotes) {
      const inner = (q[1] ?? q[2] ?? q[3] ?? q[4])!;
      // Trailing , ; : belong to the sentence around the quote; so does a full stop after a fragment.
      let quote = inner.trim().replace(/[,;:]+$/, '');
      if (/^\p{Ll}/u.test(quote)) quote = quote.replace(/\.$/, '');
      // A single lower-case word with no attribution is a scare quote, not a statement.
      if (quote.split(/\s+/).length < 2 && !/^\p{Lu}/u.test(quote) && !verbs.length && !PRONOUN.test(masked)) continue;
      let speaker: Mention | undefined;
      let how: FoundQuote['how'] = 'unresolved';
      if (PRONOUN.test(masked) && lastPerson) {
        speaker = lastPerson;
        how = 'pronoun';
      } else if (verbs.length && mentions.length) {
        const verb = verbs.reduce((a, b) => (Math.abs(b.index - q.index!) < Math.abs(a.index - q.index!) ? b : a));
        speaker = nearest(mentions, verb);
        how = 'attribution';
      } else if (persons.length === 1 || new Set(persons.map((p) => p.id)).size === 1) {
        speaker = persons[0];
        how = 'only person named';
      } else if (previous && previous.sentence === si - 1 && previous.speaker && q.index === 0) {
        out.push(build(q, inner, quote, sentence, previous.speaker, 'earlier attribution'));
        continue;
      } else if (paragraphAttribution?.paragraph === sentence.paragraph) {
        speaker = paragraphAttribution.speaker;
        how = 'earlier attribution';
      } else {
        speaker = mentions.find((m) => m.kind === 'group' || m.kind === 'organisation');
        if (speaker) how = 'organisation named';
      }
      out.push(build(q, inner, quote, sentence, speaker ? { id: speaker.id, kind: speaker.kind } : null, speaker ? how : 'unresolved'));
    }
    if (quotes.length) previous = { sentence: si, speaker: out.at(-1)?.speaker ?? null };
    if (persons.length) lastPerson = persons.at(-1);
    if (sentence.paragraph !== paragraphAttribution?.paragraph && !verbs.length) paragraphAttribution = undefined;
  });
  return out;

  function build(q: RegExpMatchArray, inner: string, quote: string, sentence: Sentence, speaker: FoundQuote['speaker'], how: FoundQuote['how']): FoundQuote {
    const start = sentence.start + q.index! + 1 + inner.indexOf(quote);
    return { quote, start, end: start + quote.length, excerpt: text.slice(sentence.start, sentence.end), speaker, how };
  }
}
