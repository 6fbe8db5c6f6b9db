/**
 * Common noun phrases as speakers: "the engineer said", "critics in parliament have called it",
 * "two people familiar with the talks said", "the lease says", "…, said a senior official". The
 * phrase is read from compromise's tags of its sentence, not from lists of source or document
 * nouns: whatever noun phrase is the subject of a speech verb speaks, and what kind of speaker
 * it is (a person, a group, an organisation or a document) follows from its head noun and verb.
 */
import { hasAgentEnding, isPersonNoun, ORG_WORD, termsOf, wordTags, type Term } from './nlp';

/** A common noun phrase in a sentence, with its head noun. */
export interface NounPhrase {
  /** The phrase as written, e.g. "Two people familiar with the talks". */
  text: string;
  index: number;
  end: number;
  /** Its head noun in lower case: "people", "engineer", "lease". */
  head: string;
  /** Its determiner in lower case ("the", "a", "two", "his"), or "" when it has none. */
  determiner: string;
  plural: boolean;
  /** Words before the head (modifiers), in lower case. */
  modifiers: string[];
}

/** What a noun phrase that speaks is. */
export type PhraseKind = 'person' | 'group' | 'organisation' | 'document';

/** Where a clause begins: punctuation (not the full stop of an abbreviation: "Gov.", "Dr."), a blanked quotation, or a conjunction or relative word. */
const BOUNDARY =
  /[,;:!?()—–]|(?<!\b\p{Lu}\p{Ll}{0,3})\.|\s{2,}|\b(?:that|and|but|while|because|as|after|when|who|whom|which|where|if|though|although)\b/giu;
/** Verbs only people use to speak: a subject of these is never a document. */
const PERSON_VERB =
  /^(?:told|tells|tell|added|adds|insist|insisted|insists|argued|argues|urged|urges|asked|asks|replied|replies|vowed|vows|explained|explains|claimed|claims|declared|declares|admitted|admits|conceded|concedes|recalled|recalls|complained|complains|pledged|promised|wrote|writes|saying|adding|insisting|arguing)$/i;
/** Verbs a text speaks with ("the audit found"): a subject of these that is no person is a document. */
const DOCUMENT_VERB =
  /^(?:reads|read|stipulates|stipulate|stipulated|provides|provide|provided|specifies|specify|specified|states|state|stated|found|finds|concluded|concludes)$/i;
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their|our|my|your)$/i;
/** Heads of written texts: a phrase with one of these as its head is a document, whatever verb it speaks with ("X's appeal brief argued"). */
const WRITTEN_TEXT =
  /^(?:brief|filing|letter|memo|memorandum|statement|opinion|dissent|ruling|judgment|submission|notice|page|post|report|bulletin|affidavit|petition|complaint|motion|order|directive|decision)$/;

/**
 * "A report to councillors said", "a briefing note for members said", "the letter to residents says": a text
 * addressed to people, whose phrase ends on the people it was for, is the text speaking, a document (issue 12ao).
 */
const TEXT_ADDRESSED =
  /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:report|letter|memo|memorandum|note|notice|submission|paper)\s+(?:to|for)\s+(?:the\s+|its\s+|their\s+)?[\p{Ll}-]+$/u;

/** Bodies that govern, judge or enforce, named by a common noun: "the government said", "the court ruled", "police said". */
const GOVERNING_BODY =
  /^(?:government|cabinet|court|police|military|regime|coalition|presidency|judiciary|legislature)$/;

/**
 * A noun that describes a person by age or family ("34-year-old", "dad-of-three",
 * "grandmother-of-five"), as news writes it of someone it has named.
 */
export const PERSON_EPITHET =
  /^(?:\d+-year-olds?|(?:mum|mom|mother|dad|father|grandmother|grandfather|granny|grandma|grandad|grandpa|nan)s?-of-(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))$/iu;
/** Written texts in the plural, which speak together as one document ("court documents", "the minutes"). */
const WRITTEN_TEXTS = /^(?:documents|records|filings|papers|minutes|transcripts)$/;

/** A participle of publishing with its time or place after the head noun of a text ("review published last week", "papers filed in the High Court"). */
const PUBLISHED_AFTER_TEXT =
  /(?<=\b(?:report|review|study|audit|survey|inquiry|assessment|note|paper|papers|documents|filing|filings|ruling|judgment|decision|letter|memo|notice|analysis))\s+(?:published|released|issued|filed|lodged|submitted|seen|obtained|dated|commissioned|leaked)\b[^,;:"“”]{0,60}$/u;

/**
 * Words compromise reads as verbs right after a number or determiner ("two judges wrote") are
 * nouns when its lexicon has them as nouns ("the judges"); a role it reads as an adjective with
 * no noun after it ("an official at …") is a noun, and so is a first word it reads as a verb that
 * its lexicon has as a noun only ("court documents", "People close to …").
 */
function asNouns(terms: Term[]): Term[] {
  return terms.map((t, i) => {
    const prev = terms[i - 1];
    // "An official at the federation told": a role compromise reads as an adjective, with no noun after it, is the noun.
    const next = terms[i + 1];
    if (
      t.tags.has('Adjective') &&
      isPersonNoun(t.text, false) &&
      !next?.tags.has('Noun') &&
      !next?.tags.has('Adjective')
    )
      return { ...t, tags: new Set([...t.tags, 'Noun']) };
    // "according to court documents", "People close to the talks said": a first word read as a verb that the
    // lexicon has as a noun only is a noun.
    // So is a word read as a verb before a noun ("A Kessel police spokesman said").
    const nounOnly = t.tags.has('Verb') && wordTags(t.text).has('Noun') && !wordTags(t.text).has('Verb');
    if (nounOnly && (i === 0 || next?.tags.has('Noun'))) return { ...t, tags: wordTags(t.text) };
    if (!prev || !t.tags.has('Verb') || !(prev.tags.has('Value') || prev.tags.has('Determiner'))) return t;
    const tags = wordTags(t.text);
    return tags.has('Noun') ? { ...t, tags } : t;
  });
}

/**
 * The noun phrase in `text[start, end)` when it is one: determiners, numbers, adjectives and
 * nouns up to a head noun, then optionally a modifier that opens with a preposition, an
 * adjective or a participle ("in parliament", "familiar with the talks", "briefed on the plan").
 * Null when the span holds a finite verb before its head, or no common noun as head.
 */
function nounPhrase(terms: Term[], text: string, start: number, end: number): NounPhrase | null {
  const inside = asNouns(terms.filter((t) => t.start >= start && t.end <= end));
  if (!inside.length || inside.length > 12) return null;
  // "one of the managers", "some of the crew": the people are those of the partitive's noun phrase.
  if (
    inside.length > 2 &&
    (inside[0]!.tags.has('Value') || inside[0]!.tags.has('Determiner')) &&
    /^of$/i.test(inside[1]!.text)
  )
    return nounPhrase(terms, text, inside[2]!.start, end);
  const prep = inside.findIndex((t, i) => i > 0 && t.tags.has('Preposition'));
  const chunk = prep < 0 ? [...inside] : inside.slice(0, prep);
  // "two people close (to)", "officials briefed (on)": trailing words that qualify the head.
  const qualifies = (t: Term) =>
    !t.tags.has('Noun') &&
    (t.tags.has('Adjective') || t.tags.has('Adverb') || t.tags.has('PastTense')) &&
    !isPersonNoun(t.text, false);
  while (chunk.length > 1 && qualifies(chunk.at(-1)!)) chunk.pop();
  const head = chunk.at(-1)!;
  // "according to the minutes": a text's minutes are no length of time.
  const date = head.tags.has('Date') && !WRITTEN_TEXTS.test(head.text.toLowerCase());
  if (!head.tags.has('Noun') || head.tags.has('Pronoun') || head.tags.has('Possessive') || date) return null;
  const pre = chunk.slice(0, -1);
  // (A verb that is part of a hyphenated compound modifies the head: "One governing-party deputy", "a cost-cutting plan".)
  const verbal = (t: Term) =>
    t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Noun') && !t.tags.has('Hyphenated');
  if (pre.some(verbal)) return null;
  // "at one of the league's betting partners": a possessive before a gerund is no "is" (compromise reads
  // one, a term with no letters of its own).
  const finite = (t: Term) =>
    /\p{L}/u.test(t.text) &&
    !/\p{L}[’']s$/u.test(t.text) &&
    (t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('PresentTense'));
  if (inside.slice(chunk.length).some(finite)) return null;
  // A name ("Marta Lind") is an entity, not a description; a demonym ("a Veldorian official") is not a name,
  // nor are words in lower case compromise reads as a title ("a first officer").
  const name = (t: Term) => /^\p{Lu}/u.test(t.text);
  if ([...pre, head].some((t) => t.tags.has('Person') && name(t))) return null;
  if (head.tags.has('ProperNoun') && name(head) && head !== inside[0]) return null;
  const first = inside[0]!;
  const determiner =
    first.tags.has('Determiner') || first.tags.has('Value') || POSSESSIVE_PRONOUN.test(first.text)
      ? first.text.toLowerCase()
      : '';
  const words = pre.slice(determiner ? 1 : 0).map((t) => t.text.toLowerCase());
  const phraseEnd = inside.at(-1)!.end;
  return {
    text: text.slice(first.start, phraseEnd),
    index: first.start,
    end: phraseEnd,
    head: head.text.toLowerCase(),
    determiner,
    plural: head.tags.has('Plural'),
    modifiers: words,
  };
}

/**
 * The common noun phrase that is the subject of the verb at `verbIndex`: the words between the
 * last clause boundary and the verb, auxiliaries and adverbs left out ("Critics in parliament
 * have called" → "Critics in parliament").
 */
export function phraseBefore(masked: string, verbIndex: number): NounPhrase | null {
  let terms = termsOf(masked);
  // "The bureau itself warned": an emphatic reflexive after the subject is no part of it.
  let before = masked.slice(0, verbIndex).replace(/\s+(?:itself|themselves|himself|herself)\s*$/u, ' ');
  // Auxiliaries and adverbs between the subject and its verb: "critics have repeatedly called".
  for (
    let t = terms.findLast((x) => x.end <= before.trimEnd().length);
    t &&
    t.end === before.trimEnd().length &&
    // (an implied word of a contraction, "court's" read as "court is", takes no room: nothing is left to cut)
    t.start < t.end &&
    !t.tags.has('Noun') &&
    (t.tags.has('Auxiliary') || t.tags.has('Adverb'));
    t = terms.findLast((x) => x.end <= before.trimEnd().length)
  )
    before = before.slice(0, t.start);
  // "the officer was quoted as saying": the subject stands before the passive of quoting.
  before = before.replace(/\s+(?:(?:was|were|is|are)|ha(?:s|ve)\s+been)\s+quoted\s+as\s*$/u, '');
  // "A dock worker who asked not to be named said": the subject stands before a request for anonymity.
  // "…, and who asked not to be named because he advises …, told": so it does with a reason after the request.
  const anonymity =
    /(?:,\s+and)?,?\s+who\s+(?:asked|requested|spoke\s+on\s+condition|(?:was|were|had\s+been)\s+briefed)\b[^,;:]{0,60}?\b(?:named|identified|anonymity|talks|matter|meeting|negotiations|plans?)(?:\s+(?:because|as|since)\s+[^,;:]{1,80})?,?\s*$/u.exec(
      before,
    );
  if (anonymity) before = before.slice(0, anonymity.index);
  // "One Harlow bookseller who watched the auction": a restrictive relative clause after the subject.
  const restrictive = anonymity && /(?<=\p{L})\s+who\s+[^,;:]*$/u.exec(before);
  if (restrictive) before = before.slice(0, restrictive.index);
  // "An independent review published last week found", "Court papers filed on Monday say": a text's publishing,
  // a participle right after its head noun, is no part of the subject.
  const published = PUBLISHED_AFTER_TEXT.exec(before);
  if (published) before = before.slice(0, published.index);
  // "The agreement, signed in Varn, states": the subject stands before an apposition.
  const apposition = /,\s[^,;:]+,\s*$/u.exec(before);
  if (apposition && !/\s{2,}/.test(apposition[0])) before = before.slice(0, apposition.index);
  // "A detective who worked on the first inquiry, speaking …, said", "One councillor who voted against told": a
  // restrictive relative clause after an indefinite person opening the sentence is no part of the subject. So
  // after a quotation or a comma: "…," a resident who lives on the street told the Gazette.
  const opening =
    /(?:^\s*|[,"”’]\s+)(?:A|An|One|Another|Two|Three|Several|Some|a|an|one|another|two|three|several|some)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)(\s+who\s+[^,;:]*)$/u.exec(
      before,
    );
  // ("who" speaks of a person: "a resident who lives on the street" as well as "a nurse who …".)
  if (opening && (isPersonNoun(opening[1]!) || wordTags(opening[1]!).has('Noun'))) {
    before = before.slice(0, before.length - opening[2]!.length);
    // (compromise reads "resident" before "who" as an adjective: the words are read without the clause.)
    const cut =
      masked.slice(0, before.length) +
      ' '.repeat(opening[2]!.length) +
      masked.slice(before.length + opening[2]!.length);
    terms = termsOf(cut);
  }
  let start = 0;
  for (const m of before.matchAll(BOUNDARY)) {
    // "A labor and delivery nurse said": "and" between two modifiers after a determiner is no boundary.
    const joined =
      /^and$/i.test(m[0]) && /^\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(before.slice(start, m.index));
    // "That report warned": "That" opening the sentence is a demonstrative, no conjunction.
    const demonstrative = /^that$/i.test(m[0]) && !before.slice(0, m.index).trim();
    if (!joined && !demonstrative) start = m.index + m[0].length;
  }
  const lead = before.slice(start).length - before.slice(start).trimStart().length;
  if (!before.slice(start).trim()) return null;
  return nounPhrase(terms, masked, start + lead, before.trimEnd().length);
}

/**
 * The common noun phrase just after the verb at `verbEnd`, for an inverted attribution ("…,
 * said a senior official.", "according to two people familiar with the talks,"). It must open
 * with a determiner or a number, or be a plural ("according to court documents").
 */
export function phraseAfter(masked: string, verbEnd: number): NounPhrase | null {
  const rest = masked.slice(verbEnd);
  const lead = rest.length - rest.trimStart().length;
  // "according to minutes published on its website": a participle of publishing after a noun ends the phrase too
  // (not "according to newly released documents", "the published minutes").
  const stop =
    /[,;:.!?()—–]|\s{2,}|\b(?:that|who|which|on|in|at|after|before)\b\s|(?<=\b(?!(?:the|an?|its|their|his|her|our)\s)\p{L}+(?<!ly)\s)(?:published|released|issued|seen|obtained)\b\s/u.exec(
      rest.slice(lead),
    );
  const end = verbEnd + lead + (stop ? stop.index : rest.length - lead);
  const np = nounPhrase(termsOf(masked), masked, verbEnd + lead, masked.slice(0, end).trimEnd().length);
  // "…," said residents; "according to court documents": a plural needs no determiner.
  return np && (np.determiner || np.plural) ? np : null;
}

/**
 * The kind of speaker a noun phrase is. An organisation when its head names one ("the
 * ministry", "the state operator"); a group when plural or counted ("critics", "two people");
 * a person when its head or a modifier is a person's role ("the engineer", "a senior official",
 * "the chief executive") or its verb is one only people use ("told", "insisted"), or when it is
 * introduced with "a" and speaks in the past ("a warden said"); a document when its verb is one
 * texts speak with ("stipulates", "reads", "states"), or otherwise when it has a determiner
 * ("the lease says", "the 40-page report said", "a leaked memo says").
 */
export function kindOfPhrase(np: NounPhrase, verb: string): PhraseKind | null {
  if (TEXT_ADDRESSED.test(np.text)) return 'document';
  if (ORG_WORD.test(np.head.charAt(0).toUpperCase() + np.head.slice(1)) || GOVERNING_BODY.test(np.head))
    return 'organisation';
  // "Teague's appeal brief argued", "its status page reported": a written text speaks as a document.
  if (WRITTEN_TEXT.test(np.head) && !np.plural && (np.determiner || np.modifiers.some((w) => /[’']s$/.test(w))))
    return 'document';
  // "according to court documents", "the minutes show": texts in the plural.
  if (np.plural && WRITTEN_TEXTS.test(np.head)) return 'document';
  // "the 34-year-old said", "the mother-of-two said": an age or a family epithet as a noun is a person's.
  if (PERSON_EPITHET.test(np.text.split(/\s+/).at(-1)!)) return np.plural ? 'group' : 'person';
  const many = np.plural || /^(?:\d+|two|three|four|five|six|several|some|many|most|few)$/.test(np.determiner);
  if (isPersonNoun(np.head, false) || np.modifiers.some((w) => isPersonNoun(w, false)))
    return many ? 'group' : 'person';
  // "The charter stipulates", "the bylaws read": verbs a text speaks with ("states" only for a noun not ending like a person's).
  if (np.determiner && DOCUMENT_VERB.test(verb) && (!/^stat/i.test(verb) || !hasAgentEnding(np.head)))
    return 'document';
  if (many) return 'group';
  if (isPersonNoun(np.head) || PERSON_VERB.test(verb)) return 'person';
  // "a warden said" introduces someone; "a leaked memo says", "the lease said" quote a text.
  if (/^(?:a|an|one)$/.test(np.determiner) && !/s$/.test(verb) && !/^according to$/i.test(verb)) return 'person';
  if (!np.determiner || (POSSESSIVE_PRONOUN.test(np.determiner) && !DOCUMENT_VERB.test(verb))) return null;
  return 'document';
}
