/**
 * The English reading the ingest relies on, from compromise (its lexicon and tagger ship in
 * its npm package): people's names, organisations, and the tense and modality of a clause.
 */
import nlp from 'compromise';

/** A span of a text with its offsets. */
export interface TextSpan {
  text: string;
  index: number;
  end: number;
}

/** A person's name found in a text: the name itself, and what stood before it. */
export interface PersonSpan extends TextSpan {
  /** "Sir", "Dr", … when the text gives one. */
  honorific?: string | undefined;
  /** A title written just before the name ("Veldorian President", "foreign minister"). */
  title?: string | undefined;
  /** The name as written, with its honorific ("Sir Edmund Calloway"). */
  written: string;
}

export const HONORIFIC = /^(?:Sir|Dame|Lord|Lady|Dr|Dr\.|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Prof|Prof\.|Professor|Rev|Rev\.)$/;
/** Words of a role title ("President", "foreign minister", "special envoy", "spokesman"). */
export const TITLE_WORD =
  /^(?:president|vice|prime|minister|secretary|general|director|deputy|chief|head|envoy|special|ambassador|chancellor|king|queen|prince|crown|senator|governor|commissioner|spokesperson|spokesman|spokeswoman|adviser|advisor|foreign|defen[cs]e|interior|agriculture|finance|trade|state|national|security|navy|naval|army|admiral|commander|mayor|leader|chairman|chairwoman|chair|speaker|historian|analyst|negotiator|officer|official|attorney|justice|colonel|gen\.|lt\.|col\.|sen\.|rep\.|gov\.|u\.s\.|uk|eu|un|nato)$/i;
/** Words that end a name of an organisation. */
export const ORG_WORD =
  /^(?:Department|Ministry|Agency|Council|Union|Organization|Organisation|Committee|Commission|Bank|Fund|Institute|Party|Army|Navy|Forces|News|Times|Post|Press|Wire|Administration|Parliament|Congress|Senate|University|Authority|Alliance|Accord|Group|Association|Office|Service)$/;
/** A nationality adjective before a title ("Tarvian", "Japanese", "Danish", "Saudi"). */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i)$/u;
const NOT_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|This|That|It|He|She|They|We|I|But|And|In|On|At|For|With|As|After|Before|If|When)$/;

const trimSpan = (text: string, index: number): TextSpan => {
  const lead = text.length - text.trimStart().length;
  const inner = text.trim().replace(/[’']s$/, '').replace(/[^\p{L}\p{N}.]+$/u, '').replace(/(?<!\b\p{Lu})\.$/u, '');
  return { text: inner, index: index + lead, end: index + lead + inner.length };
};

/** Spans compromise tags in `text` for a match expression, with exact offsets. */
function spansOf(doc: { json: (options: object) => unknown }, text: string): TextSpan[] {
  return (doc.json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>)
    .map((m) => trimSpan(text.slice(m.offset.start, m.offset.start + m.offset.length), m.offset.start))
    .filter((s) => s.text.length > 1);
}

/**
 * Splits a run of capitalised words into title, honorific and name: "Veldorian President Anton
 * Markovic" → title "Veldorian President", name "Anton Markovic"; "Sir Edmund Calloway" →
 * honorific "Sir", name "Edmund Calloway".
 */
export function splitName(span: TextSpan, text: string): PersonSpan | null {
  const words = [...span.text.matchAll(/\S+/g)];
  let i = 0;
  let honorific: string | undefined;
  while (i < words.length - 1 && (TITLE_WORD.test(words[i]![0]) || HONORIFIC.test(words[i]![0]) || /(?:ian|ese|ish|i)$/.test(words[i]![0]) && TITLE_WORD.test(words[i + 1]![0]))) {
    if (HONORIFIC.test(words[i]![0])) honorific = words[i]![0];
    i++;
  }
  const rest = words.slice(i).filter((w) => !NOT_NAME.test(w[0]));
  if (!rest.length || rest.some((w) => ORG_WORD.test(w[0]) || /^\p{Ll}/u.test(w[0]) && !/^(?:bin|de|van|von|al|da|del|der|le)$/.test(w[0]))) return null;
  const index = span.index + rest[0]!.index!;
  const end = span.index + rest.at(-1)!.index! + rest.at(-1)![0].length;
  const head = text.slice(span.index, index);
  // A lower-case title just before the run ("foreign minister Dara Oyelaran").
  const before = /((?:\b\p{L}[\p{L}’'.-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, span.index - 40), span.index))?.[1] ?? '';
  const lower = before.trim().split(/\s+/).reverse();
  let n = 0;
  while (n < lower.length && (TITLE_WORD.test(lower[n]!) || (n === lower.length - 1 || !TITLE_WORD.test(lower[n + 1] ?? '')) && DEMONYM.test(lower[n]!) && (n > 0 || /^\p{Lu}/u.test(head)))) n++;
  const title = [lower.slice(0, n).reverse().join(' '), head.replace(/\b(?:Sir|Dame|Lord|Lady|Dr\.?|Mrs?\.?|Ms\.?|Prof\.?|Professor|Rev\.?)\s*$/u, '')].join(' ').trim() || undefined;
  return { text: text.slice(index, end), index, end, honorific, title, written: text.slice(honorific ? span.index + words[i - 1]!.index! : index, end) };
}

/** One parse per text: people and organisations of a sentence are read from the same document. */
const parsed = new Map<string, ReturnType<typeof nlp>>();
function parse(text: string): ReturnType<typeof nlp> {
  if (!parsed.has(text)) {
    if (parsed.size > 500) parsed.clear();
    parsed.set(text, nlp(text));
  }
  return parsed.get(text)!;
}

/** People named in `text` according to compromise, as name spans (titles and honorifics split off). */
export function people(text: string): PersonSpan[] {
  const doc = parse(text);
  const out: PersonSpan[] = [];
  for (const s of spansOf(doc.people(), text)) {
    const p = splitName(s, text);
    if (p && !out.some((o) => o.index < p.end && p.index < o.end)) out.push(p);
  }
  return out;
}

/** Runs of capitalised words (names of people, places or organisations not in compromise's lexicon). */
export function properRuns(text: string): TextSpan[] {
  const re = /\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:bin|de|van|von|al|of|the|for)\s+)?\p{Lu}[\p{L}’'.-]*)*/gu;
  return [...text.matchAll(re)].map((m) => trimSpan(m[0], m.index));
}

/** Organisations compromise recognises in `text`. */
export function organisations(text: string): TextSpan[] {
  return spansOf(parse(text).organizations(), text);
}

/**
 * True when the clause speaks of what is to come: "will meet", "is due to visit", "is expected
 * to", "plans to", "is scheduled for", "is to travel".
 */
export function isFuture(clause: string): boolean {
  const doc = nlp(clause);
  return (
    doc.has('(will|shall) #Adverb? #Verb') ||
    doc.has('#Copula #Adverb? (due|expected|scheduled|set|slated|poised|going|planned) (to|for)') ||
    doc.has('(plan|plans|planned|intend|intends|aim|aims|hope|hopes) to #Verb') ||
    doc.has('#Copula to #Verb') ||
    /\b(?:will|is due to|are due to|is set to|is expected to|are expected to|is scheduled|are scheduled|plans? to)\b/i.test(clause)
  );
}
