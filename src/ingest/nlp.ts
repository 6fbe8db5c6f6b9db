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

/**
 * Abbreviated titles of the religious written before a name ("Sr Úna Corrigall", "Fr Colm Dowd", "Br Anselm
 * Tighe", issue 12at): an honorific, so "Sr Corrigall" later is the same person. Abbreviations only: "Sister" or
 * "Brother" alone may be kin, and "Sr" after a name ("Tom Hale Sr") stays where it is, after the name.
 */
export const RELIGIOUS_TITLE = String.raw`Sr\.?|Fr\.?|Br\.?|Mgr\.?|Msgr\.?`;
/** The honorifics written before a name, a full stop allowed after an abbreviation ({@link HONORIFIC}). */
const HONORIFIC_WORDS = String.raw`Sir|Dame|Lord|Lady|Dr\.?|Mrs?\.?|Ms\.?|Prof\.?|Professor|Revd\.?|Rev\.?|${RELIGIOUS_TITLE}`;
export const HONORIFIC = new RegExp(`^(?:${HONORIFIC_WORDS})$`);
/** An honorific ending a run of words, with any space after it ("… Dr "), cut from a title in {@link splitName}. */
const TRAILING_HONORIFIC = new RegExp(String.raw`\b(?:${HONORIFIC_WORDS})\s*$`, 'u');
/** Words of a role title ("President", "foreign minister", "special envoy", "spokesman"). */
export const TITLE_WORD =
  /^(?:president|vice|prime|minister|secretary|general|director|executive|deputy|chief|head|envoy|special|ambassador|chancellor|king|queen|prince|crown|senator|governor|commissioner|spokesperson|spokesman|spokeswoman|adviser|advisor|foreign|defen[cs]e|interior|agriculture|finance|trade|state|national|security|navy|naval|army|admiral|commander|mayor|leader|chairman|chairwoman|chair|speaker|whip|historian|analyst|negotiator|officer|official|attorney|justice|judge|presiding|magistrate|prosecutor|coach|principal|headteacher|headmaster|headmistress|captain|skipper|freshman|sophomore|manager|goalkeeper|striker|midfielder|referee|umpire|jockey|trainer|sheriff|inspector|sergeant|detective|superintendent|warden|lawyer|colonel|air|rear|(?:vice-)?marshal|commodore|brigadier|lieutenant|constable|(?:council|assembly|congress|alder|select)(?:member|man|woman)|(?:gen|lt|col|cmdr|cdr|adm|maj|capt|sgt|brig|cpl|insp|supt|det|cllr|sen|rep|gov)\.?|(?:cr|clr|coun|ald)\.?|u\.s\.|uk|eu|un|nato)$/i;
/** Offices of a club or a parish written before a name ("Treasurer Morwenna Tallis", "Clerk Idris Menhenick"): a title, not a first name. */
export const OFFICE_WORD = /^(?:treasurer|clerk)$/i;
/**
 * Crafts written before a name ("Millwright Oswin Tharby", "Blacksmith Ada Penrose", "Farrier Tom Quill"): a
 * title, not a first name. "-wright" and "-smith" need a word before them, so "Smith" alone stays a name.
 */
export const TRADE_WORD = /^(?:\p{L}+wright|\p{L}+smith|stonemason|farrier|saddler|thatcher)$/iu;
/**
 * The letters of an elected seat written before a name ("Local MSP Ailsa Grant", "Area MP Tom Hale", "Regional
 * MEP Ida Marr"): the head of a title, so every word up to it is the title. Capitals only ("Mp" is no seat).
 */
export const ELECTED_MEMBER_TITLE = /^(?:MP|MSP|MEP|MLA|MPP|MHK|TD)$/;
/**
 * Last words of the names of land trusts and letting agents ("Orrin Park Conservancy", "Tarrow Lettings", issue
 * 12at): a body, not a person's surname, so "In a statement, the firm said" and "the X Conservancy said in a written
 * statement" give the body's text.
 */
const STEWARD_ORG_WORD = String.raw`Conservancy|Lettings|Consortium|Partnership`;
/** Words that end a name of an organisation (of a company too: "Lanterne Films", "Ormond Securities"). */
export const ORG_WORD = new RegExp(
  String.raw`^(?:Department|Ministry|Agency|Council|Union|Organization|Organisation|Committee|Commission|Bank|Fund|Institute|Party|Army|Navy|Forces|News|Times|Post|Press|Wire|Herald|Gazette|Ledger|Courier|Courant|Tribune|Journal|Chronicle|Mercury|Observer|Telegraph|Dagblad|Administration|Parliament|Congress|Senate|University|Authority|Alliance|Accord|Group|Association|Office|Service|Board|Inspectorate|Regulator|Directorate|Bureau|Federation|Society|Corporation|Company|Foundation|Trust|Guild|League|Chamber|Syndicate|Cooperative|Club|FC|Rovers|Wanderers|Athletic|Rangers|Albion|United|Films|Pictures|Studios|Holdings|Securities|Partners|Industries|Enterprises|Airlines|Airways|Motors|Logistics|Pharmaceuticals|Technologies|Investments|Insurance|Shipping|Railways|Brewery|Hotels|Supermarkets|Stores|Cableway|Railway|Funicular|Tramway|Ferries|Coaches|Buses|Lines?|Rail|Property|Properties|Estates|Homes|Developments|Construction|Railroad|Freight|Steel|Cement|Yachts|Boats|Shipyards?|Aerospace|Chemicals|Telecoms?|Petroleum|Foods|Energy|Water|Utilities|Electricity|Gas|Housing|Transport|Mining|Media|Books|${STEWARD_ORG_WORD})$`,
);
/**
 * True when a run of capitalised words ends in a word for an organisation ({@link ORG_WORD}):
 * "Harbour Lines", "Tollmarsh Cement"; not a first name and a surname that is also such a word
 * ("David Steel"), nor a name with an age set off after it (`after`: ", 58,").
 */
export function endsInOrgWord(run: string, after = ''): boolean {
  const words = run.split(/\s+/);
  return words.length > 1 && ORG_WORD.test(words.at(-1)!) && !surnameOfFirstName(words, after);
}

/**
 * A first name, then a surname that is also a word for a company ("David Steel"), or such a surname
 * after an honorific or a title ("Ms Steel", "Councillor Ailsa Steel") or with an age set off after it
 * (`after`: "Ailsa Steel, 58,"): a person's name.
 */
const surnameOfFirstName = (words: string[], after = '') => {
  const title = titleLength(words);
  const name = words.slice(title);
  return (
    /^Steel$/.test(words.at(-1)!) &&
    name.length <= 2 &&
    (title > 0 || (name.length === 2 && (wordTags(name[0]!).has('FirstName') || /^,\s+\d{1,3},/u.test(after))))
  );
};

/** A nationality adjective before a title ("Tarvian", "Japanese", "Danish", "Saudi"). */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i)$/u;
const NOT_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|This|That|It|He|She|They|We|I|But|And|In|On|At|For|With|As|After|Before|If|When)$/;

const trimSpan = (text: string, index: number): TextSpan => {
  const lead = text.length - text.trimStart().length;
  const inner = text
    .trim()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}.]+$/u, '')
    .replace(/(?<!\b\p{Lu})\.$/u, '');
  return { text: inner, index: index + lead, end: index + lead + inner.length };
};

/** Spans compromise tags in `text` for a match expression, with exact offsets. */
function spansOf(doc: { json: (options: object) => unknown }, text: string): TextSpan[] {
  return (doc.json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>)
    .map((m) => trimSpan(text.slice(m.offset.start, m.offset.start + m.offset.length), m.offset.start))
    .filter((s) => s.text.length > 1);
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

/** A word of a parsed text, with compromise's tags and exact offsets. */
export interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
}

const termCache = new Map<string, Term[]>();
/** The words of `text` as compromise tags them in context (one parse per text, cached). */
export function termsOf(text: string): Term[] {
  let terms = termCache.get(text);
  if (!terms) {
    if (termCache.size > 500) termCache.clear();
    const json = parse(text).terms().json({ offset: true }) as Array<{
      text: string;
      offset: { start: number; length: number };
      terms: Array<{ tags: string[] }>;
    }>;
    terms = json.map((t) => {
      const word = text.slice(t.offset.start, t.offset.start + t.offset.length).replace(/[^\p{L}\p{N}]+$/u, '');
      return {
        text: word,
        start: t.offset.start,
        end: t.offset.start + word.length,
        tags: new Set(t.terms[0]?.tags ?? []),
      };
    });
    termCache.set(text, terms);
  }
  return terms;
}

const wordCache = new Map<string, Set<string>>();
/** compromise's tags for a common noun on its own ("the <word>"), from its lexicon and suffix rules. */
export function wordTags(word: string): Set<string> {
  const key = word.toLowerCase();
  let tags = wordCache.get(key);
  if (!tags) {
    tags = new Set(
      (nlp(`the ${key}`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>)[1]?.terms[0]?.tags ?? [],
    );
    wordCache.set(key, tags);
  }
  return tags;
}

/** Endings of nouns for people by what they do: -ist, -ian, -eer, -man, -person, -or, -ant/-ent (not -ment), -ial. */
const AGENT = /(?:ists?|ians?|eers?|m[ae]n|wom[ae]n|persons?|people|ors?|ants?|(?<!m)ents?|ials?)$/i;

/** True when a noun has an ending of nouns for people by what they do ("negotiator", "officials", "chairwoman"). */
export const hasAgentEnding = (word: string) => AGENT.test(word.toLowerCase());

/**
 * True when a common noun names a person by role ("minister", "engineer", "critics",
 * "spokeswoman"): compromise tags it #Actor or #Person, it is a role title word, or (with
 * `morphology`) it has an agent ending, or ends in -er after a verb ("speaker", "manager").
 */
export function isPersonNoun(word: string, morphology = true): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  const tags = wordTags(w);
  if (tags.has('Actor') || tags.has('Person') || TITLE_WORD.test(w) || ROLE_NOUN.test(w)) return true;
  // "vice-chair", "co-chair", "deputy-chairman": a second in an office holds it too ("chair" is an office there).
  const deputy = /^(?:vice|co|deputy|acting)-(\p{L}+)$/u.exec(w);
  if (deputy && (deputy[1] === 'chair' || isPersonNoun(deputy[1]!, morphology))) return true;
  if (!morphology) return false;
  if (AGENT.test(w)) return true;
  const er = /^(\p{L}{3,}?)e?rs?$/u.exec(w);
  // "buyer", "lender": one who does what the stem says (a verb in the lexicon, though "the buy" reads as a noun).
  return !!er && [er[1]!, `${er[1]}e`].some((stem) => wordTags(stem).has('Verb') || isVerbBase(stem));
}

/**
 * Nouns for people by their place in a contest, a body or a household that compromise's lexicon
 * does not tag as people ("candidate", "nominee", "member", "nurse", "runner", "owner", "landlord", "shopkeeper"), also as the end
 * of a compound ("councilmember", "backbencher").
 */
const ROLE_NOUN =
  /^(?:(?:council|assembly|congress|board|back|front|team|crew|house|fellow)?(?:candidate|nominee|member|nurse|midwife|victim|neighbou?r|rookie|newcomer|pensioner|bencher|runner|swimmer|favourite|favorite|owner|co-owner|landlord|landlady|shopkeeper|publican|licensee|householder|homeowner)s?|runners?-up)$/;

/** compromise's own lexicon: the tag each word it knows has on its own. */
const LEXICON = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string> } } } }).world()
  .model.one.lexicon;
/** True when compromise's lexicon knows a word as a verb's base form ("buy", "lend"). */
const isVerbBase = (word: string) => LEXICON[word.toLowerCase()] === 'Infinitive';

/** True when a capitalised word heads a title ("Minister", "Commander", "President"): never a first name. */
const titleHead = (word: string) =>
  HONORIFIC.test(word) ||
  ELECTED_MEMBER_TITLE.test(word) ||
  TITLE_WORD.test(word) ||
  (wordTags(word).has('Actor') && !wordTags(word).has('FirstName')) ||
  isRoleCompound(word);

/**
 * True when a word is a compound whose second part compromise knows as a person by role and whose
 * first part is a word of its own ("Headteacher", "Schoolmaster", "Shopkeeper"): a title before a
 * name, never a first name ("Hazel", "Christian" are not).
 */
export function isRoleCompound(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{L}+$/u.test(w) || wordTags(word).has('FirstName')) return false;
  return splitsAs(
    w,
    4,
    (head, rest) =>
      wordTags(rest).has('Actor') &&
      // ("Fairchild", "Goodchild": an adjective before the role makes a surname, no compound title.)
      LEXICON[head] !== 'Adjective' &&
      (LEXICON[head] !== undefined || wordTags(head).has('Noun')),
  );
}

/**
 * True when `word` splits into a head of three letters or more and a rest of `minRest` or more for
 * which `test` holds: the one walk over a compound's joints ("head" + "teacher", "stall" + "holder").
 */
function splitsAs(word: string, minRest: number, test: (head: string, rest: string) => boolean): boolean {
  for (let k = 3; k <= word.length - minRest; k++) if (test(word.slice(0, k), word.slice(k))) return true;
  return false;
}

/** How many of a run's first words are its title and honorific: up to its last title word, leaving a name. */
function titleLength(words: string[], midSentence = false): number {
  let i = 0;
  while (
    i < words.length - 1 &&
    (TITLE_WORD.test(words[i]!) ||
      OFFICE_WORD.test(words[i]!) ||
      TRADE_WORD.test(words[i]!) ||
      HONORIFIC.test(words[i]!) ||
      (/(?:ian|ese|ish|i)$/.test(words[i]!) && TITLE_WORD.test(words[i + 1]!)))
  )
    i++;
  // "Marenian Water Minister Hanne Solberg": every word up to the last title head is the title.
  for (let j = words.length - 2; j >= i; j--)
    if (titleHead(words[j]!)) {
      i = j + 1;
      break;
    }
  return nameStart(words, i, midSentence);
}

/**
 * Capitalised words before a first name that name a party, a service, a body or a rank, never a first name:
 * "said Labour Peter Garside", "Police Peter Garside", "Private Peter Garside", "Pope Peter Garside".
 */
const NOT_OWN_FIRST =
  /^(?:Labour|Tory|Tories|Conservative|Liberal|Green|Reform|Democrat|Republican|Socialist|Unionist|Independent|Police|Council|Army|Navy|Fire|Ambulance|Government|Parliament|Senate|Congress|Court|Crown|State|City|County|Town|Private|Trustee|Imam|Pope|Patriarch|Cardinal|Elder|Brother|Saint|St|Former|Late|Acting|Deputy|Interim|Then|Dear|Local|Unite)$/;

/**
 * Where the name starts in a run whose title words compromise does not all know: at a first
 * name it knows ("Deputy Harbour Master Ola Brisk"), or after leading role nouns of a run of
 * three or more words ("Rector Basil Quant"). A first name is never part of the title; mid-sentence,
 * one capitalised word before a first name and a surname is a first name too ("said Bill Henry Ashford").
 */
function nameStart(words: string[], from: number, midSentence = false): number {
  const firstName = (w: string) => wordTags(w).has('FirstName');
  let i = from;
  const first = words.findIndex((w, k) => k > i && k < words.length - 1 && firstName(w));
  // "said Bill Henry Ashford", "Frank Joseph Lyle said": mid-sentence, one capitalised word before a
  // first name and a surname that is no person noun ("Bill", "Frank", "Dawn") is a first name too.
  const ownFirst =
    midSentence &&
    i === 0 &&
    first === 1 &&
    words.length === 3 &&
    !isPersonNoun(words[0]!) &&
    !NOT_OWN_FIRST.test(words[0]!) &&
    !['Place', 'Date', 'Demonym', 'Organization', 'Month', 'WeekDay'].some((t) => wordTags(words[0]!).has(t)) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!);
  if (first > i && !words.slice(i, first).some(firstName) && !ownFirst) i = first;
  if (rankAfterHonorific(words, i)) i++;
  i = leadingCommonWords(words, i);
  while (i < words.length - 2 && (isPersonNoun(words[i]!) || verbAgentTitle(words[i]!)) && !firstName(words[i]!)) i++;
  return i;
}

/**
 * "The Revd Canon Hyacinthe Quell", "Dr Sister Orla Vane" (issue 12ax): after an honorific, a run of exactly three
 * capitalised words none of which compromise knows as a first name opens with a rank, not a first name (a person is
 * written with an honorific and one given name and a surname): the first word joins the title. Not before a particle
 * ("Ms Aoife Ní Bhriain", "Mr Tam Mac Aodha"): both words before the surname must have four letters or more.
 */
function rankAfterHonorific(words: string[], i: number): boolean {
  const name = words.slice(i);
  return (
    i > 0 &&
    HONORIFIC.test(words[i - 1]!) &&
    name.length === 3 &&
    name.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)) &&
    !name.some((w) => ['FirstName', 'Person'].some((t) => wordTags(w).has(t)))
  );
}

/** The lexicon's tags of a common word that may open a title: a noun, an adjective or a verb's base ("Pipe", "Major"). */
const COMMON_TITLE_TAGS = new Set(['Singular', 'Uncountable', 'Adjective', 'Infinitive']);

/**
 * "Drum Major Tirnan Oschley", "Pipe Major …" (issue 12az): leading capitalised words of a run of three or more that
 * compromise's lexicon lists (lower-cased) as a common noun, an adjective or a verb, before a name whose first word the
 * lexicon does not know at all, are a title, wherever the run stands (round 45's {@link rankAfterHonorific} did this
 * only after an honorific). Returns where the name starts. Never past a first name the lexicon knows ("Grace", and
 * the older reading of a run with one), never a particle ("Van", "Mac": four letters or more), and two words stay.
 */
function leadingCommonWords(words: string[], from: number): number {
  if (words.slice(from).some(knownAsName)) return from;
  let i = from;
  while (
    i < words.length - 2 &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(words[i]!) &&
    COMMON_TITLE_TAGS.has(String(LEXICON[words[i]!.toLowerCase()]))
  )
    i++;
  return i > from && LEXICON[words[words.length - 2]!.toLowerCase()] === undefined ? i : from;
}

/** A capitalised doer's noun in "-er" ("Caller", "Bowler"): {@link verbAgentTitle}. */
const VERB_AGENT_TITLE = /^(\p{Lu}\p{Ll}{3,})er$/u;

/** A word compromise's lexicon knows as a person's name, first or last ("Grace", "Walker"). */
const knownAsName = (word: string) => ['FirstName', 'LastName', 'Person'].some((t) => wordTags(word).has(t));

/**
 * True when a capitalised word leading a run of three or more is the doer of a verb that compromise's lexicon lists
 * as a noun ("Caller" of "call", "Bowler" of "bowl"): "Caller Morwenna Pask said" is a title before a name (issue
 * 12ap), as "Grower …" (a verb's base, {@link isPersonNoun}) already was. Never a word the lexicon knows as a name
 * ("Walker", "Turner" are surnames), and the name keeps two words ({@link nameStart}).
 */
function verbAgentTitle(word: string): boolean {
  const stem = VERB_AGENT_TITLE.exec(word)?.[1];
  if (!stem || knownAsName(word)) return false;
  return LEXICON[stem.toLowerCase()] === 'Singular';
}

/** A word that may stand in a lower-case title before a name ("energy", "foreign", "Tarvian"), but not lead it. */
const titleModifier = (word: string) => {
  const tags = wordTags(word);
  return (
    !/[’']s$/.test(word) &&
    (tags.has('Noun') || tags.has('Adjective')) &&
    !['Determiner', 'Preposition', 'Verb', 'Pronoun', 'Conjunction', 'Value', 'Date'].some((t) => tags.has(t))
  );
};

/** How many words before a name (nearest first) are a lower-case title: "water minister", "union leader". */
function lowerTitleLength(lower: string[], head: string): number {
  let n = 0;
  const isHead = (w: string) => TITLE_WORD.test(w) || (/^\p{Ll}/u.test(w) && isPersonNoun(w, false));
  while (n < lower.length) {
    const w = lower[n]!;
    if (isHead(w)) n++;
    else if (
      DEMONYM.test(w) &&
      (n > 0 || /^\p{Lu}/u.test(head)) &&
      (n === lower.length - 1 || !TITLE_WORD.test(lower[n + 1] ?? ''))
    )
      n++;
    else if (n > 0 && /^\p{Ll}/u.test(w) && isHead(lower[n - 1]!) && titleModifier(w)) n++;
    else break;
  }
  return n;
}

/** Letters of a rank, an honour or an office written after a person's name ("KC", "MBE", "MP"). */
export const POST_NOMINAL = /(?:KC|QC|SC|MP|MBE|OBE|CBE|KBE|DBE|GBE|JP|FRS)/;
/** {@link POST_NOMINAL} as a whole word. */
const POST_NOMINAL_WORD = new RegExp(`^${POST_NOMINAL.source}$`);

/**
 * A name without the letters written after it ("Ann Lowe KC", "Tom Hale MP", "Ida Marr OBE"): a
 * last word in capitals of two to four letters, not a Roman numeral ("Henry Vane III"), is a
 * rank, an honour or a degree, not part of the name.
 */
function withoutPostNominals(words: RegExpExecArray[]): RegExpExecArray[] {
  const out = [...words];
  while (out.length > 2 && /^\p{Lu}{2,4}$/u.test(out.at(-1)![0]) && !/^[IVXL]+$/.test(out.at(-1)![0])) out.pop();
  // "Mr Lowe KC", "Ellis-Rhys QC": the letters of a known rank or honour leave a surname alone too.
  if (out.length === 2 && POST_NOMINAL_WORD.test(out[1]![0])) out.pop();
  return out;
}

/**
 * Splits a run of capitalised words into title, honorific and name: "Veldorian President Anton
 * Markovic" → title "Veldorian President", name "Anton Markovic"; "Marenian Water Minister
 * Hanne Solberg" → title "Marenian Water Minister" (every word up to the last word compromise
 * knows as a role); "Sir Edmund Calloway" → honorific "Sir", name "Edmund Calloway".
 */
export function splitName(span: TextSpan, text: string): PersonSpan | null {
  const words = [...span.text.matchAll(/\S+/g)];
  // "Vandor’s Ilse Marrow": a possessive before the name is whose she is, not part of her name.
  const owner = words.findLastIndex((w, k) => k < words.length - 1 && /\p{L}[’']s$/u.test(w[0]));
  if (owner >= 0 && words.slice(0, owner + 1).every((w) => /^\p{Lu}/u.test(w[0]))) {
    const at = words[owner + 1]!.index;
    return splitName({ text: span.text.slice(at), index: span.index + at, end: span.end }, text);
  }
  // (Mid-sentence: a word, a comma or a closing quotation mark and a space stand before the run, or a
  // quotation blanked out in the masked text.)
  const midSentence = /(?:[\p{L}\d,"”’'] +| {3,})$/u.test(text.slice(Math.max(0, span.index - 3), span.index));
  const i = titleLength(
    words.map((w) => w[0]),
    midSentence,
  );
  const honorificAt = words.slice(0, i).findLastIndex((w) => HONORIFIC.test(w[0]));
  const honorific = honorificAt >= 0 ? words[honorificAt]![0] : undefined;
  const all = words.slice(i).filter((w) => !NOT_NAME.test(w[0]));
  const rest = withoutPostNominals(all);
  const names = words.map((w) => w[0]);
  if (
    !rest.length ||
    rest.some(
      (w) =>
        (ORG_WORD.test(w[0]) && !surnameOfFirstName(names, text.slice(span.end, span.end + 8))) ||
        (/^\p{Ll}/u.test(w[0]) && !/^(?:bin|de|van|von|al|da|del|der|le)$/.test(w[0])),
    )
  )
    return null;
  const index = span.index + rest[0]!.index;
  // The span ends after the letters of a post-nominal ("KC"), the name before them.
  const end = span.index + all.at(-1)!.index + all.at(-1)![0].length;
  const nameEnd = span.index + rest.at(-1)!.index + rest.at(-1)![0].length;
  const head = text.slice(span.index, index).replace(/^(?:The|A|An)\s+/, '');
  // A lower-case title just before the run ("foreign minister Dara Oyelaran").
  const before =
    /((?:\b\p{L}[\p{L}’'.-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, span.index - 40), span.index))?.[1] ?? '';
  const lower = before.trim().split(/\s+/).reverse();
  const n = lowerTitleLength(lower, head);
  const title =
    [lower.slice(0, n).reverse().join(' '), head.replace(TRAILING_HONORIFIC, '')].join(' ').trim() || undefined;
  return {
    text: closeNicknameGap(text.slice(index, nameEnd)),
    index,
    end,
    honorific,
    title,
    written: closeNicknameGap(text.slice(honorific ? span.index + words[honorificAt]!.index : index, nameEnd)),
  };
}

/**
 * "Carlo "Bunny" Fenwright" read with its quotes masked as blanks (issue 12av): the run of blanks a quoted nickname
 * left inside a name is one space, so the name is "Carlo Fenwright".
 */
const closeNicknameGap = (name: string) => name.replace(/ {2,}/g, ' ');

const personContext = new Map<string, boolean>();
/** True when compromise reads a capitalised word before a surname as (part of) a person's name ("Rose Quill said"). */
function readAsName(word: string): boolean {
  let named = personContext.get(word);
  if (named === undefined) {
    const tags = (nlp(`${word} Quillan said`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]
      ?.terms[0]?.tags;
    named = !!tags && (tags.includes('Person') || tags.includes('FirstName') || !tags.includes('Noun'));
    personContext.set(word, named);
  }
  return named;
}

/**
 * True when a capitalised word opening a run of three ("Abbot Wilfrith Quell", "Matron Ada Brisk")
 * is a title the article also writes in lower case as a common noun ("the abbot", "the order's
 * abbot president"), and compromise does not read it as a first name ("Rose", "Sky", "Hazel",
 * "Hope" stay names, and so does a word the article never uses in lower case).
 */
export function titleInLowerCase(word: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || HONORIFIC.test(word) || NOT_NAME.test(word)) return false;
  const lower = word.toLowerCase();
  const used = (noun: string) =>
    new RegExp(
      `\\b(?:the|a|an|its|their|his|her|our|new|former|\\p{L}+[’']s)\\s+(?:\\p{Ll}+\\s+)?${noun}\\b`,
      'u',
    ).test(text);
  return (used(lower) || agentOfNounUsed(lower, used)) && !readAsName(word);
}

/**
 * "Rancher Ysolde Quarry" where the article writes "on a ranch" (issue 12az): a doer's noun in "-er" whose stem the
 * article uses as a common noun after a determiner is a title too, as the word itself in lower case is
 * ({@link titleInLowerCase}; document-level: the article's own words tell the noun, where compromise's lexicon knows
 * neither "rancher" nor "ranch"). A stem of three letters or more.
 */
function agentOfNounUsed(lower: string, used: (noun: string) => boolean): boolean {
  const stem = /^(\p{Ll}{3,})er$/u.exec(lower)?.[1];
  return !!stem && used(stem);
}

/**
 * A name of three words or more whose first word is a title the article writes in lower case
 * elsewhere ({@link titleInLowerCase}: "Abbot Osric Quell" where "the order's abbot" is written),
 * with that word moved to its title; any other name as it is. `article` is the whole text.
 */
export function titleFromArticle(p: PersonSpan, article: string): PersonSpan {
  const m = /^(\p{Lu}\p{Ll}+)\s+(?=\S+\s+\S)/u.exec(p.text);
  if (p.title || p.honorific || !m || !titleInLowerCase(m[1]!, article)) return p;
  const index = p.index + m[0].length;
  return { ...p, index, title: m[1], text: p.text.slice(m[0].length), written: p.written.slice(m[0].length) };
}

/** People named in `text` according to compromise, as name spans (titles and honorifics split off). */
export function people(text: string): PersonSpan[] {
  const doc = parse(text);
  const out: PersonSpan[] = [];
  const runs = properRuns(text).map(withoutLeadingNonNames);
  for (const s of spansOf(doc.people(), text)) {
    // compromise may cut a name short ("Rear Admiral Jorun" of "Rear Admiral Jorun Tesk") or
    // leave part of the title out: the whole run of capitalised words around it is read instead.
    const run = runs.find((r) => r.index <= s.index && s.end <= r.end && r.end - r.index > s.end - s.index);
    const more = /^(?:\s+\p{Lu}[\p{L}’'-]*)*/u.exec(text.slice(s.end))![0];
    const whole =
      run &&
      trimSpan(
        text.slice(Math.min(run.index, s.index), Math.max(run.end, s.end + more.length)),
        Math.min(run.index, s.index),
      );
    // "Det Insp Carys Menheniot of Brackhampton Police": the name ends before "of" and the body it serves.
    const of = whole && / of (?:the )?\p{Lu}/u.exec(whole.text);
    const named =
      of && of.index > s.end - whole.index - 1
        ? { ...whole, text: whole.text.slice(0, of.index), end: whole.index + of.index }
        : null;
    const p = (whole && splitName(whole, text)) || (named && splitName(named, text)) || splitName(s, text);
    if (p && !streetName(p, text) && !out.some((o) => o.index < p.end && p.index < o.end)) out.push(p);
  }
  // "Her successor and long-time rival, Konstantin Ebersolt,": a name set off after a noun for a
  // person is one, though compromise knows neither of its words.
  for (const m of [...text.matchAll(APPOSED_NAME), ...roleOfBodyNames(text), ...describedNames(text)]) {
    const at = m.index + m[0].indexOf(m[1]!);
    const p = splitName({ text: m[1]!, index: at, end: at + m[1]!.length }, text);
    if (p && !out.some((o) => o.index < p.end && p.index < o.end)) out.push(p);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The last word of a street's name ("Kirk Brae", "Mill Wynd", "Tanner Row", "Orchard Close"): {@link streetName}. */
const STREET_WORD =
  /^(?:Street|Road|Lane|Brae|Wynd|Vennel|Row|Close|Avenue|Terrace|Crescent|Gardens|Square|Drive|Walk|Loan|Parade)$/;
/** A preposition of place right before a street's name ("on", "in", "at", "off", "along", "near", "into", "onto"). */
const STREET_PREPOSITION = /\b(?:on|in|at|off|along|near|into|onto)\s+$/u;

/**
 * True when a name compromise took for a person's is a street's: two or more capitalised words ending in a street's
 * noun, after a preposition of place ("a unit on Kirk Brae", "a shop in Mill Wynd", issue 12at). A person whose
 * surname is such a word keeps the name: "said Tom Lane", "spoke to Ada Close", "Mr Lane" (no preposition of place,
 * or one word only).
 */
function streetName(p: PersonSpan, text: string): boolean {
  const words = p.written.split(/\s+/);
  return (
    words.length >= 2 &&
    !p.honorific &&
    STREET_WORD.test(words.at(-1)!) &&
    STREET_PREPOSITION.test(text.slice(Math.max(0, p.index - 8), p.index))
  );
}

/** A noun for a person, then a name of two or three capitalised words set off by commas. */
const APPOSED_NAME =
  /\b(?:successor|predecessor|rival|deputy|wife|husband|widow|widower|son|daughter|brother|sister|mother|father|partner|friend|colleague|aide|adviser|advisor|lawyer|founder|negotiator|biographer|niece|nephew|grandson|granddaughter),\s+((?:(?:Dr|Prof|Sir|Dame|Mr|Mrs|Ms)\.?\s+)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})(?=,)/gu;

/** Nouns of kin: "sons", "wife", "grandchildren", "twin" ("whose twin daughters"). */
const KIN =
  /^(?:wife|husband|son|daughter|child|children|mother|father|parent|brother|sister|partner|grand(?:son|daughter|child|children|mother|father|parent)|niece|nephew|widow|twin|baby|babies|family)s?$/;

/** True when one of the first three words after "whose" is a noun of kin ("whose twin daughters", "whose late husband"). */
export const kinFollows = (words: string) =>
  words
    .split(/[^\p{L}\d-]+/u)
    .filter(Boolean)
    .slice(0, 3)
    .some((w) => KIN.test(w));

/** A rank before a lower-case noun for a person ("assistant keeper", "senior warder", "head gardener"). */
const RANK_BEFORE = /\b(?:assistant|senior|junior|chief|head|deputy|former|lead|principal|retired|veteran)\s+$/iu;

/** A match of a name in a text: where the match starts, the whole match and the name in it. */
type NameMatch = { index: number; 0: string; 1: string };

/**
 * "The treasurer of the rowing club, Kesten Marrowby,", "the president of the Tarn Growers' Guild,
 * Odo Pellick,", "a spokesman for the Harbour Authority, Idris Venner,": a name of two or three
 * capitalised words set off by commas after a noun for a person "of", "for" or "at" a body is that person's.
 */
function roleOfBodyNames(text: string): NameMatch[] {
  const re =
    /\b(\p{Ll}+)\s+(?:of|for|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+,\s+((?:(?:Dr|Prof|Sir|Dame|Mr|Mrs|Ms)\.?\s+)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})(?=,)/gu;
  return [...text.matchAll(re)]
    .filter((m) => isPersonNoun(m[1]!) || /(?:er|or)$/.test(m[1]!))
    .map((m) => ({ index: m.index, 0: m[0], 1: m[2]! }));
}

/**
 * The particles of an Irish or Scottish Gaelic surname ("Bríd Ní Fhaoláin", "Colm Mac Aodha", "Nóra Nic Giolla",
 * "Seán Ó Briain", issue 12at): capitalised, they lead the surname, so "Ms Ní Fhaoláin" later is the same woman; a
 * name described after it ("Seán Ó Briain, coordinator of …", issue 12ax) holds one before its last word.
 */
export const GAELIC_SURNAME_PARTICLE = String.raw`Ní|Nic|Mac|Mhic|Uí|Ó|Ua`;
/** A name of two or three capitalised words (hyphens allowed, a Gaelic particle before the last), as a capture group. */
const NAME_WORDS = String.raw`(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:(?:${GAELIC_SURNAME_PARTICLE})\s)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})`;

/**
 * An office written in capitals that only a person holds, for a name set off after it ("The local MP, Emrys
 * Pellingworth,", "the region's MEP, …", "the firm's CEO, …").
 */
const OFFICE_ABBREVIATION = /^(?:MP|MSP|MEP|MLA|MPP|MHA|MNA|TD|CEO|CFO|COO|CTO)$/;

/**
 * An age in brackets right after a name, the Irish and British house style ("Ferdia Quilty (47), who runs …", issue
 * 12ax): set off as ", 47," is, so the name before it is a person's.
 */
export const BRACKETED_AGE = String.raw`\s+\(\d{1,3}\)`;

/**
 * "A petition started by regular diner Ysolde Porrit", "the fund set up by Ysolde Porrit" (issue 12az): the agent of a
 * passive, after a past participle (compromise's #PastTense or #Participle, or a verb and its particle), is a doer; a
 * name of two or three words there, each a word compromise's lexicon does not know or knows as a name, is a person's,
 * and so is one after a lower-case noun for a person (its morphology allowed: "diner"). Not a body ("by Kelby
 * Council": a body's word), nor a place or a storm ("by Storm Agnes", "by Kilcarra Bay": a common word in the name).
 */
function passiveAgentNames(text: string): NameMatch[] {
  const agent = new RegExp(
    String.raw`\b(\p{Ll}+)(\s+(?:up|out|off|down|together))?\s+by\s+(?:(?:a|an|the|his|her|their)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2})${NAME_WORDS}(?![\p{L}’'-])`,
    'gu',
  );
  const out: NameMatch[] = [];
  for (const m of text.matchAll(agent)) {
    const tags = wordTags(m[1]!);
    const participle = tags.has('PastTense') || tags.has('Participle') || !!m[2];
    const noun = m[3]!.trim().split(/\s+/).at(-1);
    if (!participle || (noun && (!isPersonNoun(noun) || wordTags(noun).has('Plural')))) continue;
    const words = m[4]!.split(/\s+/);
    const nameLike = (w: string) => LEXICON[w.toLowerCase()] === undefined || knownAsName(w);
    if (!words.every(nameLike) || words.some((w) => NOT_NAME.test(w) || ORG_WORD.test(w) || TITLE_WORD.test(w)))
      continue;
    const at = m.index + m[0].length - m[4]!.length;
    out.push({ index: at, 0: m[4]!, 1: m[4]! });
  }
  return out;
}

/**
 * A name of two or three capitalised words that compromise does not know, read as a person's by
 * what is written around it: an age set off after it ("Agneta Bjornholm, 58,"), a role "of / at /
 * for" a body set off after it ("Torvald Hesketh, leader of the …", "said Joost Ostrander, chief
 * economist at …"), a lower-case noun for a person just before it ("line cook Delphine Trevenna",
 * "assistant keeper Ilse Marrow" after a rank),
 * or set off by commas after one ("the club finance officer, Idris Pellowe-Stanning,").
 */
function describedNames(text: string): NameMatch[] {
  const after = new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}’']*\s)(?<![\p{L}’'-])${NAME_WORDS}(?:${BRACKETED_AGE}(?=[,\s])|,\s+(?:\d{1,3}(?=,|\s+(?:and|said|says)\b)|who\s|(?:a|an|the)?\s*(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)\s+(?:of|at|for|with)\s))`,
    'gu',
  );
  const before = new RegExp(String.raw`\b(\p{Ll}+)\s+${NAME_WORDS}(?![\p{L}’'-])`, 'gu');
  const out: NameMatch[] = [];
  const add = (m: RegExpExecArray, name: string) => out.push({ index: m.index, 0: m[0], 1: name });
  for (const m of text.matchAll(after)) {
    const role = m[2];
    if (role && !(isPersonNoun(role) || TITLE_WORD.test(role))) continue;
    // ("Ailsa Steel, 58,": a surname that is also a word for a company, with an age, is a person's.)
    const words = m[1]!.split(/\s+/);
    const steel = surnameOfFirstName(words, text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 8));
    if (words.some((w) => NOT_NAME.test(w) || (ORG_WORD.test(w) && !steel) || TITLE_WORD.test(w))) continue;
    add(m, m[1]!);
  }
  // "Ysolde Brennock of the Kilcarra Bog Trust, who …": the name before "of" and a body ({@link personOfBody}).
  for (const run of properRuns(text)) {
    const p = personOfBody(run)?.person;
    if (p) out.push({ index: p.index, 0: p.text, 1: p.text });
  }
  out.push(...passiveAgentNames(text));
  // "Ilse Marrow, whose two sons attend the school, …": a name whose kin follow is a person's.
  const whose = new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}’']*\s)(?<![\p{L}’'-])${NAME_WORDS},\s+whose\s+((?:[\p{L}\d-]+\s+){1,3})`,
    'gu',
  );
  for (const m of text.matchAll(whose)) {
    if (!kinFollows(m[2]!)) continue;
    if (m[1]!.split(/\s+/).some((w) => NOT_NAME.test(w) || ORG_WORD.test(w) || TITLE_WORD.test(w))) continue;
    add(m, m[1]!);
  }
  // "the club finance officer, Idris Pellowe-Stanning,": set off after a noun for a person (known as one).
  const apposed = new RegExp(
    String.raw`\b(\p{Ll}+|${OFFICE_ABBREVIATION.source.slice(1, -1)}),\s+${NAME_WORDS}(?=,)`,
    'gu',
  );
  for (const m of text.matchAll(apposed)) {
    const noun = m[1]!;
    if (OFFICE_ABBREVIATION.test(noun)) {
      if (!m[2]!.split(/\s+/).some((w) => NOT_NAME.test(w) || ORG_WORD.test(w) || TITLE_WORD.test(w))) add(m, m[2]!);
      continue;
    }
    // (Not a plural: "The union representing dock workers, Unity Dockside," is the union.)
    if (ORG_NOUN.test(noun) || !isPersonNoun(noun) || wordTags(noun).has('Plural')) continue;
    if (m[2]!.split(/\s+/).some((w) => NOT_NAME.test(w) || ORG_WORD.test(w))) continue;
    add(m, m[2]!);
  }
  for (const m of text.matchAll(before)) {
    const noun = m[1]!;
    // A role before a name is singular ("told reporters Upper Vell was cut off" names no person).
    // "assistant keeper Ilse …", "senior warder Tomas …": after a rank, a noun for one who does what a verb says.
    const ranked = RANK_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && isPersonNoun(noun);
    if (
      TITLE_WORD.test(noun) ||
      !(isPersonNoun(noun, false) || compoundPersonNoun(noun) || ranked) ||
      ['Adjective', 'Plural'].some((t) => wordTags(noun).has(t))
    )
      continue;
    if (m[2]!.split(/\s+/).some((w) => NOT_NAME.test(w) || ORG_WORD.test(w))) continue;
    add(m, m[2]!);
  }
  return out;
}

/**
 * True when a lower-case noun is a compound of a word and a noun for a person ("stallholder",
 * "shopworker", "cabdriver"): "stall" + "holder", one who holds.
 */
function compoundPersonNoun(noun: string): boolean {
  return splitsAs(noun, 5, (head, rest) => {
    if (!wordTags(head).has('Noun')) return false;
    const doer = /^(\p{L}{3,})er$/u.exec(rest);
    return isPersonNoun(rest) || (!!doer && nlp(`to ${doer[1]}`).has('#Infinitive'));
  });
}

/** A run of capitalised words without the sentence-opening words that are no part of a name ("On Monday", "The"). */
function withoutLeadingNonNames(run: TextSpan): TextSpan {
  let r = run;
  for (
    let first = /^(\S+)\s+\S+\s+\S/u.exec(r.text);
    first && NOT_NAME.test(first[1]!);
    first = /^(\S+)\s+\S+\s+\S/u.exec(r.text)
  ) {
    const cut = r.text.indexOf(first[1]!) + first[1]!.length;
    const lead = r.text.slice(cut).length - r.text.slice(cut).trimStart().length;
    r = { text: r.text.slice(cut + lead), index: r.index + cut + lead, end: r.end };
  }
  return r;
}

/**
 * Runs of capitalised words (names of people, places or organisations not in compromise's lexicon),
 * joined by a lower-case particle or by "of the" ("Office of the Registrar", "Bank of the North").
 */
export function properRuns(text: string): TextSpan[] {
  const re = /\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:bin|de|van|von|al|of\s+the|of|the|for)\s+)?\p{Lu}[\p{L}’'.-]*)*/gu;
  return [...text.matchAll(re)].map((m) => trimSpan(m[0], m.index));
}

/**
 * "Ysolde Brennock of the Kilcarra Bog Trust, who …, said" (issue 12az): a run of capitalised words that ends in a
 * body's word and holds "of", whose words before "of" are two or three words with no body's word, title or first
 * word of a sentence among them ("The", a weekday) and none of them a place or a body to compromise, is a person of a
 * body: the name before "of", the body after it ("Bank of Vantor", "Friends of the Earth" keep their reading: a body's
 * word or a plural heads them). Returns the two spans, or none.
 */
export function personOfBody(run: TextSpan): { person: TextSpan; body: TextSpan } | null {
  const of = /^((?:\p{Lu}[\p{L}’'-]*\s+){1,2}\p{Lu}[\p{L}’'-]*)\s+of\s+(?:the\s+)?/u.exec(run.text);
  if (!of || !endsInOrgWord(run.text)) return null;
  const head = of[1]!.split(/\s+/);
  if (
    head.some(
      (w) =>
        NOT_NAME.test(w) ||
        ORG_WORD.test(w) ||
        TITLE_WORD.test(w) ||
        RELIGIOUS_ORDER_HEAD.test(w) ||
        ['Place', 'Organization', 'Plural', 'Demonym'].some((t) => wordTags(w).has(t)),
    )
  )
    return null;
  const bodyAt = of[0].length;
  return {
    person: { text: of[1]!, index: run.index, end: run.index + of[1]!.length },
    body: { text: run.text.slice(bodyAt), index: run.index + bodyAt, end: run.end },
  };
}

/** Organisations compromise recognises in `text`, by a name in capitals ("Dock workers" is no body). */
export function organisations(text: string): TextSpan[] {
  return spansOf(parse(text).organizations(), text).filter((s) => /^\p{Lu}/u.test(s.text));
}

/**
 * Heads of the names of religious orders and congregations before "of" ("the Order of St Brannock", "the Sisters of
 * Mercy", "the Congregation of the Holy Well", issue 12at): a body, as "Ministry of …" is; only before "of", so
 * "Brothers Tam and Ewan Hale" stay people.
 */
const RELIGIOUS_ORDER_HEAD = /^(?:Order|Congregation|Sisters|Brothers|Brotherhood|Sisterhood)$/;

/** True when `word` heads a body's name before "of" or "for" (`next`): "Ministry of", "Order of" ({@link RELIGIOUS_ORDER_HEAD}). */
const bodyHeadBeforeOf = (word: string, next = '') =>
  (ORG_WORD.test(word) || RELIGIOUS_ORDER_HEAD.test(word)) && /^(?:of|for)$/.test(next);

/** Common nouns for a kind of organisation, which may stand just before its name ("investment firm", "the daily"). */
export const ORG_NOUN =
  /^(?:club|firm|company|station|group|bank|lender|insurer|carrier|airline|operator|party|agency|body|union|team|newspaper|paper|daily|weekly|magazine|newsletter|tabloid|broadcaster|channel|network|regulator|charity|manufacturer|maker|(?:car|auto|chip|drug|steel|plane|toy|truck|tyre|tire|phone|glass|paper|chocolate|sweet|candy|beer|wine|game)maker|(?:ship|house|home)builder|supermarket|grocer|refiner|distiller|startup|conglomerate|consortium|fund|federation|league|association|university|hospital|chain|retailer|publisher|outlet|website|institute|foundation|watchdog|utility|producer|developer|brewer|miner|shipper|supplier|vendor|contractor|app|platform)$/i;

/**
 * "The ship's operator, Varnis Lines, said": a name set off by commas after a common noun for a
 * kind of organisation names one, unless it opens with a first name ("the club's coach, Ana Roe,").
 */
function apposedToBody(text: string, run: TextSpan): boolean {
  const noun = /(\p{Ll}+),\s+$/u.exec(text.slice(Math.max(0, run.index - 30), run.index))?.[1];
  const first = run.text.replace(/^The\s+/, '').split(/\s+/)[0]!;
  // "The leader of the opposition group, Cllr X,": a title before the name, or a role the body is
  // "of", makes the name a person's.
  const role = /\b(\p{Ll}+)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}’'-]+\s+){0,3}\p{Ll}+,\s+$/u.exec(
    text.slice(Math.max(0, run.index - 60), run.index),
  )?.[1];
  if (HONORIFIC.test(first) || TITLE_WORD.test(first) || (role && (isPersonNoun(role) || /(?:er|or)$/.test(role))))
    return false;
  return !!noun && ORG_NOUN.test(noun) && /^,/.test(text.slice(run.end)) && !wordTags(first).has('FirstName');
}

/**
 * Names of organisations that their form or the noun before them marks: "Ministry of Water",
 * "Department for Rural Affairs" and "Bank of Vantor" (a word that ends names of organisations,
 * then "of" or "for"; a title and a person's name after it are left out: "Bank of Vantor Governor
 * Ida Lund" → "Bank of Vantor"), and a name just after a common noun for a kind of organisation
 * ("football club Harrow Rovers", "the daily Morgenpost", "Chipmaker Pellion" at the start of a sentence)
 * or set off by commas after one, and a
 * body named "<Body> on <Subject>" ("the Standing Committee on Harbour Works").
 */
export function namedOrganisations(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const run of properRuns(text)) {
    const words = run.text.split(/\s+/);
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, run.index - 30), run.index))?.[1] ?? '';
    // "Chipmaker Pellion said …": the noun for its kind, capitalised at the start of a sentence, is no part of the name.
    // (Only a noun for who makes or does a trade, "Insurer", "Carmaker", not "Union Square Partners"; not before a
    // title or a first name: "Manufacturer Secretary …"; a name of two words or more only after a compound trade,
    // "Carmaker Dravik Motors": "Producer Kesten Marrowby", "Brewer Halvard Steen" are people.)
    const [kind, first] = [words[0]!, words[1] ?? ''];
    if (
      first &&
      ORG_NOUN.test(kind) &&
      (words.length === 2 || /.(?:maker|builder)$/iu.test(kind)) &&
      /(?<!pap)(?:er|or)$/u.test(kind) &&
      !titleHead(first) &&
      !wordTags(first).has('FirstName') &&
      /(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, run.index))
    ) {
      const name = run.text.slice(run.text.indexOf(first, kind.length));
      out.push({ text: name, index: run.end - name.length, end: run.end });
      continue;
    }
    if ((/^\p{Ll}/u.test(before) && ORG_NOUN.test(before)) || apposedToBody(text, run)) {
      const name = run.text.replace(/^The\s+/, '');
      out.push({ text: name, index: run.end - name.length, end: run.end });
      continue;
    }
    const at = words.findIndex((w, i) => bodyHeadBeforeOf(w, words[i + 1]));
    // "the Aldmoor Department of Wildlife", "the Kelby Ministry of Fisheries": one place name before the body's word is
    // part of the name (a title or a person's name is not: "Minister Bank of …").
    const lead = words[0] === 'The' ? 1 : 0;
    const place =
      at === lead + 1 &&
      !titleHead(words[lead]!) &&
      !wordTags(words[lead]!).has('FirstName') &&
      (lead === 1 || /^the\s+$/iu.test(text.slice(Math.max(0, run.index - 4), run.index)));
    if (at < 0 || (at > 1 && !place) || (at === 1 && words[0] !== 'The' && !place)) continue;
    const person = splitName(run, text);
    const stop = person && person.text.includes(' ') ? person.index : run.end;
    const head = text.slice(run.index, stop).trim().split(/\s+/);
    // ("the Association of Liner Operators": a plural noun for people at the end is the members the body is of, no title).
    while (head.length > at + 2 && titleHead(head.at(-1)!) && !pluralMembers(head, run, text)) head.pop();
    const start = run.index + (lead ? 4 : 0);
    const name = text.slice(start, run.index + head.join(' ').length);
    if (head.length > at + 2) out.push({ text: name, index: start, end: start + name.length });
  }
  // "the Standing Committee on Harbour Works", "the Council on Foreign Relations": a body named "<Body> on <Subject>".
  for (const m of text.matchAll(BODY_ON)) {
    const words = m[1]!.split(/\s+/);
    const on = words.indexOf('on');
    if (!ORG_WORD.test(words[on - 1]!) || NOT_NAME.test(words[on + 1]!)) continue;
    const index = m.index + m[0].length - m[1]!.length;
    out.push({ text: m[1]!, index, end: index + m[1]!.length });
  }
  // "the Postal and Communications Authority", "the Food and Drug Administration": a body's name joined by "and".
  for (const m of text.matchAll(BODY_AND)) {
    const words = m[1]!.split(/\s+/);
    // ("the Harbour Board and Kelby Council" are two bodies: a body's word before "and" ends a name of its own;
    // not a first word alone, "the Rail and Road Safety Board", "the Army and Navy Club").
    const and = words.indexOf('and');
    if (
      !ORG_WORD.test(words.at(-1)!) ||
      words.some((w, i) => titleHead(w) || NOT_NAME.test(w) || (i > 0 && i < and && ORG_WORD.test(w)))
    )
      continue;
    out.push({ text: m[1]!, index: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
  }
  return out;
}

/**
 * True when the last word of a body's name is a plural noun for people that ends its run of capitals
 * ("the Association of Liner Operators", "the Federation of Dairy Farmers"): the body's members, not
 * a title before a person's name ("Bank of Vantor Governor Ida Lund").
 */
function pluralMembers(head: string[], run: TextSpan, text: string): boolean {
  const last = head.at(-1)!;
  return (
    /\p{Ll}[^s]s$/u.test(last) &&
    !TITLE_WORD.test(last) &&
    text.slice(run.index, run.index + head.join(' ').length) === run.text.trimEnd()
  );
}

/** "the", capitalised words, "and", capitalised words: "the Postal and Communications Authority". */
const BODY_AND = /\b[Tt]he\s+((?:\p{Lu}\p{Ll}+\s+){1,3}and\s+(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)\b/gu;

/** Capitalised words, "on", and capitalised words: "Standing Committee on Harbour Works". */
const BODY_ON =
  /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}\p{L}+\s+on\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*){0,3})/gu;

/**
 * "the part should arrive by Friday", "the bridge should reopen in March": "should" with a plain verb
 * tells what is expected, so the date lies ahead; "should have arrived" is past (issue 12ac). Not an
 * opinion about a thing gone by: "should resign over the March flooding", "should apologise for the
 * March evictions", "should resign after the scandal in March" keep their past month (review of 12ac).
 */
const EXPECTED_MODAL =
  /\bshould\s+(?!have\b)(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\b(?!(?:\s+[\p{Ll}-]+){0,3}?\s+(?:after|over|following|for|about|since|despite|because)\b)/u;

/**
 * "Tides are forecast to peak on Thursday", "Temperatures are predicted to fall …": a forecast of the copula with "to"
 * tells what is expected, so its date lies ahead, as "are expected to" (issue 12aj). Not an estimate of the past, "is
 * forecast to have shrunk in March" (review of 12aj).
 */
const FORECAST_TO =
  /\b(?:is|are|am)\s+(?:\p{Ll}+ly\s+)?(?:forecast|predicted|projected|tipped)\s+to\s+(?!have\b)\p{Ll}{2,}\b/u;

/**
 * "Save Our Ferry plans a protest on Monday", "Tenants plan a march on Saturday": a plan in the present simple with
 * an object lies ahead, as "are planning a …" (issue 12ao). Not the noun ("the plans a developer lodged", "its plans
 * a …": a determiner or a possessive before it) nor the past "planned a protest".
 */
const PRESENT_PLAN =
  /(?<!\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Mm]y|[Tt]hese|[Tt]hose|[Ww]hose|[\p{L}-]+['’]s)\s+)\bplans?\s+(?:a|an)\s/u;

/**
 * "a $4 million upgrade, scheduled to start in April, which …", "a new timetable, slated to begin in June": a reduced
 * relative of a timetable (the participle without its copula) tells what is set to come, so its date lies ahead (issue
 * 12aq). Not after "was", "were", "been" or "had" (a plan told in the past is read as before), nor "to have".
 */
const SCHEDULED_PARTICIPLE =
  /(?<!\b(?:was|were|been|had|being)\s+(?:\p{Ll}+ly\s+)?)\b(?:scheduled|slated|timetabled)\s+to\s+(?!have\b)\p{Ll}{2,}\b/u;

/**
 * "she expected the afternoon crew's last shift to be Dec. 23", "expects the last sailing of the season to be …": what
 * someone expects of a thing named in up to eight words lies ahead (issue 12aq; the compromise pattern in `isFuture`
 * takes one noun run only). Not "to have" (a guess about the past).
 */
const EXPECTED_THING_TO =
  /\bexpect(?:s|ed)?\s+(?:the|a|an|its|his|her|their|our)\s+(?:[\p{L}’'-]+\s+){1,8}?to\s+(?!have\b)(?:be|take\s+place|start|begin|end|finish|close|open|run|arrive)\b/u;

/**
 * True when the clause speaks of what is to come: a modal of the future ("will meet", "would
 * arrive", "shall"), but not a past conditional ("would have signed"); "is due / expected /
 * scheduled / set to", "is to travel"; or an intention ("plans / aims / intends / hopes to", "are
 * planning a reunion").
 */
export function isFuture(clause: string): boolean {
  const doc = nlp(clause);
  if (doc.has('(would|could|might) have')) return false;
  return (
    doc.has('(will|shall|would) #Adverb? #Verb') ||
    doc.has('#Copula #Adverb? (due|expected|scheduled|set|slated|poised|going|planned|likely|about) (to|for)') ||
    doc.has(
      '(plan|plans|planned|planning|intend|intends|intended|aim|aims|aimed|hope|hopes|expect|expects|expected|hoped|want|wants|seek|seeks|prepare|prepares|preparing) to #Verb',
    ) ||
    doc.has('#Copula to #Verb') ||
    // "expected the review to report by March", "wants the board to decide in May": what is awaited lies ahead.
    doc.has('(expect|expects|expected|want|wants|wanted) (the|a|an|its|his|her|their)? #Adjective? #Noun+ to #Verb') ||
    // "are planning a group holiday in February": a plan in the present progressive lies ahead.
    /\b(?:is|are|am)\s+(?:now\s+|still\s+|already\s+)?(?:planning|preparing|organi[sz]ing|arranging)\s+(?:a|an|the|their|its|his|her|our)\b/u.test(
      clause,
    ) ||
    // "is due on July 22", "are scheduled for March": a date something is due on lies ahead.
    doc.has('(is|are|was|were) #Adverb? (due|scheduled|slated|expected) (on|in|by|at|for)') ||
    // "a general election due in September": a thing set for a date.
    /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:due|scheduled|slated)\s+(?:in|on|for|by)\b/u.test(clause) ||
    /\b(?:will|would|is due to|are due to|is set to|are set to|is expected to|are expected to|is scheduled|are scheduled|plans? to|aims? to|intends? to)\b/i.test(
      clause,
    ) ||
    SCHEDULED_PRESENT.test(clause) ||
    INVITED_TO.test(clause) ||
    PRESENT_PLAN.test(clause) ||
    SCHEDULED_PARTICIPLE.test(clause) ||
    EXPECTED_THING_TO.test(clause) ||
    FORECAST_TO.test(clause) ||
    EXPECTED_MODAL.test(clause)
  );
}

/**
 * The present simple of a sitting, meeting or hearing set for a day: "The committee meets on
 * Tuesday" (or "meets Thursday", the weekday bare), "the court sits again next week", "The trial resumes on Monday". Such a present tells
 * a timetable, what lies ahead.
 */
const SCHEDULED_PRESENT =
  /\b(?:meets|sits|resumes|reconvenes|convenes|reopens)\s+(?:again\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|next\s+(?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|later\s+this)\b/u;

/**
 * An invitation in the present or present perfect: "Parents have been invited to a meeting on
 * Thursday", "Residents are invited to a drop-in session on Monday". What they are invited to lies ahead.
 */
const INVITED_TO = /\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?invited\s+to\s+(?:a|an|the)\s/u;
