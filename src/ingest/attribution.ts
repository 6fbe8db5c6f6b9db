/**
 * Reads an article the way an editor does: who is named (known actors, and new people and
 * organisations with their titles), and who said each quote, in the order journalists write
 * attributions.
 */
import nlp from 'compromise';
import type { Actor, ActorKind } from '../schemas';
import { escapeRegExp } from '../model/text';
import { ActorMatcher, COUNTRIES, type Mention } from './actors';
import { DATELINE, MONTH_ABBR } from './dates';
import {
  isPersonNoun,
  kinFollows,
  namedOrganisations,
  ORG_NOUN,
  endsInOrgWord,
  organisations,
  people,
  POST_NOMINAL,
  personOfBody,
  properRuns,
  splitName,
  titleFromArticle,
  termsOf,
  TITLE_WORD,
  HONORIFIC,
  ORG_WORD,
  type PersonSpan,
  type TextSpan,
  RELIGIOUS_TITLE,
  wordTags,
  GAELIC_SURNAME_PARTICLE,
} from './nlp';
import { kindOfPhrase, PERSON_EPITHET, phraseAfter, phraseBefore, type NounPhrase } from './phrases';
import { extractQuotes, maskQuotes, type RawQuote } from './quotes';
import type { Sentence } from './segment';

/** Someone or something the article names or quotes: a known actor, or one to propose. */
export interface CastMember {
  id: string;
  name: string;
  kind: ActorKind;
  known: boolean;
  /** Other spellings the article uses ("Calloway", "Sir Edmund Calloway"). */
  aliases: string[];
  /** The role title the article gives ("foreign minister", "special envoy for the Selvik process"). */
  title?: string | undefined;
  anonymous?: boolean;
  /** The outlet an anonymous source spoke to: a cast id. */
  via?: string | undefined;
  /** The sentence that names it first. */
  excerpt: string;
}

/** A quote with its speaker (a cast id) and how the speaker was found. */
export interface FoundQuote extends RawQuote {
  excerpt: string;
  speaker: string | null;
  how: string;
}

/** A name, title or description in a sentence that stands for a cast member. */
interface Entity {
  id: string;
  kind: ActorKind;
  index: number;
  end: number;
  /** Object of a preposition ("talks with Estavia", "a spokeswoman for Minister Rune"): never a subject. */
  object: boolean;
}

const SPEECH =
  /\b(?:said|says|say|stated|states|told|tells|added|adds|claimed|claiming|claims|emphasi[sz]ed|emphasi[sz]ing|stressed|stressing|noted|notes|noting|warned|warning|insisted|insisting|argued|saying|adding|declared|wrote|writes|writing|according to|asked|asks|explained|announced|remarked|replied|continued|vowed|urged|called|calls|describes|describe|described|reads|warns|insists|stipulates|stipulate|stipulated|specifies|specify|specified|acknowledged|conceded|admitted|recalled|complained|pledged|predicted|cautioned|maintained|maintains|branded|classed|classified|termed|dubbed|labell?ed|hailed|denounced|found|finds|concluded|concludes|ruled|rules|ruling(?=,?\s+that\b)|promised|promises|ordered|instructed|blaming|blamed|blames|citing|rated|rates|reminded|reminding|telling|urging|put\s+it)\b/gi;
const PRONOUN_BEFORE = /\b(?:he|she)\s*$/i;
/** "he was quoted (by X) as", "she was later quoted in X as", "quoted her as": a pronoun quoted before "saying". */
const QUOTED_PRONOUN =
  /\b(?:(he|she)\s+(?:was|is|has\s+been|had\s+been)(?:\s+(?:later|also|widely|once))?\s+quoted(?:\s+(?:by|in)\s+[^,;:]{1,60}?)?|quoted\s+(him|her))\s+as\s*$/i;
/** "…," said she. — but not "said she was …". */
const PRONOUN_AFTER = /^\s*(?:he|she)\s*(?:[.,;:!?]|$)/i;
const PREPOSITION =
  /^(?:with|for|to|of|from|by|against|at|in|on|about|between|and|toward|towards|into|than|after|before)$/i;
/** ", the …, " set off between a name and its verb ("1,400" is no comma of its own), an age first allowed (", 44, a fisherman …,"). */
const APPOSITION = /^\s*,\s+(?:\d{1,3},\s+)?(?:[^,;:]|,(?=\d{3}))+,\s*$/;
/** ", a spokesman for the Transport Minister, Ilse Varnham, ": a role apposition whose object's name is set off in it. */
const ROLE_APPOSITION = /^\s*,\s+(?:a|an|the)\s+[^,;:]*\b(?:for|to|of|with)\s+[^,;:]+,\s+[^,;:]+,\s*$/u;
/** "X, has previously warned", "X had repeatedly argued": auxiliaries and adverbs between a subject and its verb. */
const AUXILIARY_AFTER =
  /^,?\s+(?:(?:has|have|had|was|were|is|will|would)\s+)?(?:\p{Ll}+ly\s+)?$|^,?\s+(?:has|have|had)\s+long\s+$/u;
/** "Dr. X of Varn University, said", "X of the Growers' Guild said": the body a person is of, between the name and its verb. */
const BODY_AFTER = /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^,;:]*?,?\s*$/u;
/** Text set off between a subject and its verb, in either form. */
const apposed = (between: string) => APPOSITION.test(between) || ROLE_APPOSITION.test(between);

const lastWordOf = (name: string) => name.split(/\s+/).at(-1)!;
/** Particles that belong to the surname after them ("Van Hoorn", "de Villiers", "van der Berge", "Ní Fhaoláin"). */
const SURNAME_PARTICLE = new RegExp(
  `^(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Ll]e|[Ll]a|[Tt]er|[Tt]en|${GAELIC_SURNAME_PARTICLE})$`,
);
/** A person's surname: the last word with the particles before it, after a first name ("Priscilla Van Hoorn" → "Van Hoorn"). */
const surnameOf = (name: string) => {
  const words = name.split(/\s+/);
  let i = words.length - 1;
  while (i > 1 && SURNAME_PARTICLE.test(words[i - 1]!)) i--;
  return words.slice(i).join(' ');
};
const lc = (s: string) => s.toLowerCase();

/** The cast of one article, growing as the article is read. */
/**
 * "Gary and Tilly Vane": each pair of first names the text joins by "and" before `surname` (the first names in
 * groups 1 and 2); shared by {@link Cast.couplePartner} and {@link kinOfCouple}, the surname escaped.
 */
const couplesNamed = (text: string, surname: string) =>
  text.matchAll(new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+${escapeRegExp(surname)}\b`, 'gu'));

/** "Father and son", "Brothers", "twin sisters" just before a pair of first names: kin, no couple (issue 12sq). */
const NAMED_AS_KIN =
  /\b(?:(?:father|mother|son|daughter)\s+and\s+(?:son|daughter|father|mother)|(?:twin\s+)?(?:brothers|sisters|siblings|twins|cousins))\s+$/iu;

/** A kin word's sex: "brother", "husband" a man's; "sister", "wife" a woman's ({@link kinPairSexes}, {@link kinFirstNamed}). */
const KIN_SEX: Record<string, 'male' | 'female'> = {
  brother: 'male',
  husband: 'male',
  father: 'male',
  son: 'male',
  sister: 'female',
  wife: 'female',
  mother: 'female',
  daughter: 'female',
  widower: 'male',
  widow: 'female',
};

/**
 * "Brother and sister Anselm and Wenna X", "husband and wife Tam and Ebba X" (issue 12az): two kin words of different
 * sexes right before a pair of first names give each first name its sex, in the order written, as compromise's lexicon
 * gives a known first name's; so "Mr X" / "Ms X" later is the one of that sex (see {@link Cast.coupleByGender}).
 * None for kin words of one sex ("Father and son"), which leave the pair to the other readings.
 */
function kinPairSexes(lead: string): ['male' | 'female', 'male' | 'female'] | undefined {
  const m = /\b(\p{L}+)\s+and\s+(\p{L}+)\s+$/u.exec(lead);
  const [a, b] = [KIN_SEX[lc(m?.[1] ?? '')], KIN_SEX[lc(m?.[2] ?? '')]];
  return a && b && a !== b ? [a, b] : undefined;
}

export class Cast {
  readonly members = new Map<string, CastMember>();
  private byName = new Map<string, string>();
  private bySurname = new Map<string, string>();
  /** "sir edmund" → the person introduced as "Sir Edmund Garrow". */
  private byHonorific = new Map<string, string>();
  /** Genders honorifics gave people ("Ms Roe"), by cast id. */
  private genders = new Map<string, 'male' | 'female'>();
  private knownPersons: Array<{ id: string; names: string[] }>;
  readonly aliases: Array<{ actor: string; alias: string }> = [];
  readonly matcher: ActorMatcher;
  /**
   * Kin the article named with a first name after a kin word ("with her husband, Hessel,", issue 12ax), by the cast id
   * of the one they are kin of and the kin word: "<id>|husband" → Hessel's cast id ({@link kinFirstNamed}).
   */
  readonly kinNamed = new Map<string, string>();
  /** The article's text, for the whole name a bare surname stands for (set by `readArticle`). */
  text = '';

  constructor(
    known: Array<{ id: string; data: Pick<Actor, 'name' | 'aliases' | 'kind' | 'roles'> }>,
    private newId: (name: string) => string,
    private publisher: string,
  ) {
    this.matcher = new ActorMatcher(known);
    for (const a of known)
      this.members.set(a.id, {
        id: a.id,
        name: a.data.name,
        kind: a.data.kind,
        known: true,
        aliases: [...a.data.aliases],
        excerpt: '',
      });
    this.knownPersons = known
      .filter((a) => a.data.kind === 'person')
      .map((a) => ({ id: a.id, names: [a.data.name, ...a.data.aliases] }));
  }

  /** True for the article's own publisher ("The Northern Ledger"), which is never an actor of its article. */
  isPublisher(name: string): boolean {
    const strip = (s: string) =>
      lc(s)
        .replace(/^the\s+/, '')
        .trim();
    return !!this.publisher && strip(name) === strip(this.publisher);
  }

  /** The cast member a person's name (or bare surname) stands for, adding a new one if need be. */
  person(p: PersonSpan, excerpt: string, title?: string): string | null {
    const gender = sexOfHonorific(p.honorific);
    // "Ned and Ottilie X … Mrs X said": the one of a couple the honorific's gender picks (issue 12sq).
    const paired = gender && !p.text.includes(' ') ? this.coupleByGender(p.text, gender) : undefined;
    if (paired) {
      const id = this.namedPerson({ ...p, text: paired, written: paired }, excerpt, title);
      if (id) this.genders.set(id, gender!);
      if (id) return id;
    }
    const found = this.namedPerson(p, excerpt, title);
    // "Harold and Jean Vane … Mr Vane said": of two people with the surname, the one of the honorific's gender.
    const other =
      found && gender && !p.text.includes(' ') && this.knownGender(this.members.get(found)!) !== gender
        ? [...this.members.values()].find(
            (m) =>
              m.kind === 'person' &&
              m.id !== found &&
              surnameOf(m.name) === surnameOf(this.members.get(found)!.name) &&
              this.knownGender(m) === gender,
          )?.id
        : undefined;
    // "Gary and Tilly Vane … Mrs Vane said": the other one of the couple when the first names tell (issue 12ai).
    const spouse = found && gender && !other && !p.text.includes(' ') ? this.couplePartner(found, gender) : undefined;
    // "Ann Hale runs the shop. … Mr Hale, 60, said": with no one of the honorific's gender by that surname,
    // the honorific and the surname are a person of their own (her husband), not the woman named before.
    const stranger =
      found &&
      gender &&
      !other &&
      !spouse &&
      !p.text.includes(' ') &&
      p.honorific &&
      /^(?:Mr|Mrs|Ms|Miss)\.?$/.test(p.honorific)
        ? firmSexOf(this.members.get(found)) === (gender === 'male' ? 'female' : 'male')
        : false;
    const id = stranger
      ? this.honorificPerson(`${p.honorific!.replace('.', '')} ${p.text}`, excerpt, title)
      : (other ?? spouse ?? found);
    if (id && gender) this.genders.set(id, gender);
    return id;
  }

  /**
   * "Gary and Tilly Vane": the cast member the article joins to `found` by "and" before their one surname, when an
   * honorific of `gender` fits that partner better: `found` is of the other gender and the partner is not, or
   * `found`'s gender is unknown and the partner's first name is of `gender`; none for any other relative.
   */
  private couplePartner(found: string, gender: 'male' | 'female'): string | undefined {
    const member = this.members.get(found);
    if (!member || member.kind !== 'person' || !this.text) return undefined;
    const [first, ...rest] = member.name.split(/\s+/);
    const surname = rest.at(-1);
    if (!first || !surname || rest.length !== 1) return undefined;
    for (const m of couplesNamed(this.text, surname)) {
      if (m[1] !== first && m[2] !== first) continue;
      const partner = this.byName.get(lc(`${m[1] === first ? m[2] : m[1]} ${surname}`));
      const mine = genderOf(member);
      const theirs = genderOf(partner ? this.members.get(partner) : undefined);
      const opposite = gender === 'male' ? 'female' : 'male';
      if (partner && partner !== found && ((mine === opposite && theirs !== opposite) || (!mine && theirs === gender)))
        return partner;
    }
    return undefined;
  }

  /**
   * "Ned and Ottilie X": the whole name of the one of a couple joined by "and" before `surname` whom an honorific of
   * `gender` stands for, when compromise's lexicon knows one first name's gender (issue 12sq): the one of that
   * gender, or the other one of a first name of the other gender. None when neither is known or both are of one
   * gender, when two couples answer, or for a pair named as kin ("Father and son", "Brothers").
   */
  private coupleByGender(surname: string, gender: 'male' | 'female'): string | undefined {
    const picks = new Set<string>();
    const opposite = gender === 'male' ? 'female' : 'male';
    for (const m of couplesNamed(this.text, surname)) {
      const lead = this.text.slice(Math.max(0, m.index! - 40), m.index);
      const kin = kinPairSexes(lead);
      if (!kin && NAMED_AS_KIN.test(lead)) continue;
      const [a, b] = [m[1]!, m[2]!];
      // "Mr and Mrs X" names no first name.
      if (HONORIFIC.test(a) || HONORIFIC.test(b)) continue;
      const [ga, gb] = kin ?? [a, b].map((first) => genderOfName(`${first} ${surname}`));
      const pick =
        ga === gender && gb !== gender
          ? a
          : gb === gender && ga !== gender
            ? b
            : ga === opposite && !gb
              ? b
              : gb === opposite && !ga
                ? a
                : undefined;
      if (pick) picks.add(`${pick} ${surname}`);
    }
    const [one, ...more] = [...picks];
    return one && !more.length ? one : undefined;
  }

  /** A person the article names only with an honorific and a surname ("Mr Hale"), kept apart from the surname's owner. */
  private honorificPerson(name: string, excerpt: string, title?: string): string {
    const known = this.byName.get(lc(name));
    if (known) return known;
    const id = this.newId(name);
    this.members.set(id, { id, name, kind: 'person', known: false, aliases: [], title, excerpt });
    this.byName.set(lc(name), id);
    return id;
  }

  /** The gender an honorific the article wrote before a person's name gave them ("Ms Roe"), if any. */
  honorificGender(id: string): 'male' | 'female' | undefined {
    return this.genders.get(id);
  }

  /**
   * A person's gender by an honorific the article gave them before ("Mr Hale, who …"), else by the first name
   * (issue 12at): "Owner Tam Hale … Mr Hale … Mr Hale's wife, Ysolde Hale, … Mr Hale said" is Tam Hale again, though
   * compromise does not know "Tam" as a man's name.
   */
  private knownGender(m: CastMember): 'male' | 'female' | null {
    return this.genders.get(m.id) ?? genderOf(m);
  }

  /** `person` without the honorific's gender. */
  private namedPerson(p: PersonSpan, excerpt: string, title?: string): string | null {
    const key = lc(p.text);
    if (this.byName.has(key)) return this.byName.get(key)!;
    if (!p.text.includes(' ') || this.bySurname.has(key)) return this.bySurname.get(key) ?? null;
    const kin = this.knownPersons.find((k) => k.names.some((n) => surnameOf(n) === surnameOf(p.text)));
    if (kin) {
      if (!this.aliases.some((a) => a.actor === kin.id && a.alias === p.text))
        this.aliases.push({ actor: kin.id, alias: p.text });
      this.byName.set(key, kin.id);
      return kin.id;
    }
    const id = this.newId(p.text);
    const aliases = [surnameOf(p.text), ...(p.written !== p.text ? [p.written] : [])];
    this.members.set(id, { id, name: p.text, kind: 'person', known: false, aliases, title: title ?? p.title, excerpt });
    this.byName.set(key, id);
    this.bySurname.set(lc(surnameOf(p.text)), id);
    // "de Villiers said" is also found by its last word, as every later mention of one word is.
    if (!this.bySurname.has(lc(lastWordOf(p.text)))) this.bySurname.set(lc(lastWordOf(p.text)), id);
    if (p.honorific && /^(?:Sir|Dame|Lord|Lady)$/.test(p.honorific))
      this.byHonorific.set(lc(`${p.honorific} ${p.text.split(/\s+/)[0]!}`), id);
    return id;
  }

  /** The person a title of nobility with a first name stands for ("Sir Edmund" for "Sir Edmund Garrow"). */
  honorificFirstName(words: string): string | undefined {
    return this.byHonorific.get(lc(words.replace(/\s+/g, ' ')));
  }

  /** The one person this article named whose first name is `word` ("Sandra" for "Sandra Tippetts"), if only one. */
  firstName(word: string): string | undefined {
    const people = [...this.members.values()].filter(
      (m) => m.kind === 'person' && !m.anonymous && /\s/.test(m.name) && m.name.split(/\s+/)[0] === word,
    );
    return people.length === 1 ? people[0]!.id : undefined;
  }

  /** The cast member for an organisation or country name, adding a new one if need be. */
  thing(name: string, kind: ActorKind, excerpt: string, extra: Partial<CastMember> = {}): string {
    const key = lc(name);
    if (this.byName.has(key)) return this.byName.get(key)!;
    // "the Forest Service" after "the Orveth Forest Service": the shorter name of one already met.
    const longer = [...this.members.values()].find(
      (m) => m.kind === kind && kind === 'organisation' && name.includes(' ') && lc(m.name).endsWith(` ${key}`),
    );
    if (longer) return longer.id;
    const id = this.newId(name);
    this.members.set(id, { id, name, kind, known: false, aliases: [], excerpt, ...extra });
    this.byName.set(key, id);
    return id;
  }

  /** The organisation named earlier whose first word this is ("Quellin" for "Quellin Therapeutics Inc."). */
  shortOrganisation(word: string): string | undefined {
    if (this.bySurname.has(lc(word))) return undefined;
    return [...this.members.values()].find(
      (m) => m.kind === 'organisation' && m.name.includes(' ') && m.name.split(/\s+/)[0] === word,
    )?.id;
  }

  /** An organisation of one word met earlier ("Calvernet" after "grid operator Calvernet"), by its name. */
  oneWordBody(word: string): string | undefined {
    const id = this.byName.get(lc(word));
    const m = id ? this.members.get(id) : undefined;
    return m && m.kind === 'organisation' && !m.name.includes(' ') ? id : undefined;
  }

  /** Surnames of people this article introduced, for later mentions ("Markovic said"). */
  surnames(): Map<string, string> {
    return this.bySurname;
  }
}

/**
 * Councillors' titles written before a name ("Cllr", "Coun.", "Councillor"): a lower-case word just before one is a
 * portfolio the office is for ("Cabinet member for housing Cllr X"), never part of a role that a preposition governs
 * ("for council leader X").
 */
const COUNCILLOR_TITLE = /^(?:Cllr|Clr|Coun|Councillor|Councilor|Ald|Alderman)\.?$/;

/**
 * True when the lower-case word at `k` of `reversed` (the words before a name, last first) is a portfolio between a
 * role and a councillor's title: "member for housing Cllr X" ({@link COUNCILLOR_TITLE}); not "of what Coun. X".
 */
const portfolioBeforeTitle = (reversed: string[], k: number) =>
  COUNCILLOR_TITLE.test(reversed[k - 1] ?? '') &&
  reversed[k + 1] === 'for' &&
  (TITLE_WORD.test(reversed[k + 2] ?? '') || isPersonNoun(reversed[k + 2] ?? ''));

/** True when the words before an entity make it the object of a preposition ("talks with Estavia"). */
function isObject(masked: string, index: number): boolean {
  const words = masked
    .slice(Math.max(0, index - 60), index)
    .trim()
    .split(/\s+/)
    .reverse();
  for (const [k, w] of words.entries()) {
    // "On Tuesday, Judge Ana Roe said": a comma closes the phrase the preposition governs.
    if (/[,;:]$/.test(w)) return false;
    // "to the radio station Dagby FM": a noun for the kind of organisation (and its modifier) stands before its name.
    const kindOfBody = ORG_NOUN.test(w) || (ORG_NOUN.test(words[k - 1] ?? '') && /^\p{Ll}+$/u.test(w));
    // "for council leader Aldous Vane": a word before a title qualifies the role.
    const ofRole =
      TITLE_WORD.test(words[k - 1] ?? '') &&
      !portfolioBeforeTitle(words, k) &&
      /^\p{Ll}+$/u.test(w) &&
      !PREPOSITION.test(w);
    if (TITLE_WORD.test(w) || /^\p{Lu}/u.test(w) || /^(?:the|a|an)$/i.test(w) || kindOfBody || ofRole) continue;
    // "Bank of Vantor Governor …": "of" between capitalised words is part of a name.
    if (/^(?:of|for)$/.test(w) && /^\p{Lu}/u.test(words[k + 1] ?? '') && /^\p{Lu}/u.test(words[k - 1] ?? '')) continue;
    // "Harlo chairman and CEO Teodor Vass said": "and" between two titles joins the offices of one person.
    if (jointOffices(w, words[k + 1], words[k - 1], words[k + 2])) continue;
    return PREPOSITION.test(w.replace(/[,;:]$/, '')) && !/[,;:]$/.test(w);
  }
  return false;
}

/**
 * True when "and" joins two titles of one person ("chairman and CEO", "co-founder and chief
 * executive"): a noun for a person by role before it, a title word or capitalised word after it.
 */
function jointOffices(word: string, before: string | undefined, after: string | undefined, first?: string): boolean {
  return (
    word === 'and' &&
    !!before &&
    !!after &&
    // ("Chairman and chief executive X said": a capitalised title opening the sentence is one too; not "The Prime
    // Minister and President X said", two people.)
    ((/^\p{Ll}[\p{Ll}-]+$/u.test(before) && isPersonNoun(before)) ||
      (TITLE_WORD.test(before) && (!first || /[.!?]["”’]?$/u.test(first)))) &&
    (TITLE_WORD.test(after) || /^\p{Lu}/u.test(after))
  );
}

/** An apposition after a person's name that gives a role: ", a special envoy for the Selvik process,". */
function appositionTitle(masked: string, end: number): string | undefined {
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,;:]{3,80}?)(?=,|\s+(?:said|told|says)\b|[.!?]?\s*$)/u.exec(masked.slice(end));
  if (!m || /^(?:who|which|whose|where)\b/.test(m[1]!) || nlp(m[1]!).terms().first().has('#Verb')) return undefined;
  return m[1]!.split(/\s+/).some((w) => TITLE_WORD.test(w) || isPersonNoun(w)) ? m[1]!.trim() : undefined;
}

/** An honorific or title written before a name after a speech verb ("said Dr X", "according to Judge Y"), as a pattern source. */
const BEFORE_NAME = String.raw`(?:(?:Dr|Prof|Mr|Mrs|Ms|Gen|Revd|Rev|Sir|Dame|Judge|Justice|Cllr|Councillor)\.?\s+)?`;
/** ", Dr " and the like, ending the text between a speech verb and the name after it. */
const COMMA_BEFORE_NAME = new RegExp(String.raw`^[^.;:!?]{0,60},\s*(?=${BEFORE_NAME}$)`, 'u');
/** Nothing but "by" and an honorific between a speech verb and the name after it. */
const JUST_BEFORE_NAME = new RegExp(String.raw`^[\s,]*(?:by\s+)?${BEFORE_NAME}$`);

/** Where ", " before a name and its honorific ("…, Dr ") ends in `between` (text after a verb), if it does. */
function commaBefore(between: string): number | undefined {
  const m = COMMA_BEFORE_NAME.exec(between);
  return m?.[0].length;
}

/** A title written just before a name and set off by commas: "the alliance's secretary general, Jonas Eklund,". */
function titleBefore(masked: string, index: number): string | undefined {
  const m =
    /(?:^|[,;:]\s*|\b(?:the|a|an|his|her|its|their|said|says|added)\s+|\p{L}[’']s\s+)((?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+),\s*$/u.exec(
      masked.slice(Math.max(0, index - 80), index),
    );
  if (!m) return undefined;
  // "the director of Harlow Green School, X,": the role before "of" its body.
  const role = m[1]!.split(/\s+of\s+/)[0]!;
  return isPersonNoun(m[1]!.split(/\s+/).at(-1)!) || isPersonNoun(role.split(/\s+/).at(-1)!) || roleForPlace(m[1]!)
    ? m[1]
    : undefined;
}

/**
 * "its director for the region, Dr X", "the company's manager in Orvane, X": a role before "for" or
 * "in" and the place or field it covers (issue 12ac). "the best in the region, X" names no role.
 */
function roleForPlace(title: string): boolean {
  const role = /^([\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:for|in)\s/u.exec(title)?.[1];
  return !!role && isPersonNoun(role.split(/\s+/).at(-1)!);
}

/**
 * "Morwenna Tregale was selling the last of her ewes", "Tavish Brennock stood beside the lorry he has
 * driven": a name that is the subject of a verb, referred back to by a personal pronoun later in its
 * clause, is a person's.
 */
function referredByPronoun(masked: string, end: number): boolean {
  const next = termsOf(masked).find((t) => t.start >= end);
  if (!next || masked.slice(end, next.start).trim() || !next.tags.has('Verb')) return false;
  return /^[^.;:!?]*?\b(?:she|he|her|his|him)\b/u.test(masked.slice(next.end));
}

/** Letters of a rank or honour after a name, alone in the rest of its run: "Ann Lowe KC". */
const POST_NOMINAL_AFTER = new RegExp(String.raw`^\s+${POST_NOMINAL.source}$`);

/** A sentence of quotes a pronoun gives: ""This is the third frost," she says." */
const QUOTED_BY_PRONOUN = /^\s*["“][^"”]*["”],?\s+(?:she|he)\s+(?:said|says|added|adds|told|tells)\b/u;

/**
 * "Amparo Villasenor walks between the rows …. "…," she says.": a name opening its sentence as the
 * subject of a verb, before a sentence whose quotes a pronoun gives, is a person's.
 */
function openingSubject(masked: string, p: PersonSpan): boolean {
  if (masked.slice(0, p.index).trim()) return false;
  const next = termsOf(masked).find((t) => t.start >= p.end);
  // (A verb in the present, as a portrait has it: "Greystone Mills closed its doors" tells of a company.)
  return !!next && !masked.slice(p.end, next.start).trim() && next.tags.has('Verb') && next.tags.has('PresentTense');
}

/** "The choir, conducted by Ilse Mara Tove, won": a participle and "by" open an apposition that closes after the name (issue 12ac). */
const AGENT_BEFORE = /,\s+(?:\p{Ll}+ed|led|run|built|written|sung|won|held|taught)\s+by\s+$/u;

/** A name of two to four words set off by commas as the agent of a participle ({@link AGENT_BEFORE}) is a person's. */
function agentInApposition(masked: string, p: PersonSpan): boolean {
  return AGENT_BEFORE.test(masked.slice(Math.max(0, p.index - 40), p.index)) && /^\s*,/u.test(masked.slice(p.end));
}

/**
 * "Miss Ashgrove said" (issue 12az): compromise's lexicon knows "Mr", "Mrs" and "Ms" as honorifics but not "Miss",
 * so a run of "Miss" and one capitalised word was a name of two words of its own; it is the honorific and a surname,
 * read as "Ms Ashgrove" is (the surname's person, of a woman's sex: the one of a brother and sister, of a couple).
 */
function missSurname(run: TextSpan): PersonSpan | null {
  const m = /^Miss\s+(\p{Lu}[\p{L}’'-]+)$/u.exec(run.text);
  if (!m) return null;
  const index = run.end - m[1]!.length;
  return { text: m[1]!, index, end: run.end, honorific: 'Miss', written: run.text };
}

/** People named in a sentence: compromise's people, and runs of capitalised words a title, honorific or speech verb marks as a name. */
function personSpans(masked: string, quotedNext = false): PersonSpan[] {
  const found = people(masked);
  for (const whole of properRuns(masked)) {
    // "Priya Vane of St Olave's School": when the run is no name, the words before "of" may be one.
    const of = /\s(?:of|from|at)\s/u.exec(whole.text);
    const run =
      of && !splitName(whole, masked)
        ? { text: whole.text.slice(0, of.index), index: whole.index, end: whole.index + of.index }
        : whole;
    if (found.some((f) => f.index < run.end && run.index < f.end)) continue;
    const miss = missSurname(run);
    if (miss) {
      found.push(miss);
      continue;
    }
    const p = splitName(run, masked);
    if (!p || !p.text.includes(' ') || p.text.split(' ').length > 4) continue;
    const after = masked.slice(p.end);
    const cue =
      p.title ||
      p.honorific ||
      /^\s*(?:,\s+(?:a|an|the|who)\b[^,;]*,\s*|\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[^,;]{0,60}?,?\s*)?(?:said|says|told|added|stated|replied|retorted|wrote|warned|insisted|argued|explained)\b/u.test(
        after,
      ) ||
      /^,\s+(?:a|an|the)\s/.test(after) ||
      POST_NOMINAL_AFTER.test(masked.slice(p.index + p.text.length, p.end)) ||
      kinFollows(/^,\s+whose\s+([^;.]{0,60})/u.exec(after)?.[1] ?? '') ||
      referredByPronoun(masked, p.end) ||
      (quotedNext && openingSubject(masked, p)) ||
      /\b(?:said|says)\s*$/.test(masked.slice(0, p.index)) ||
      titleBefore(masked, p.index) ||
      agentInApposition(masked, p);
    if (cue && !COUNTRIES.has(p.text)) found.push(p);
  }
  // (compromise may have read the lone first name as a name of one word: the partner's whole name replaces it.)
  const partners = found.flatMap((p) => partnerOf(masked, p));
  const rest = found.filter((f) => !partners.some((q) => f.index === q.index && !f.text.includes(' ')));
  // (Named after the one whose surname they share, a later "Mr Vane" is found by the honorific's gender.)
  return [
    ...rest.sort((a, b) => a.index - b.index),
    ...partners.filter((q) => !rest.some((f) => f.index < q.end && q.index < f.end)),
  ];
}

/** Drops a known actor's role title that only describes a named person next to it ("a special envoy", "foreign minister Dara Oyelaran"). */
function describesNamed(m: Mention, names: PersonSpan[], masked: string): boolean {
  return names.some(
    (p) =>
      /^[\s,]*$/.test(masked.slice(m.end, p.index)) ||
      (p.end <= m.index && /^,\s+(?:(?:a|an|the)\s+)?[^,;]*$/.test(masked.slice(p.end, m.index))),
  );
}

/** Later mentions of people the article introduced: "Sir Edmund" (of "Sir Edmund Garrow"), bare surnames, a first name before a speech verb. */
function laterMentions(
  masked: string,
  excerpt: string,
  cast: Cast,
  out: Entity[],
  free: (i: number, j: number) => boolean,
): void {
  const mentions = [
    ...[...masked.matchAll(/\b(?:Sir|Dame|Lord|Lady)\s+\p{Lu}[\p{L}’'-]+(?![\p{L}’'-]|\s+\p{Lu})/gu)].map((m) => ({
      m,
      id: cast.honorificFirstName(m[0]),
    })),
    // "Sallinger's team": a surname in a possessive is a mention too.
    ...[...masked.matchAll(/\p{Lu}[\p{L}’'-]+/gu)].map((m) => ({
      m,
      id: cast.surnames().get(lc(m[0])) ?? cast.surnames().get(lc(m[0].replace(/[’']s$/u, ''))),
    })),
    // ""…," Sandra told the paper": a first name alone before a speech verb is the person named with it before.
    ...[...masked.matchAll(/(?<!\p{Lu}[\p{L}’'-]*\s)\p{Lu}\p{Ll}+(?=\s+(?:said|says|told|tells|added|adds)\b)/gu)].map(
      (m) => ({
        m,
        id: cast.firstName(m[0]),
      }),
    ),
  ];
  kinApposed(masked, cast, out, free);
  couplePartnerNamed(masked, cast, out, free);
  kinFirstNamed(masked, excerpt, cast, out, free);
  for (const { m, id } of mentions)
    if (id && free(m.index, m.index + m[0].length))
      out.push({ id, kind: 'person', index: m.index, end: m.index + m[0].length, object: false });
  // "Quellin said" after "Quellin Therapeutics Inc.": the organisation by the first word of its name, or its one word.
  for (const m of masked.matchAll(/(?<![\p{L}’'-]\s?)\p{Lu}[\p{L}-]+(?![\p{L}’'-]|\s+\p{Lu})/gu)) {
    const id = cast.shortOrganisation(m[0]) ?? cast.oneWordBody(m[0]);
    if (id && free(m.index, m.index + m[0].length))
      out.push({ id, kind: 'organisation', index: m.index, end: m.index + m[0].length, object: false });
  }
}

/**
 * "His wife, Concepta, said", "Mr Hale's sister, Orla, who …, told": a kin word after "his" / "her" or after a named
 * person's possessive, then a first name alone set off by commas (issue 12ax).
 */
const KIN_FIRST_NAME =
  /\b(?:([Hh]is|[Hh]er)|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{L}-]+)[’']s)\s+(wife|husband|partner|widow|widower|brother|sister|twin|son|daughter|mother|father)\s*,\s+(\p{Lu}\p{Ll}+)(?=\s*,)/gu;

/**
 * "Ferdia X … His wife, Concepta, said", "Mr X's wife, Pleasance, who …, said" (issue 12ax): a first name set off after
 * a kin word ({@link KIN_FIRST_NAME}) is a person of the kin's surname: the surname of the named possessor when the
 * article met that person, or, after "his" / "her", of the person last named before the sentence whose first name is
 * not of the other sex (document-level reading: the article names the family once and then drops the surname). The
 * kin word gives the sex, the kin is remembered for a later "Her husband …" ({@link Cast.kinNamed}, read in
 * {@link kinOf}), and the bare surname keeps standing for the person named in full. Not when the first name is the
 * possessor's own, an opening word, or the article met no such person.
 */
function kinFirstNamed(
  masked: string,
  excerpt: string,
  cast: Cast,
  out: Entity[],
  free: (i: number, j: number) => boolean,
): void {
  for (const m of masked.matchAll(KIN_FIRST_NAME)) {
    const first = m[4]!;
    const index = m.index + m[0].length - first.length;
    if (NO_NAME.test(first) || HONORIFIC.test(first) || !free(index, index + first.length)) continue;
    const owner = m[2]
      ? cast.surnames().get(lc(m[2]))
      : lastPersonBefore(cast, excerpt, m.index, lc(m[1]!) === 'his' ? 'male' : 'female');
    const name = owner ? cast.members.get(owner)?.name : undefined;
    const surname = name && kinSurname(name);
    if (!surname || name.split(/\s+/)[0] === first) continue;
    const text = `${first} ${surname}`;
    // The kin word tells the sex ("husband" a man's), as an honorific would: "she said" after it is not his.
    const sex = KIN_SEX[m[3]!];
    const honorific = sex === 'male' ? 'Mr' : sex === 'female' ? 'Ms' : undefined;
    // The bare surname still stands for the one the article wrote in full ("Mrs X" after "her brother, Tadhg,").
    const prior = cast.surnames().get(lc(surname));
    const id = cast.person({ text, index, end: index + first.length, written: first, honorific }, excerpt);
    if (prior) cast.surnames().set(lc(surname), prior);
    if (id) cast.kinNamed.set(`${owner}|${m[3]!}`, id);
    if (id) out.push({ id, kind: 'person', index, end: index + first.length, object: false });
  }
}

/**
 * The person of the cast with a whole name whose surname the article writes last before `offset` in `excerpt`, when
 * the first name is not of the other sex than `gender` ("His wife, …" after "Mr X told …"); none when that person is
 * of it.
 */
function lastPersonBefore(cast: Cast, excerpt: string, offset: number, gender: 'male' | 'female'): string | undefined {
  const at = cast.text.indexOf(excerpt);
  if (at < 0) return undefined;
  const before = cast.text.slice(0, at + offset);
  let best: { id: string; at: number } | undefined;
  for (const m of cast.members.values()) {
    if (m.kind !== 'person' || m.anonymous || !/\s/.test(m.name)) continue;
    const seen = before.lastIndexOf(surnameOf(m.name));
    if (seen >= 0 && (!best || seen > best.at)) best = { id: m.id, at: seen };
  }
  const member = best && cast.members.get(best.id);
  return member && genderOf(member) !== (gender === 'male' ? 'female' : 'male') ? best!.id : undefined;
}

/**
 * "Dervla X, Ebbe's mother,", "Gwen X, his sister,": a capitalised word before a surname the article has met, the
 * two set off by a kin word after a possessor (issue 12sq).
 */
const KIN_APPOSED =
  /(?<!\p{Lu}[\p{L}’'-]*\s)(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]+),\s+(?:(?:the\s+\p{Ll}+|\p{Lu}[\p{L}-]+)['’]s|his|her|their)\s+(?:mother|father|son|daughter|brother|sister|wife|husband|widow|widower|partner|aunt|uncle|grandmother|grandfather|cousin)\s*,/gu;

/**
 * "Dervla X, Ebbe's mother, told …" after "Ebbe X": the first name compromise does not know and the surname met
 * before are a person of their own, set off as the other one's kin ({@link KIN_APPOSED}), not a later mention of
 * the one met (issue 12sq); not a title or an honorific before the surname, nor a first name the article gave
 * that surname's person.
 */
function kinApposed(masked: string, cast: Cast, out: Entity[], free: (i: number, j: number) => boolean): void {
  metSurnameNamed(masked, cast, out, free, KIN_APPOSED);
}

/**
 * The person of each `pattern` match in `masked` (first name in group 1, surname in group 2) whose surname the article
 * has met for someone else: not that person's own first name, an honorific, a title or an opening word, and only when
 * `also` (if given) holds for the first name and surname; pushed to `out` when its span is `free`
 * ({@link kinApposed}, {@link couplePartnerNamed}).
 */
function metSurnameNamed(
  masked: string,
  cast: Cast,
  out: Entity[],
  free: (i: number, j: number) => boolean,
  pattern: RegExp,
  also?: (first: string, surname: string) => boolean,
): void {
  for (const m of masked.matchAll(pattern)) {
    const [first, surname] = [m[1]!, m[2]!];
    const met = cast.surnames().get(lc(surname));
    const metFirst = met ? cast.members.get(met)?.name.split(/\s+/)[0] : undefined;
    if (!met || metFirst === first || HONORIFIC.test(first) || TITLE_WORD.test(first) || NO_NAME.test(first)) continue;
    if (also && !also(first, surname)) continue;
    const text = `${first} ${surname}`;
    if (!free(m.index, m.index + text.length)) continue;
    const id = cast.person({ text, index: m.index, end: m.index + text.length, written: text }, masked);
    if (id) out.push({ id, kind: 'person', index: m.index, end: m.index + text.length, object: false });
  }
}

/** A capitalised word and a capitalised word after it, not after another capitalised word: "Zebulon Esterbrook". */
const FIRST_AND_SURNAME = /(?<!\p{Lu}[\p{L}’'-]*\s)(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]|\s+\p{Lu})/gu;

/**
 * "owners Merribeth and Zebulon Esterbrook said …. Zebulon Esterbrook rejected that." (issue 12av): a first name and
 * a surname met before, when the article names that first name in a pair before the surname ({@link couplesNamed}),
 * are the other one of the pair, a person of their own, not a later mention of the one met first (compromise may
 * not know the first name, and the surname alone found the partner). Not an honorific, a title or an opening word.
 */
function couplePartnerNamed(masked: string, cast: Cast, out: Entity[], free: (i: number, j: number) => boolean): void {
  metSurnameNamed(masked, cast, out, free, FIRST_AND_SURNAME, (first, surname) =>
    [...couplesNamed(cast.text, surname)].some((c) => c[1] === first || c[2] === first),
  );
}

/**
 * "Harold and Jean Vane": a lone first name just before "and" and a two-word name shares its
 * surname, a person of their own (not "Ilse Berg and Tom Vane", "Mr Hale and Jean Vane", nor a place).
 */
function partnerOf(masked: string, p: PersonSpan): PersonSpan[] {
  const couple = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+$/u.exec(
    masked.slice(Math.max(0, p.index - 30), p.index),
  );
  if (!couple || p.text.split(' ').length !== 2) return [];
  const first = couple[1]!;
  const at = p.index - couple[0].length + couple[0].indexOf(first);
  if (
    /\p{Lu}[\p{L}’'.-]*\s+$/u.test(masked.slice(0, at)) ||
    NO_NAME.test(first) ||
    COUNTRIES.has(first) ||
    // ("Smith and Ann Lowe", "Orlenko and Vladimir Sarn": a surname, or an unknown word beside a known first name.)
    wordTags(first).has('LastName') ||
    (!wordTags(first).has('FirstName') && wordTags(p.text.split(' ')[0]!).has('FirstName')) ||
    /Place|Date|Organization/.test([...wordTags(first)].join(' '))
  )
    return [];
  const text = `${first} ${surnameOf(p.text)}`;
  return [{ text, index: at, end: at + first.length, written: text }];
}

/**
 * "The Kelby Cyclists Forum said", "The Marigold Star, a 12-metre launch, sank" (issue 12az): a run of capitalised words
 * read as a person's name right after the definite article "the" (no title, honorific or lower-case noun between) is
 * no person's: English writes a person's name without "the"; it is a body or a thing, kept as an organisation so it
 * can speak through its statement and is never what "he" or "she" stands for. Not "the Rev X" (an honorific), "the
 * pianist X" (a noun between), nor a name of one word. Returns those spans, then the others.
 */
function definiteNames(masked: string, spans: PersonSpan[]): [PersonSpan[], PersonSpan[]] {
  const definite = (p: PersonSpan) =>
    !p.honorific &&
    !p.title &&
    p.written === p.text &&
    p.text.includes(' ') &&
    /(?:^|[^\p{L}])[Tt]he\s+$/u.test(masked.slice(Math.max(0, p.index - 5), p.index));
  return [spans.filter(definite), spans.filter((p) => !definite(p))];
}

/**
 * The entities of one sentence (quotes blanked): known actors by name, alias or title, people by
 * name (new ones join the cast, with their title), later mentions by surname, organisations and
 * countries. The publisher is left out. `next` is the next sentence of the paragraph, if any.
 */
export function entitiesOf(text: string, excerpt: string, cast: Cast, next = ''): Entity[] {
  const masked = withoutCapitalLines(text);
  const known = cast.matcher.find(masked).filter((m) => !cast.isPublisher(m.text));
  const bodies = namedOrganisations(masked);
  const [definite, spans] = definiteNames(masked, personSpans(masked, QUOTED_BY_PRONOUN.test(next)));
  const names = spans.filter(
    (p) =>
      ![...known.filter((k) => !k.title), ...bodies].some((k) => k.index < p.end && p.index < k.end) &&
      !cast.isPublisher(p.text),
  );
  const out: Entity[] = known
    .filter((m) => !(m.title && describesNamed(m, names, masked)))
    .map((m) => ({ id: m.id, kind: m.kind, index: m.index, end: m.end, object: false }));
  const free = (i: number, j: number) => !out.some((e) => i < e.end && e.index < j);
  for (const p of names.map((n) => titleFromArticle(n, cast.text))) {
    const id = free(p.index, p.end)
      ? cast.person(p, excerpt, p.title ?? appositionTitle(masked, p.end) ?? titleBefore(masked, p.index))
      : null;
    if (id) out.push({ id, kind: cast.members.get(id)!.kind, index: p.index, end: p.end, object: false });
  }
  laterMentions(masked, excerpt, cast, out, free);
  surnameSpeakers(masked, cast, excerpt, out, free);
  for (const b of oneWordCompanies(masked))
    if (free(b.index, b.end) && !cast.isPublisher(b.text) && !COUNTRIES.has(b.text))
      out.push({ id: cast.thing(b.text, 'organisation', excerpt), kind: 'organisation', ...b, object: false });
  for (const o of [
    ...bodies,
    ...definite,
    ...organisations(masked),
    ...properRuns(masked)
      .filter((r) => endsInOrgWord(r.text, masked.slice(r.end, r.end + 8)))
      .map((r) => personOfBody(r)?.body ?? r),
  ]) {
    const name = o.text.replace(/^The\s+/, '');
    const index = o.end - name.length;
    if (free(index, o.end) && !cast.isPublisher(name))
      out.push({
        id: cast.thing(name, 'organisation', excerpt),
        kind: 'organisation',
        index,
        end: o.end,
        object: false,
      });
  }
  for (const r of properRuns(masked)) {
    if (COUNTRIES.has(r.text) && free(r.index, r.end))
      out.push({
        id: cast.thing(r.text, 'country', excerpt),
        kind: 'country',
        index: r.index,
        end: r.end,
        object: false,
      });
  }
  for (const a of abbreviations(masked))
    if (free(a.index, a.end) && !cast.isPublisher(a.text))
      out.push({ id: cast.thing(a.text, 'organisation', excerpt), kind: 'organisation', ...a, object: false });
  for (const e of out) e.object = isObject(masked, e.index);
  return out.sort((a, b) => a.index - b.index);
}

/** "Velsham, 31,", "Oulston, who …": a bare capitalised word set off with an age or a relative "who" is a person's surname. */
const SURNAME_DESCRIBED = /(?<![\p{L}’'-]\s?)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s+(?:\d{1,3},|who\s)/gu;

/**
 * The whole name the article wrote before, ending in `surname` ("Oriane Velsham" for "Velsham",
 * "Tarrowdale's Benedikt Oulston"): a capitalised word just before the surname that does not
 * itself follow a capitalised word (but may follow a possessive), and is no opening word.
 */
function wholeNameBefore(text: string, surname: string): string | undefined {
  return wholeNamesOf(text, surname)[0];
}

/** Every whole name ("Ann Bishop") the article writes with `surname`, in order, without repeats. */
function wholeNamesOf(text: string, surname: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(
    new RegExp(String.raw`(\p{Lu}\p{Ll}+)\s+(?:${QUOTED_NICKNAME}\s+)?${surname}(?=[’']s\b|[\s,.])`, 'gu'),
  )) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/\p{Lu}[\p{L}-]*\s$/u.test(before) && !/[’']s\s$/u.test(before)) continue;
    const name = `${m[1]} ${surname}`;
    if (!/^(?:The|A|An|In|On|At|By|For|With|And|But|Mr|Mrs|Ms|Dr)$/.test(m[1]!) && !names.includes(name))
      names.push(name);
  }
  return names;
}

/**
 * The one whole name the article writes with `surname` ("painted by Oonagh Brevitt" for a later "Ms Brevitt
 * told …"); none when it writes two first names with it (a couple, siblings), or two people share it in
 * "Oonagh and Fergal Brevitt", "Mr and Mrs Brevitt", "the Brevitts".
 */
function onlyWholeName(text: string, surname: string, names = wholeNamesOf(text, surname)): string | undefined {
  const shared = new RegExp(
    String.raw`(?:(?<!\p{Lu}\p{Ll}+\s)\b\p{Lu}\p{Ll}+|\b(?:Mr|Mrs|Ms|Dr)\.?)\s+and\s+(?:\p{Lu}\p{Ll}+|Mr|Mrs|Ms|Dr)\.?\s+${surname}\b|\bthe\s+${surname}s\b`,
    'u',
  ).test(text);
  return names.length === 1 && !shared ? names[0] : undefined;
}

/**
 * "Amerigo "Dodie" Bonaccorsi" (issue 12av): a nickname in quotation marks between a first name and a surname, no part
 * of the whole name (a later "Mr Bonaccorsi" is Amerigo Bonaccorsi).
 */
const QUOTED_NICKNAME = String.raw`["“'‘]\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?["”'’]`;

/**
 * ", 66, whose father started the round," and ", who runs the shop," (issue 12av): a relative clause set off between
 * an honorific and a surname and its speech verb, an age allowed before it.
 */
const RELATIVE_APPOSITION = String.raw`(?:,\s+\d{1,3})?,\s+(?:who|whose)\s[^,;:"“”]{1,80},`;

/**
 * An honorific and a surname as a speech verb's subject, after an age, an apposition or a relative clause
 * ({@link RELATIVE_APPOSITION}): "Mr Bishop, 61, said"; a title of the religious too ("Fr Dowd said", review of
 * round 43: since 12at made it an honorific, the surname alone no longer made a name of two words).
 */
const HONORIFIC_SPEAKER = new RegExp(
  String.raw`\b((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?|${RELIGIOUS_TITLE})\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=(?:,\s+\d{1,3},|,\s+(?:a|an|the)\s[^,;:]{1,60},|${RELATIVE_APPOSITION})?\s+(?:said|says|told|tells|added|explained|recalled)\b)`,
  'gu',
);

/**
 * "Amerigo Bonaccorsi … His daughter, Gianna Bonaccorsi, … Mr Bonaccorsi, 66, said" (issue 12av): of the whole names the
 * article writes with a surname, the one an honorific of `gender` stands for, when every other one has a first name
 * of the other gender and it has not; none when two could be it or the honorific tells no gender ("Dr").
 */
function wholeNameByGender(names: string[], honorific: string): string | undefined {
  const gender = sexOfHonorific(honorific);
  if (!gender || names.length < 2) return undefined;
  const fits = names.filter((n) => genderOfName(n) !== (gender === 'male' ? 'female' : 'male'));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * People named by a surname alone: a bare surname set off with an age or "who" ({@link SURNAME_DESCRIBED})
 * is the whole name written before; "Mr Bishop, 61, said", "Ms Hale told": an honorific and a surname
 * the article never gives a first name to, as a speech verb's subject, is that person (named as written).
 */
function surnameSpeakers(
  masked: string,
  cast: Cast,
  excerpt: string,
  out: Entity[],
  free: (i: number, j: number) => boolean,
): void {
  for (const m of masked.matchAll(SURNAME_DESCRIBED)) {
    const whole = !NO_NAME.test(m[1]!) && free(m.index, m.index + m[1]!.length) && wholeNameBefore(cast.text, m[1]!);
    const id = whole && cast.person({ text: whole, index: 0, end: whole.length, written: whole }, excerpt);
    if (id) out.push({ id, kind: 'person', index: m.index, end: m.index + m[1]!.length, object: false });
  }
  for (const m of masked.matchAll(HONORIFIC_SPEAKER)) {
    const end = m.index + m[1]!.length;
    const surname = m[1]!.replace(/^\S+\s+/, '');
    if (!free(m.index, end)) continue;
    const honorific = m[1]!.split(/\s+/)[0]!;
    const names = wholeNamesOf(cast.text, surname);
    const byGender = wholeNameByGender(names, honorific);
    const only = onlyWholeName(cast.text, surname, names);
    if (!only && !byGender && names[0]) continue;
    const id = byGender
      ? cast.person({ text: byGender, index: 0, end: byGender.length, written: byGender, honorific }, excerpt)
      : only
        ? cast.person({ text: only, index: 0, end: only.length, written: only }, excerpt)
        : cast.person({ text: m[1]!, index: m.index, end, written: m[1]! }, excerpt);
    if (id) out.push({ id, kind: 'person', index: m.index, end, object: false });
  }
}

/** Words in capitals that open a sentence without naming anyone. */
const NO_NAME = /^(?:It|He|She|They|We|This|That|These|Those|The|There|Its|His|Her|Their|Our|One|Some|Many|Most)$/;

/**
 * A company of one word, as the subject of its sentence: "Flickwave, the most popular app among
 * teenagers, said …" (an apposition with a kind of body), "Flickwave said in a statement" or "In a
 * statement on Monday, Flickwave said".
 */
function oneWordCompanies(masked: string): Array<{ text: string; index: number; end: number }> {
  const out: Array<{ text: string; index: number; end: number }> = [];
  for (const m of masked.matchAll(
    /(?<=^|[.;:]\s+|,\s+)(\p{Lu}[\p{Ll}\p{N}-]+)(?:,\s+(?:the|a|an)\s+([^,;:]{1,60}?),|\s+(?=said\s+in\s+(?:a|its)\s+(?:\p{Ll}+\s+)?statement\b)|(?<=\bIn\s+(?:a|its)\s+(?:\p{Ll}+\s+)?statement\b[^,;]{0,30},\s+\p{Lu}[\p{Ll}\p{N}-]+)\s+(?=said\b))/gu,
  )) {
    const kind = m[2]
      ?.split(/\s+(?:of|among|in|for|at|with|that|which|who)\s+/)[0]!
      .split(/\s+/)
      .at(-1);
    if (NO_NAME.test(m[1]!) || (m[2] !== undefined && !ORG_NOUN.test(kind ?? ''))) continue;
    out.push({ text: m[1]!, index: m.index, end: m.index + m[1]!.length });
  }
  return out;
}

/**
 * Abbreviations in capitals that name a body ("RTWU", "NATO"), but not one used as a common noun
 * for a person ("an opposition MP", "three MPs", "said opposition MP X", "CEO X") nor a word like
 * "OK" or "TV".
 */
function abbreviations(masked: string): Array<{ text: string; index: number; end: number }> {
  return [...masked.matchAll(/(?<![\p{L}.])\p{Lu}{2,6}(?![\p{L}.])/gu)]
    .filter(
      (m) =>
        !/^s\b/.test(masked.slice(m.index + m[0].length)) &&
        !/\b(?:a|an)\s+(?:\p{Ll}+\s+)*$/u.test(masked.slice(0, m.index)) &&
        !/^(?:I|A|OK|TV|AM|PM|US|UK|MP|MEP|MSP|MLA|CEO|CFO|COO|CTO)$/.test(m[0]),
    )
    .map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length }));
}

/**
 * The sentence with the words that name no actor blanked (offsets kept): a dateline
 * ("HARLOW, May 2 (Wire) - ") and lines or runs of words in capitals ("TEST TEXT", "EDITOR'S NOTE").
 */
function withoutCapitalLines(text: string): string {
  const blank = (s: string) => ' '.repeat(s.length);
  return text
    .replace(DATELINE, blank)
    .replace(/(?<![\p{L}’'])\p{Lu}{2,}(?:[’']\p{Lu}+)?(?:[\s:—–-]+\p{Lu}{2,}(?:[’']\p{Lu}+)?)+(?![\p{L}’'])/gu, blank);
}

const COURT =
  /(?:^|[,;]\s+|\bthe\s+)((?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:Court|Tribunal|Commission|Board|Panel|Authority)(?:\s+(?:of|in|for)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})?)\s*$/u;

/** A speech verb found in a sentence: where it starts and ends, and the word ("said", "according"). */
interface SpeechVerb {
  index: number;
  end: number;
  word: string;
}

/** Who or what an attribution verb's subject is: a named entity, "he/she", an unnamed source, or a document. */
interface Subject {
  id: string | null;
  how: string;
  pronoun?: boolean;
}

/**
 * "X, a spokesman for the Transport Minister, Y, said": a name set off after the role a preposition
 * governs names that role's holder, the object, never the verb's subject.
 */
const ROLE_OBJECT_BEFORE =
  /\b(?:for|to|of|with)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}([\p{L}’'-]+),\s*$/u;
/** {@link ROLE_OBJECT_BEFORE} with a person's role as the preposition's object ("for the Transport Minister,", not "for the victims' family,"). */
const roleObject = (masked: string, e: Entity) => {
  const m = ROLE_OBJECT_BEFORE.exec(masked.slice(0, e.index));
  return !!m && TITLE_WORD.test(m[1]!);
};

/**
 * "Tobias Wren KC, for Ms Kovac, said": a party named in an aside between commas right after
 * another name, as the one a lawyer or agent acts for, is never the subject of the verb after it.
 */
const forParty = (masked: string, e: Entity, entities: Entity[]) =>
  /^\s*,/.test(masked.slice(e.end)) &&
  entities.some(
    (f) =>
      f.end <= e.index &&
      /^,\s+(?:for|representing|on behalf of|acting for|defending)\s+(?:(?:the|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/u.test(
        masked.slice(f.end, e.index),
      ),
  );

/** "A spokeswoman for the finance minister, " opening the sentence (after an opening phrase): an unnamed spokesperson. */
const SPOKESPERSON_FOR =
  /^\s*(?:[^,;]*,\s+)?(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+)?(spokes(?:wo)?man|spokesperson)\s+for\s+(?:the|a|an)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+,\s*$/u;

/**
 * True when `e` names the spokesperson the sentence opens with, set off after the role the spokesperson
 * speaks for in lower case: "A spokeswoman for the finance minister, Helga X, said" (the verb just after
 * the name; a name whose gender is the other one's is the minister's).
 */
function namesSpokesperson(masked: string, e: Entity, verb: SpeechVerb, cast: Cast): boolean {
  const m = SPOKESPERSON_FOR.exec(masked.slice(0, e.index));
  const member = cast.members.get(e.id);
  if (!m || member?.kind !== 'person' || !/^\s*,\s*(?:\p{Ll}+ly\s+)?$/u.test(masked.slice(e.end, verb.index)))
    return false;
  const gender = genderOf(member);
  return !gender || m[1] === 'spokesperson' || (gender === 'female') === (m[1] === 'spokeswoman');
}

/** "they" just before a speech verb. */
const THEY_BEFORE = /(?:^|[,;]\s*|\s)they\s*$/iu;
/** A sentence opening with a plural noun for people as its subject: "Prosecutors had sought …", "Investigators believe …". */
const PLURAL_SUBJECT =
  /^\s*((?:(?:The|Some|Many|Several|Two|Three|Local|Federal|State)\s+)?(?:[\p{Ll}-]+\s+){0,2}?\p{L}+s)\s+(?:have|had|has|were|are|will|would|could|may|might|\p{Ll}+ed|\p{Ll}+e)\b/u;

/**
 * The unnamed group "they wrote" / "they said" stands for: the plural subject of the clause before
 * it in its own sentence ("Rescuers arrived hours later; they said"), else the one the sentence
 * before opened with ("Prosecutors had sought nine years.").
 */
function groupBefore(cast: Cast, excerpt: string, state: ReadState, before: string): string | null {
  const own = PLURAL_SUBJECT.exec(before.replace(THEY_BEFORE, ''));
  const m = own ?? (state.lastMasked ? PLURAL_SUBJECT.exec(state.lastMasked) : null);
  const head = m?.[1]!.split(/\s+/).at(-1);
  if (!m || !head || !(isPersonNoun(head) || isPersonNoun(head.replace(/s$/u, '')))) return null;
  const id = cast.thing(`${capitalise(m[1]!)} (unnamed source)`, 'person', excerpt, { anonymous: true });
  state.described.add(id);
  return id;
}

/** "X MP, who chairs the Treasury committee, said": a name inside a relative clause is never the verb's subject. */
const inRelativeClause = (masked: string, e: Entity) =>
  /,\s+(?:who|which|whose)\b[^,;]*$/u.test(masked.slice(0, e.index));

/**
 * The person "he" or "she" stands for: people only, of the gender the name, an honorific
 * ("Ms Roe") or an earlier pronoun gives them. The last person named before the verb in the
 * sentence, else the person met last; but a writer uses a pronoun when it is unambiguous to
 * them, so of the people a sentence named together with none of them speaking, one whose name or
 * honorific gives the pronoun's gender comes before a nearer one whose gender the text never
 * gave ("Ms Roe and her deputy, Kit Vane, were asked … "…," she said.").
 */
function pronounAntecedent(
  pronoun: 'male' | 'female',
  at: number,
  entities: Entity[],
  cast: Cast,
  state: ReadState,
): string | null {
  const gender = (id: string) => state.genders.get(id) ?? cast.honorificGender(id) ?? genderOf(cast.members.get(id));
  const fits = (id: string) =>
    cast.members.get(id)?.kind === 'person' && gender(id) !== (pronoun === 'female' ? 'male' : 'female');
  const named = entities
    .filter((e) => e.kind === 'person' && e.end <= at && !cast.members.get(e.id)?.anonymous && fits(e.id))
    .at(-1);
  const sure = state.lastPersons.findLast((id) => fits(id) && gender(id) === pronoun);
  // "X and Rep. Y, who …, spoke to reporters. "…," she said.": of two people named together as the
  // subject, none gendered, the one named last is the nearest antecedent.
  const nearest = state.lastSubjects.length > 1 ? state.lastSubjects.findLast(fits) : undefined;
  const id = named?.id ?? sure ?? nearest ?? state.recent.findLast(fits) ?? null;
  if (id && !gender(id)) state.genders.set(id, pronoun);
  return id;
}

/** "said Anselm Drovak", "said by …", "said Orlesk’s deputy minister, Anselm Drovak", "according to its chief scientist, Dr X": the name after the verb. */
function nameAfter(masked: string, verb: { end: number }, entities: Entity[]): Entity | undefined {
  const titled = (index: number) => {
    const comma = commaBefore(masked.slice(verb.end, index));
    return comma !== undefined && !!titleBefore(masked, verb.end + comma);
  };
  const after = (e: Entity) =>
    e.index >= verb.end &&
    (JUST_BEFORE_NAME.test(masked.slice(verb.end, e.index)) ||
      (e.kind === 'person' && (titled(e.index) || lowerTitle(masked.slice(verb.end, e.index)))));
  // (also a plural's: "said Kelby Rovers' manager, Ian Moss").
  const possessive = (e: Entity) =>
    /^[’']s\s/u.test(masked.slice(e.end, e.end + 3)) || /s[’']\s/u.test(masked.slice(e.end - 1, e.end + 2));
  // "according to Ms Prestwick's agent, Joel Harker": a name in the possessive owns the title of the name after it.
  // With no name after it, a body in the possessive is still the source ("according to X Council's annual report").
  const first = entities.find((e) => after(e) && !possessive(e));
  // "said Arden Line chief executive Mo Kerr": a body before a title in lower case and a name is the
  // name's employer; the name is the speaker.
  const employee =
    first && first.kind !== 'person'
      ? entities.find(
          (e) => e.kind === 'person' && e.index >= first.end && lowerTitle(masked.slice(first.end, e.index)),
        )
      : undefined;
  return employee ?? first ?? entities.find((e) => after(e) && possessive(e) && e.kind !== 'person');
}

/**
 * "said opposition MP Erik Dahl", "said parish councillor X": a title in lower case (and letters of
 * an office) between an inverted speech verb and a name, ending in a role.
 */
function lowerTitle(between: string): boolean {
  const words = between.trim().split(/\s+/);
  if (!between.trim() || words.length > 3) return false;
  if (words.some((w) => !/^(?:[\p{Ll}-]+|\p{Lu}{2,4})$/u.test(w) || PREPOSITION.test(w) || /^(?:the|a|an)$/.test(w)))
    return false;
  const last = words.at(-1)!;
  return /^\p{Lu}{2,4}$/u.test(last) || TITLE_WORD.test(last) || isPersonNoun(last);
}

/** Texts a person makes and signs, which speak for themselves once made. */
const MADE_TEXT =
  /^\s*(?:The|A|An)\s+((?:[\p{Ll}-]+\s+){0,2}(?:certificate|report|filing|memo|letter|notice|assessment|audit|review|survey|study|contract|lease|licence|license|permit|will|note|invoice|form))\s+(?=\p{Lu})/u;

/**
 * "The certificate Yarwood produced for the boiler, dated …, declared it "…"": a name in a
 * relative clause of the subject that is a text ("The <text> <Name> <verb>ed …") is its author,
 * and the text speaks, as a document named after both ("Clement Yarwood certificate").
 */
function authoredText(before: string, entities: Entity[], cast: Cast): string | null {
  const m = MADE_TEXT.exec(before);
  if (!m) return null;
  const author = entities.find((e) => e.index === m[0].length && e.kind === 'person');
  const made = author && /^\s+\p{Ll}+ed\b/u.exec(before.slice(author.end));
  if (!author || !made || verbsOf(before).length) return null;
  return `${cast.members.get(author.id)!.name} ${m[1]!}`;
}

/**
 * "Korval Anthracite, the mine's owner, suspended all work …. In a statement, it said": with no
 * body named before, "it" is the subject of the sentence before when that was read as a person
 * the text gives no gender: an organisation after all.
 */
function bodyForIt(cast: Cast, state: ReadState): string | null {
  const id = state.lastSubjects.length === 1 ? state.lastSubjects[0]! : undefined;
  const who = id ? cast.members.get(id) : undefined;
  if (!who || who.kind !== 'person' || who.known || who.anonymous) return null;
  if (state.genders.get(id!) ?? cast.honorificGender(id!) ?? genderOf(who)) return null;
  who.kind = 'organisation';
  delete who.title;
  return who.id;
}

/**
 * The subject a pronoun or a text stands for before the speech verb at `verb`: "he/she said",
 * "they wrote", "It called" (a text), "it said" (a body), "…, the High Court ruled", "The
 * certificate X produced … declared".
 */
function standInSubject(
  masked: string,
  verb: SpeechVerb,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Subject | null {
  const before = masked.slice(0, verb.index);
  // "The Herald quoted him as saying", "She was quoted as saying": the pronoun quoted is the speaker.
  const quoted = /^saying$/i.test(verb.word) ? QUOTED_PRONOUN.exec(before) : null;
  if (quoted) {
    const pronoun = /^(?:she|her)$/i.test(quoted[1] ?? quoted[2]!) ? 'female' : 'male';
    return { id: pronounAntecedent(pronoun, verb.index, entities, cast, state), how: 'pronoun', pronoun: true };
  }
  if (PRONOUN_BEFORE.test(before) || (/^said|^added/i.test(verb.word) && PRONOUN_AFTER.test(masked.slice(verb.end)))) {
    const pronoun = /\bshe\b/i.test(before) || /^\s*she\b/i.test(masked.slice(verb.end)) ? 'female' : 'male';
    return { id: pronounAntecedent(pronoun, verb.index, entities, cast, state), how: 'pronoun', pronoun: true };
  }
  // "Prosecutors had sought nine years. In a court filing, they wrote": the people named as a plural subject just before.
  if (THEY_BEFORE.test(before)) {
    const group = groupBefore(cast, excerpt, state, before);
    if (group) return { id: group, how: '"they": the group named as a plural subject just before' };
  }
  // "…, the High Court in Kelbridge ruled": the court's ruling.
  const court = /^rul/i.test(verb.word) ? COURT.exec(before) : null;
  if (court) return documentOf(`${court[1]!} ruling`, 'ruling', cast, excerpt, state);
  // "An open letter … was delivered …. It called the plan "…"": the text the sentence before had as its subject.
  if (/^\s*It\s*$/u.test(before) && state.subjectText)
    return documentOf(state.subjectText, 'the text the sentence before had as its subject', cast, excerpt, state);
  // "In a written statement the same day, it said": the body the sentences before spoke of.
  if (/(?:^|[,;]\s*|\s)it\s*$/i.test(before) && state.lastBody)
    return state.lastText?.body === state.lastBody
      ? documentOf(state.lastText.name, 'document of the body named before', cast, excerpt, state)
      : { id: state.lastBody, how: '"it": the body named before' };
  const itsBody = /(?:^|[,;]\s*|\s)it\s*$/i.test(before) ? bodyForIt(cast, state) : null;
  if (itsBody) return { id: itsBody, how: '"it": a name read as a person’s before' };
  const authored = authoredText(before, entities, cast);
  if (authored) return documentOf(authored, 'text its author made', cast, excerpt, state);
  // "Kettleby's trading update said": a body's text as the whole subject (issue 12ar).
  const owned = POSSESSIVE_TEXT_SUBJECT.exec(before);
  return owned ? documentOf(`${owned[1]!} ${owned[2]!}`, 'a body’s text as the subject', cast, excerpt, state) : null;
}

/**
 * "Kettleby's trading update said", "Harrowby Foods' annual report said" (issue 12ar): a capitalised name in the
 * possessive and a kind of text, with up to two lower-case words, as the whole subject of the speech verb; the text
 * speaks, "<Name> <text>". Not a text inside a longer subject ("After Kettleby's trading update, X said"), nor a
 * person's noun ("Kettleby's spokesman said"). A leading "The" is no part of the name (review of round 42: "The
 * Guild's latest report said" is the "Guild latest report").
 */
const POSSESSIVE_TEXT_SUBJECT =
  /^\s*(?:The\s+)?(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,4})(?:['’]s|['’])\s+((?:[\p{Ll}-]+\s+){0,2}(?:statement|report|update|letter|submission|notice|memo|filing|review|bulletin|accounts|prospectus))\s*$/u;

/**
 * "A council spokesman confirmed the letter arrived last week and said …" (issue 12av): an unnamed spokesperson or
 * official opening the sentence as the subject of a main verb that a speech verb after "and" / "but" is coordinated
 * with; they speak, as they would with "said" right after them (read by {@link describedSource}).
 */
const DESCRIBED_MAIN_SUBJECT =
  /^\s*(?:A|An|The)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|official|representative)\s+(?=\p{Ll})/u;

/** The unnamed spokesperson opening the sentence ({@link DESCRIBED_MAIN_SUBJECT}), read as if "said" came right after them. */
function describedMainSubject(
  masked: string,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Described {
  const m = DESCRIBED_MAIN_SUBJECT.exec(masked);
  const at = m?.[0].length ?? 0;
  return m && describedSource(masked, { index: at, end: at, word: 'said' }, entities, cast, excerpt, state);
}

/** "He", "She" as the subject of the main clause, after an opening phrase set off by a comma ("In a statement Sunday, he …"). */
const MAIN_PRONOUN = /^\s*(?:[^,;]*,\s*)?(he|she)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\b/iu;

/**
 * The entities that may be the subject of the speech verb at `verb`, named just before it (or
 * before an apposition, auxiliaries, or the body a person is of), the nearest last.
 */
function namedSubjects(masked: string, verb: SpeechVerb, entities: Entity[], cast?: Cast): Entity[] {
  // "A spokeswoman for the finance minister, Helga X, said": the name set off after the spokesperson's phrase.
  const spokesperson = cast && entities.find((e) => namesSpokesperson(masked, e, verb, cast));
  if (spokesperson) return [spokesperson];
  const participle = /ing$/i.test(verb.word);
  // "…by minister Teo Varn, who said": the relative pronoun's antecedent speaks, object or not.
  const relative = (e: Entity) => /^\s*,\s*who\s+$/.test(masked.slice(e.end, verb.index));
  // "after the Standing Committee on Harbour Works found": a conjunction opens a clause whose subject it is.
  const opensClause = (e: Entity) =>
    /\b(?:after|before|until|since|when|once)\s+(?:the\s+)?$/iu.test(masked.slice(0, e.index));
  return entities.filter(
    (e) =>
      !inRelativeClause(masked, e) &&
      !roleObject(masked, e) &&
      !forParty(masked, e, entities) &&
      (!e.object || relative(e) || ((participle || opensClause(e)) && /^\s+$/.test(masked.slice(e.end, verb.index)))) &&
      e.end <= verb.index &&
      (relative(e) ||
        /^\s*(?:\(\p{Lu}{2,8}\))?[\s,:]*$/u.test(masked.slice(e.end, verb.index)) ||
        apposed(masked.slice(e.end, verb.index)) ||
        AUXILIARY_AFTER.test(masked.slice(e.end, verb.index)) ||
        (e.kind === 'person' && BODY_AFTER.test(masked.slice(e.end, verb.index)))),
  );
}

/** A court as a sentence's subject, with no name the cast knows: "A regional court", "The Kelby High Court", "An appeals tribunal". */
const COURT_SUBJECT = /^\s*(?:A|An|The)\s+((?:[\p{L}-]+\s+){0,3}(?:[Cc]ourt|[Tt]ribunal))\b/u;

/** The subject of the speech verb at `verb`: before it ("X said", "X, the …, said") or just after it ("said X", "according to X"). */
function subjectOf(
  masked: string,
  verb: SpeechVerb,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Subject | null {
  const standIn = standInSubject(masked, verb, entities, cast, excerpt, state);
  if (standIn) return standIn;
  // "X reported, citing a person close to the board, that …", "…by a former cook, who told …" (issue 12av).
  const unnamed =
    citedBeforeThat(masked, verb, entities, cast, excerpt, state) ??
    relativeDescribed(masked, verb, entities, cast, excerpt, state);
  if (unnamed) return unnamed.subject;
  const before = masked.slice(0, verb.index);
  const participle = /ing$/i.test(verb.word);
  // "X, a spokesman for …, declined to comment but said": a speech verb coordinated with the main
  // verb speaks for the main clause's subject, when no speech verb is before it.
  const coordinated = /[^,;]\s+(?:but|and)\s+$/i.test(before) && !verbsOf(before).length;
  // "…, emphasizing that", "On Monday, the Office imposed …, saying in its notice", "Judge X …, writing":
  // the subject of the main clause (after an opening phrase and a title), when no speech verb is before it.
  // "X issued a safety warning … telling": the text issued ("warning") is no speech verb before the participle.
  const issued = participle ? ISSUED_TEXT.exec(before) : null;
  const spokenBefore = verbsOf(issued ? before.replace(issued[0], ' ') : before).length;
  if ((participle && (/,\s*$/.test(before) || issued) && !spokenBefore) || coordinated) {
    // "A regional court on Tuesday quashed the permission, ruling that …": a court's words are its ruling's.
    // (before a name in the words it rules: "…, ruling that X Council had …").
    const court = /^ruling$/i.test(verb.word) ? COURT_SUBJECT.exec(masked) : null;
    if (court) return documentOf(`${capitalise(court[1]!)} ruling`, 'ruling', cast, excerpt, state);
    const main = entities.find(
      (e) =>
        !e.object && /^\s*(?:[^,;]*,\s*)?(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/iu.test(masked.slice(0, e.index)),
    );
    if (main) return { id: main.id, how: 'attribution' };
    // "A council spokesman confirmed the letter arrived and said …" (issue 12av): the described main subject.
    const spokesperson = coordinated ? describedMainSubject(masked, entities, cast, excerpt, state) : null;
    if (spokesperson) return spokesperson.subject;
    // "In a short statement Sunday, he congratulated his successor and said …": a pronoun as the main subject.
    const pronoun = coordinated ? MAIN_PRONOUN.exec(before) : null;
    if (pronoun) {
      const gender = /^she$/i.test(pronoun[1]!) ? 'female' : 'male';
      return { id: pronounAntecedent(gender, verb.index, entities, cast, state), how: 'pronoun', pronoun: true };
    }
    // "The company listed debts … in its filing, blaming …": a kind of body as the subject is the body named before.
    const kind = /^\s*The\s+(\p{Ll}+)\s/u.exec(masked)?.[1];
    if (participle && kind && ORG_NOUN.test(kind) && state.lastBody)
      return { id: state.lastBody, how: 'the body named before' };
  }
  const subjects = namedSubjects(masked, verb, entities, cast);
  const described = describedSource(masked, verb, entities, cast, excerpt, state);
  const subject = subjects.at(-1);
  const inApposition =
    subject && described && described.index > subject.end && apposed(masked.slice(subject.end, verb.index));
  const after = () => nameAfter(masked, verb, entities);
  // "according to the company’s chief scientist, Dr X": the description after the verb is the named person's title.
  const named = described && !subject && described.index >= verb.end ? after() : undefined;
  if (named && named.kind === 'person' && named.index > described!.index) return { id: named.id, how: 'attribution' };
  if (described && !inApposition && (!subject || described.index > subject.index)) return described.subject;
  if (subject) return { id: subject.id, how: 'attribution' };
  if (/^told|^tells/i.test(verb.word)) return null;
  const found = after();
  return found ? { id: found.id, how: 'attribution' } : null;
}

/**
 * The common noun phrase that may be a speech verb's subject: before it, after "according to"
 * when a relative "who" stands for it ("according to his spokesman, who called it …"), or after
 * an inverted verb ("…, said a senior official") that no name stands just before.
 */
function subjectPhrase(masked: string, verb: SpeechVerb, entities: Entity[]): NounPhrase | null {
  const inverted = /^(?:said|says|added|adds|wrote|according to|noted|warned|insisted)$/i.test(verb.word);
  const relative = /\baccording\s+to\b(?=[^,;]*,\s*who\s*$)/iu.exec(masked.slice(0, verb.index));
  if (relative) return phraseAfter(masked, relative.index + relative[0].length);
  const before = /^according to$/i.test(verb.word) ? null : phraseBefore(masked, verb.index);
  if (before || !inverted || PRONOUN_SUBJECT_BEFORE.test(masked.slice(0, verb.index))) return before;
  const named = entities.some(
    (e) =>
      e.end <= verb.index &&
      (/^\s*(?:\(\p{Lu}{2,8}\))?[\s,]*$/u.test(masked.slice(e.end, verb.index)) ||
        apposed(masked.slice(e.end, verb.index))),
  );
  const after = named ? null : phraseAfter(masked, verb.end);
  // "said the cut "will finish us"", "said the plan was …": a phrase the quote or a verb follows opens the reported clause.
  return after && !REPORTED_AFTER.test(masked.slice(after.end)) ? after : null;
}

/** "It said people at risk should …", "She also said pupils …": a pronoun is the verb's subject, so no phrase after it inverts. */
const PRONOUN_SUBJECT_BEFORE = /\b(?:it|he|she|they|we|I|you) (?:(?:also|then|later|\p{Ll}+ly) )?$/iu;

/** What follows the subject of a reported clause: a blanked quotation or a finite verb. */
const REPORTED_AFTER =
  /^(?:\s{2,}|\s+(?:\p{Ll}+ly\s+)?(?:is|are|was|were|will|would|had|has|have|could|can|must|should|may|might)\b)/u;

/** Heads of kinds of company, also at the end of a compound ("drugmaker", "carmaker"). */
const COMPANY_HEAD = new RegExp(ORG_NOUN.source.replace(/^\^/, ''), 'i');
/** "the Oslo-based lender", "Tessary-based drugmaker": a company described by where it is based. */
const isBasedCompany = (np: NounPhrase) => /-based\s+\S+$/u.test(np.text) && COMPANY_HEAD.test(np.head);

/** Kinds of text a bare "the <kind>" names apart from one another ("the report" is no statement). */
const KIND_OF_TEXT = /^(?:report|statement|letter|ruling|order|filing|notice|decision|judgment|verdict|bulletin)$/;

/** A described speaker as the cast member it stands for: `Subject` with the start of its phrase. */
type Described = { index: number; subject: Subject } | null;

const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const DEFINITE = /^(?:the|this|that|these|those)$/;

/**
 * The speaker a common noun phrase describes, when it is the subject of a speech verb (before
 * it, or after it in "…, said a senior official" and "according to …"): an unnamed person or
 * group ("a senior engineer told <outlet>", "critics in parliament have called it"), a document
 * ("the lease says"), or an organisation the article named ("the ministry said"). "The <noun>"
 * is someone already met when a person's title or an earlier description has that noun.
 */
function describedSource(
  masked: string,
  verb: SpeechVerb,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Described {
  const member = groupOrRelayed(masked, verb, entities, cast, excerpt, state);
  if (member) return member;
  const np = subjectPhrase(masked, verb, entities) ?? subjectPhrase(withoutSetOffClause(masked, verb), verb, entities);
  // A name that is the phrase's head is an entity, not a description; one before the head only qualifies it ("a Harbour Ministry spokesperson").
  const headAt = np && np.index + lc(np.text).search(new RegExp(`\\b${np.head.replace(/[^\p{L}]/gu, '.')}\\b`, 'u'));
  if (!np || entities.some((e) => !e.object && e.index < np.end && np.index < e.end && e.end > headAt!)) return null;
  if (shareOrNamed(masked, np, entities, cast) !== undefined) return shareOrNamed(masked, np, entities, cast) ?? null;
  // "The Hollenbrook, Tessary-based drugmaker said": a company described by where it is based is one named before.
  if (state.lastBody && isBasedCompany(np))
    return { index: np.index, subject: { id: state.lastBody, how: 'company by its base' } };
  const whole = wholeName(np, cast, excerpt, state) ?? singleName(masked, np, cast, excerpt);
  if (whole) return { index: np.index, subject: { id: whole, how: 'surname of a name written before' } };
  const kind = kindOfPhrase(np, verb.word);
  if (!kind) return null;
  const at = (id: string | undefined, how: string): Described =>
    id ? { index: np.index, subject: { id, how } } : null;
  const definite = DEFINITE.test(np.determiner);
  const members = [...cast.members.values()].reverse();
  // "The lender, Harrowgate Mutual, froze …. "…," the lender said": a kind of body the article described so.
  const describedBody = definite ? describedAs(np, members, state) : undefined;
  if (describedBody) return at(describedBody.id, 'organisation described before');
  if (kind === 'organisation') {
    const named = members.find(
      (m) => (m.kind === 'organisation' || m.kind === 'country') && lc(m.name).includes(np.head),
    );
    if (!named && /^(?:his|her)$/i.test(np.determiner))
      return at(ownersBody(np, entities, cast, excerpt, state), 'a person’s office');
    // "Cassovar's justice ministry": a body described by whose it is.
    const owned = !np.determiner && /[’']s$/.test(np.modifiers[0] ?? '');
    if (named || (!/^(?:the|a|an)$/.test(np.determiner) && !owned)) return namedBody(np, named, cast, excerpt, state);
    const continued = statementContinued(np, cast, excerpt, state);
    if (continued) return at(continued, 'document of the body named before');
    return at(describedOrganisation(np, cast, excerpt, state), 'organisation described');
  }
  const lastWord = (m: CastMember) => [m.name, ...m.aliases].some((n) => lc(n).split(/\s+/).at(-1) === np.head);
  const described = definite
    ? members.find((m) =>
        (kind === 'document') === (m.kind === 'document')
          ? state.heads.get(m.id) === np.head
          : kind === 'document' && m.known && lastWord(m),
      )
    : undefined;
  if (described) return at(described.id, kind === 'document' ? 'document' : 'anonymous source named earlier');
  // "according to the text", "the draft says": a bare definite text is the last document the article quoted,
  // but "the report" is no statement quoted before it.
  const last =
    definite && !np.modifiers.length
      ? members.find(
          (m) =>
            m.kind === 'document' && !(KIND_OF_TEXT.test(np.head) && KIND_OF_TEXT.test(state.heads.get(m.id) ?? '')),
        )
      : undefined;
  if (kind === 'document' && last) return at(last.id, 'document named earlier');
  if (kind === 'document') return at(newDocument(masked, np, entities, cast, excerpt, state), 'document');
  const person = definite ? earlierPerson(masked, np, kind, entities, cast, state) : undefined;
  if (person) return at(person.id, person.how);
  return at(unnamedSource(masked, verb, np, definite, cast, excerpt, state), 'anonymous source');
}

/**
 * The person named earlier a definite description stands for: one whose title has its head ("the
 * engineer" after "chief engineer X"), or the person named last for a description by a place or
 * an age ({@link referredTo}).
 */
function earlierPerson(
  masked: string,
  np: NounPhrase,
  kind: string,
  entities: Entity[],
  cast: Cast,
  state: ReadState,
): { id: string; how: string } | undefined {
  const titled = [...cast.members.values()]
    .reverse()
    .find((m) => m.kind === 'person' && !m.anonymous && m.title && lc(m.title).split(/\s+/).includes(np.head));
  if (titled) return { id: titled.id, how: 'title of a person named earlier' };
  const referred = kind === 'person' ? referredTo(masked, np, entities, cast, state) : undefined;
  return referred ? { id: referred, how: 'description of the person named last' } : undefined;
}

/** A modifier that describes a person already named: a capitalised word ("the Vossmark cyclist") or an age ("the 34-year-old"). */
const REFERRING_MODIFIER = /^(?:\p{Lu}\p{Ll}+|\d+-year-old)$/u;

/**
 * "X, who …, was gracious. "…," the Vossmark cyclist said.", "the 34-year-old said": a definite
 * description of a person by a place, an age or a family epithet ("the dad-of-three told"), no earlier description had, is the person named
 * last (in the sentence before its verb, else the one met last), not a new unnamed source.
 */
function referredTo(
  masked: string,
  np: NounPhrase,
  entities: Entity[],
  cast: Cast,
  state: ReadState,
): string | undefined {
  const words = masked.slice(np.index, np.end).split(/\s+/).slice(1);
  const modifiers = words.slice(0, -1);
  if (!(PERSON_EPITHET.test(words.at(-1)!) || modifiers.length) || !modifiers.every((w) => REFERRING_MODIFIER.test(w)))
    return undefined;
  // "the mother-of-two", "the dad-of-three": not a person whose first name or honorific tells the other sex
  // ("Firefighters rescued Ann Lee …, fire chief Tom Bale said. "…," the mother-of-two told" is Ann Lee).
  const other = MOTHER_EPITHET.test(words.at(-1)!) ? 'male' : FATHER_EPITHET.test(words.at(-1)!) ? 'female' : null;
  // (A first name worn by either sex tells none: "Sam Lee", "Alex Lee" may be the mother-of-two.)
  const named = (id: string) =>
    cast.members.get(id)?.kind === 'person' &&
    !cast.members.get(id)?.anonymous &&
    (!other || firmSexOf(cast.members.get(id)) !== other);
  // "Liam Dorsey, 23, … Judge Ann Vance said …. "…," the 23-year-old told the court": the one person the
  // article gave that age ("Name, 23," "Name, aged 23,", "23-year-old Name").
  const age = words.map((w) => /^(\d+)-year-old$/u.exec(w)?.[1]).find(Boolean);
  if (age) {
    const aged = [...cast.members.values()].filter(
      (m) =>
        named(m.id) &&
        [m.name, ...m.aliases.filter((a) => a.includes(' '))].some((n) =>
          new RegExp(
            String.raw`${escapeRegExp(n)},\s+(?:aged\s+)?${age}\b(?!-)|\b${age}-year-old\s+(?:\p{Ll}+\s+){0,3}${escapeRegExp(n)}\b`,
            'u',
          ).test(cast.text),
        ),
    );
    if (aged.length === 1) return aged[0]!.id;
    // "Tom Vance, prosecuting, said …. "…," the 23-year-old told the court": no judge nor lawyer of the case.
    const party = (id: string) => named(id) && !courtOfficer(cast.text, cast.members.get(id)!);
    const before = entities.filter((e) => e.end <= np.index && !e.object && party(e.id)).at(-1)?.id;
    const found = before ?? state.recent.findLast(party);
    if (found) return found;
  }
  const before = entities.filter((e) => e.end <= np.index && !e.object && named(e.id)).at(-1)?.id;
  return before ?? state.recent.findLast(named);
}

/** A judge or a lawyer of a case, as the article names them ("Judge Ann Vance", "Tom Vance, prosecuting,"). */
function courtOfficer(text: string, m: CastMember): boolean {
  const name = escapeRegExp(m.name);
  return new RegExp(
    String.raw`\b(?:Judge|Recorder|Magistrate|District\s+Judge|Justice|prosecutor|magistrate|barrister|solicitor|counsel|judge|Prosecutor|Barrister|Solicitor)\s+(?:\p{Lu}\p{Ll}+\s+)?${name}\b|${name},\s+(?:\d{1,3},\s+)?(?:prosecuting|defending|for\s+the\s+(?:prosecution|defence|defense)|mitigating)\b`,
    'u',
  ).test(text);
}

/** {@link genderOf}, but none from a first name worn by either sex ("Sam Lee", "Alex Lee") without an honorific. */
function firmSexOf(m: CastMember | undefined): 'male' | 'female' | null {
  return m && UNISEX_FIRST.test(m.name.split(/\s+/)[0]!) && !m.aliases.some((a) => /^(?:Mr|Mrs|Ms|Miss)\b/.test(a))
    ? null
    : genderOf(m);
}

/** First names worn by men and by women alike, which tell no sex. */
const UNISEX_FIRST =
  /^(?:Sam|Alex|Chris|Jo|Kim|Pat|Jamie|Charlie|Jesse|Frankie|Billie|Jackie|Terry|Ashley|Nicky|Toni|Ali|Sidney|Stevie|Riley|Avery|Val|Leslie|Lesley|Robin|Jordan|Taylor|Morgan|Casey|Drew|Quinn|Lee|Jean|Marion|Mel|Viv|Jody|Sandy|Dana|Kelly|Shannon|Bobbie|Robbie|Bernie|Gene|Ray)$/;

/** Family epithets of a woman and of a man ({@link PERSON_EPITHET}). */
const MOTHER_EPITHET = /^(?:mum|mom|mother|grandmother|granny|grandma|nan)s?-of-/iu;
const FATHER_EPITHET = /^(?:dad|father|grandfather|grandad|grandpa)s?-of-/iu;

/**
 * "Ferrovia, the state rail company, …. The company said": the organisation the article described
 * with the phrase's head, in an apposition after its name (", the state rail company,") or before
 * it ("The lender, Harrowgate Mutual,", "the lender Harrowgate Mutual"), the one met last.
 */
function describedAs(np: NounPhrase, members: CastMember[], state: ReadState): CastMember | undefined {
  // (Not a kind of body an unnamed person was met as: "a lender at one of its vendors … the lender said".)
  if (np.modifiers.length || !state.text || !ORG_NOUN.test(np.head)) return undefined;
  if (members.some((m) => state.heads.get(m.id) === np.head)) return undefined;
  return members.find((m) => {
    if (m.kind !== 'organisation') return false;
    const name = escapeRegExp(m.name);
    return new RegExp(
      String.raw`${name},\s+(?:the|a|an)\s+[^,;.]*?\b${np.head}\b|\b${np.head},?\s+(?:the\s+)?${name}\b`,
      'iu',
    ).test(state.text!);
  });
}

/**
 * "The X Federation said in a statement that …. The federation said it was "…"": a body named again by its noun
 * ("the federation", no other word before it) in the sentence right after one that said it spoke in a statement, a
 * letter or a notice ({@link TEXT_ACTED_IN}) still quotes that text (issue 12ap), as a body described so already did
 * ({@link statementContinued}). Not after a sentence in between, nor by the body's name ("X said" is the body).
 */
function statementCarried(np: NounPhrase, named: string, cast: Cast, excerpt: string, state: ReadState): Described {
  if (np.determiner !== 'the' || np.modifiers.length || state.lastText?.body !== named) return null;
  const subject = documentOf(state.lastText.name, 'the statement the sentence before named', cast, excerpt, state);
  return { index: np.index, subject };
}

/** A body's noun for a body the article named ("the federation"): the body, or its statement ({@link statementCarried}). */
function namedBody(
  np: NounPhrase,
  named: CastMember | undefined,
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Described {
  if (!named) return null;
  return (
    statementCarried(np, named.id, cast, excerpt, state) ?? {
      index: np.index,
      subject: { id: named.id, how: 'organisation named earlier' },
    }
  );
}

/** "In a statement, Varosa said …. The club added that …": the body whose statement the sentence before quoted. */
function statementContinued(np: NounPhrase, cast: Cast, excerpt: string, state: ReadState): string | null {
  if (np.determiner !== 'the' || np.modifiers.length || !state.lastBody || state.lastText?.body !== state.lastBody)
    return null;
  return documentOf(state.lastText.name, 'the statement the sentence before quoted', cast, excerpt, state).id;
}

/**
 * "Vandermeer, a senior designer, wrote": a bare capitalised word as a speaker is the person whose
 * whole name the article wrote before ending in it ("Priya Vandermeer's laptop"), though no parser
 * read that as a name.
 */
function wholeName(np: NounPhrase, cast: Cast, excerpt: string, state: ReadState): string | null {
  if (np.determiner || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(np.text) || !state.text) return null;
  const name = wholeNameBefore(state.text, np.text);
  return name ? cast.person({ text: name, index: 0, end: name.length, written: name }, excerpt) : null;
}

/**
 * "…," Holm, a nurse at X, told …, "Speaking in Orsa, Falkner insisted": a capitalised word as a
 * speaker, not opening its sentence nor plural nor a place the lexicon knows, with no whole name
 * written before, is a named person known by that one name.
 */
function singleName(masked: string, np: NounPhrase, cast: Cast, excerpt: string): string | null {
  if (np.determiner || np.plural || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(np.text)) return null;
  // (Opening the sentence, a capital says nothing, unless a quotation stood before it: "…," Holm said.)
  const before = masked.slice(0, np.index);
  if ((!before.trim() && !/\s{2,}/.test(before)) || NO_NAME.test(np.text) || COUNTRIES.has(np.text)) return null;
  // "…," Beijing said: a city the lexicon knows speaks for its government, no person.
  if (wordTags(np.text).has('Place')) return null;
  return cast.thing(np.text, 'person', excerpt);
}

/**
 * A document the article quotes for the first time: "<Body> <noun>" when the phrase names the body
 * that wrote it ("a report by the Audit Office found" → "Audit Office report"), else the phrase.
 */
function newDocument(
  masked: string,
  np: NounPhrase,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): string {
  const author = entities.find(
    (e) =>
      e.kind === 'organisation' &&
      e.index > np.index &&
      e.end <= np.end &&
      /\b(?:by|of|from)\s+(?:the\s+)?$/.test(masked.slice(np.index, e.index)),
  );
  const id = cast.thing(
    author
      ? `${cast.members.get(author.id)!.name} ${np.head}`
      : `${capitalise(np.text.slice(np.determiner.length).trim())} (document quoted in ${state.source})`,
    'document',
    excerpt,
  );
  state.heads.set(id, np.head);
  state.described.add(id);
  return id;
}

/** "President Ana Roe will …, her office said": the office of the person named last ("Ana Roe's office"). */
function ownersBody(
  np: NounPhrase,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): string | undefined {
  const owner = entities.filter((e) => e.kind === 'person' && e.end <= np.index).at(-1)?.id ?? state.recent.at(-1);
  const name = owner && cast.members.get(owner)?.name;
  if (!name) return undefined;
  const id = cast.thing(`${name}'s ${np.text.slice(np.determiner.length).trim()}`, 'organisation', excerpt);
  state.described.add(id);
  return id;
}

/**
 * The words after a body's head noun that still belong to its name ("the commission of inquiry", "the
 * board for …"); any other word after the head starts a clause ("the trust pointed to a rise in calls").
 */
const NAME_GOES_ON = /^\s+(?:of|for|on|in|at|to|and|&)\s/u;

/** "the trust pointed to a rise in" → "trust": a described body's name ends at its head noun unless a preposition continues it. */
function describedBodyName(np: NounPhrase): string {
  const text = np.text.slice(np.determiner.length).trim();
  const head = new RegExp(`\\b${np.head.replace(/[^\p{L}]/gu, '.')}\\b`, 'iu').exec(text);
  if (!head) return text;
  const end = head.index + head[0].length;
  return NAME_GOES_ON.test(text.slice(end)) ? text : text.slice(0, end);
}

/** An organisation the article describes without naming it ("the ministry said"). */
function describedOrganisation(np: NounPhrase, cast: Cast, excerpt: string, state: ReadState): string {
  const id = cast.thing(capitalise(describedBodyName(np)), 'organisation', excerpt);
  if (!cast.members.get(id)?.known) state.described.add(id);
  return id;
}

/**
 * A share of a group ("58 percent of teachers") is never a source: null. "Hal Pettifer, a builder, who lives
 * nearby, said": a description set off right after a person's name is theirs (review of 12ad). Else undefined.
 */
function shareOrNamed(masked: string, np: NounPhrase, entities: Entity[], cast: Cast): Described | undefined {
  if (SHARE_OF.test(np.text)) return null;
  const named = entities.find(
    (e) => !e.object && cast.members.get(e.id)?.kind === 'person' && /^,\s+$/u.test(masked.slice(e.end, np.index)),
  );
  return named ? { index: named.index, subject: { id: named.id, how: 'named before its description' } } : undefined;
}

/**
 * "58 percent of teachers said", "a majority of members said", "two in five parents said": a share of a
 * group a survey or vote counted is a figure, never a speaker (issue 12ad).
 */
const SHARE_OF =
  /^\s*(?:(?:about|some|almost|nearly|over|more\s+than|less\s+than|fewer\s+than|only|just)\s+)?(?:\d[\d,.]*\s*(?:%|per\s?cent|percent)|\d[\d,.]*\s+(?:in|out\s+of)\s+(?:\d[\d,.]*|\p{Ll}+)|(?:a|the)\s+(?:large\s+|small\s+|narrow\s+|clear\s+)?(?:majority|minority)|(?:one|two|three)[-\s](?:thirds?|quarters?|fifths?))\s+(?:of\b|\p{Ll})/u;

/**
 * "A resident who objected, and who asked not to be named, told the paper": a relative clause set off by
 * commas just before the verb, blanked (same length, so every index holds) to find the subject before it (issue 12ad).
 */
function withoutSetOffClause(masked: string, verb: SpeechVerb): string {
  const m = SET_OFF_RELATIVE.exec(masked.slice(0, verb.index));
  return m ? masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length) : masked;
}
/** ", who asked not to be named," or ", and who …," ending the text before a verb. */
const SET_OFF_RELATIVE = /,\s+(?:and\s+)?who\s+[^,;"“”]{1,80},\s*$/u;

/**
 * "A stallholder who spoke to Harth FM on condition of anonymity said" (issue 12ar): a restrictive relative clause
 * with no comma, naming the outlet the unnamed source spoke through.
 */
const WHO_SPOKE_TO = /^(?:\s+(?:at|of|from|on|in)\s+[^,;"“”]{1,60}?)?,?\s+who\s+(?:spoke|talked)\s+to(?=\s)/u;

/** An unnamed source ("a senior official told <Outlet>"), with the outlet it spoke through. */
function unnamedSource(
  masked: string,
  verb: { end: number; word: string },
  np: NounPhrase,
  definite: boolean,
  cast: Cast,
  excerpt: string,
  state: ReadState,
): string {
  // "an insider, speaking to the newspaper Dagby, described …", "a third source, quoted by the daily X, said",
  // "one of the judges, speaking anonymously to X, said": the outlet in an apposition.
  // So does "a buyer at one of its vendors, who was quoted by the trade newsletter X", and after a relative
  // clause or with "in": "an engineer who inspected the site, speaking to X, said", "an official, quoted in X, said".
  const speakingTo =
    /^(?:\s+(?:at|of|from|with|for|in|who)\s+[^,;"“”]{1,80})?,\s+(?:who\s+(?:was|were)\s+)?(?:(?:speaking|talking)\s+(?:\p{Ll}+ly\s+)?to|(?:quoted|cited|interviewed)\s+(?:\p{Ll}+ly\s+)?(?:by|in))(?=\s)/u.exec(
      masked.slice(np.end),
    ) ?? WHO_SPOKE_TO.exec(masked.slice(np.end));
  const outlet = /^told|^tells/i.test(verb.word)
    ? outletAt(masked.slice(verb.end))
    : speakingTo
      ? outletAt(masked.slice(np.end + speakingTo[0].length))
      : undefined;
  const relay = relayedBy(np, state);
  // "Two people familiar with the talks said …, the X Post reported": the outlet the sentence says reported it.
  // "The X Clarion reported on Friday that a nurse had told the paper …": the outlet named before, in the sentence.
  const named =
    outlet ??
    relay?.outlet ??
    REPORTED_BY.exec(masked)?.[1] ??
    reportedBefore(masked, np.index) ??
    ACCORDING_TO_OUTLET.exec(masked)?.[1] ??
    ACCORDING_TO_STATION.exec(masked)?.[1];
  const via =
    named && !cast.isPublisher(named)
      ? cast.thing(named.replace(/^the\s+/, ''), 'organisation', excerpt)
      : (relay?.known ?? toTheOutlet(masked, verb, state));
  const text = relay?.description ?? np.text;
  const name = definite ? text.slice(np.determiner.length).trim() : text;
  const id = cast.thing(`${capitalise(name)} (unnamed source)`, 'person', excerpt, { anonymous: true, via });
  state.heads.set(id, np.head);
  state.described.add(id);
  if (via) state.described.add(via);
  if (np.plural) state.groups.push(id);
  return id;
}

/**
 * A number inside an outlet's name ("Harth 7 News", "radio station Harth Country 101"), as a pattern source;
 * not one that opens a span of time ("Harth Radio 24 hours after") or is a date's day ("Harth Radio 12 December").
 */
const OUTLET_NUMBER = String.raw`\d{1,4}(?:\.\d)?(?!\S)(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|times|per|percent|${MONTH_ABBR}\p{L}*)\b)`;

/**
 * An outlet's name, as a pattern source: capitalised words, with "&" or a particle between two of
 * them ("Lot & Provenance", "Gazeta de Morrow", "L’Écho d’Auvelle").
 */
const OUTLET_NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:&|de|del|du|da|di|la|le|von|van|of)\s+)?(?:\p{Lu}[\p{L}’'-]*|${OUTLET_NUMBER}))*`;

/**
 * Words of a named body that is no news outlet ("the Brisdale Borough Council", "the Harth Police", "the Council",
 * "the Harth Chamber of Commerce"): an organisation's word ({@link ORG_WORD}) that no outlet's name ends in, or a
 * public body's; "According to the <such body>, a driver said" relays nothing through an outlet.
 */
const NOT_OUTLET_WORD = String.raw`(?!(?:News|Times|Post|Press|Wire|Herald|Gazette|Ledger|Courier|Courant|Tribune|Journal|Chronicle|Mercury|Observer|Telegraph|Dagblad|Media)\b)(?:${ORG_WORD.source.slice(1, -1)}|Police|Government|Court|Hospital|School|College|Museum|Prison|Church)\b`;
/** "According to the daily Savrenne Tagblatt, a former aide said …": the source's words reached the publisher through that outlet. */
const ACCORDING_TO_OUTLET = new RegExp(
  String.raw`^\s*According\s+to\s+the\s+(?:(?:\p{Ll}+\s+)?(?:daily|weekly|newspaper|paper|tabloid|magazine|broadcaster)\s+)?(?![^,]*\b${NOT_OUTLET_WORD}[^,]*,)(${OUTLET_NAME}),`,
  'u',
);

/** "According to Radio Tallowmere, one dock worker said …": a radio or television station named without "the" relays the unnamed source. */
const ACCORDING_TO_STATION = new RegExp(
  String.raw`^\s*According\s+to\s+((?:Radio|TV|Channel)\s+${OUTLET_NAME}|\p{Lu}[\p{L}’'-]*\s+(?:Radio|TV|FM)),`,
  'u',
);
/** "…, the Lusandria Business Post reported.": an outlet named as the reporter of the sentence. */
const REPORTED_BY = new RegExp(String.raw`,\s+(?:the\s+)?(${OUTLET_NAME})\s+(?:has\s+)?reported\b[^,;]*$`, 'u');
/** "The Morrow Clarion reported on Friday that …": an outlet opening the sentence as the reporter of what follows. */
const REPORTED_BEFORE = new RegExp(String.raw`^\s*(?:The\s+)?(${OUTLET_NAME})\s+(?:has\s+)?reported\b`, 'u');
/** "the paper", "the broadcaster": the sentence speaks of a news outlet. */
const OUTLET_MENTIONED =
  /\b(?:the|that)\s+(?:paper|newspaper|daily|weekly|tabloid|magazine|broadcaster|station|site|outlet)\b/u;
/**
 * The outlet that opens the sentence by reporting what the unnamed source at `index` said ("The
 * Morrow Clarion reported on Friday that a nurse had told the paper …"): a newspaper's name, or a
 * name the sentence then calls "the paper"; a company that reports ("Harrow Mining reported that
 * an engineer had told managers …") relays nobody.
 */
function reportedBefore(masked: string, index: number): string | undefined {
  const name = REPORTED_BEFORE.exec(masked.slice(0, index))?.[1];
  return name && (NEWSPAPER_NAME.test(` ${name}`) || STATION_NAME.test(name) || OUTLET_MENTIONED.test(masked))
    ? name
    : undefined;
}

/**
 * A radio or television station's name ("Radio Brackwater", "Brackwater FM", "Harth TV"): a news outlet, so "Radio X
 * reported on Monday that a council officer had described …" relays the officer's words (issue 12ap), as a paper's
 * name already did ({@link reportedBefore}); "According to Radio X" was already read so ({@link ACCORDING_TO_STATION}).
 */
const STATION_NAME = /^(?:Radio|TV|Channel)\s+\p{Lu}|\s(?:Radio|TV|FM)$/u;

/**
 * "A former employee told the paper", "one minister told the daily": an outlet named by its kind
 * only is the news outlet the article named last (a cast id).
 */
function toTheOutlet(masked: string, verb: { end: number; word: string }, state: ReadState): string | undefined {
  const told = /^(?:told|tells)$/i.test(verb.word);
  return told && THE_OUTLET.test(masked.slice(verb.end)) ? state.lastOutlet : undefined;
}
const THE_OUTLET =
  /^\s+the\s+(?:paper|newspaper|daily|weekly|tabloid|magazine|broadcaster|station|channel|website|outlet)\b/u;

/** "quoted by", "cited in", "interviewed by": the source's words reached the publisher through another outlet. */
const RELAYED = /\s+(?:quoted|cited|interviewed)\s+(?:by|in)(?=\s)/u;

/**
 * "An investigator quoted by the daily Castel Soir", "a security official quoted by the paper":
 * the description before the participle, and the outlet after it, by name or, for "the paper",
 * the outlet the article named last.
 */
function relayedBy(
  np: NounPhrase,
  state: ReadState,
): { description: string; outlet?: string | undefined; known?: string | undefined } | null {
  const m = RELAYED.exec(np.text);
  if (!m) return null;
  const outlet = outletAt(np.text.slice(m.index + m[0].length));
  return { description: np.text.slice(0, m.index), outlet, known: outlet ? undefined : state.lastOutlet };
}

/** "told trade title Roofline" (issue 12ar): "title", the trade press's word for a magazine, as the kind of an outlet. */
const OUTLET_TITLE = 'title';
const OUTLET = new RegExp(
  String.raw`^\s+(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:\p{Ll}+\s+){0,2}(?:${ORG_NOUN.source.slice(1, -1)}|site|${OUTLET_TITLE})\s+)?((?:The\s+)?${OUTLET_NAME})`,
  'u',
);
/**
 * The outlet named at the start of `text`: "Radio Harth", "the Harth Courier", "the sports daily Harth Post", "the
 * Vandrian daily Nordhavn Courant", "the local news site X", "the Tarsk daily The Tarsk Sentinel" (a capital "The"
 * after the kind of outlet is part of its name).
 */
const outletAt = (text: string) => OUTLET.exec(text)?.[1];

/**
 * "…, one of them told the paper": one of the unnamed group of sources quoted last ("two people
 * close to the talks told <Outlet>"), an unnamed source of its own who spoke through the same outlet.
 */
function memberOfGroup(masked: string, verb: SpeechVerb, cast: Cast, excerpt: string, state: ReadState): Described {
  // "One said: …", "Another added" after a group: one of them.
  const m =
    /(?:^|[,;:]\s*|\s{2,})((?:one|another)(?:\s+of\s+(?:them|those|these|the\s+\p{Ll}+))?)(?:\s+(?:was|were)\s+quoted\s+as)?\s*$/iu.exec(
      masked.slice(0, verb.index),
    );
  const group = m && cast.members.get(state.groups.at(-1) ?? '');
  if (!m || !group) return null;
  const name = `One of ${lc(group.name.replace(/\s*\(unnamed source\)$/u, ''))} (unnamed source)`;
  const via = group.via ?? toTheOutlet(masked, verb, state);
  const id = cast.thing(name, 'person', excerpt, { anonymous: true, via });
  state.described.add(id);
  return { index: verb.index - m[1]!.length, subject: { id, how: 'one of an unnamed group' } };
}

/** One of an unnamed group, or an unnamed source an outlet quoted or cited, as the speaker of `verb`. */
function groupOrRelayed(
  masked: string,
  verb: SpeechVerb,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Described {
  return (
    memberOfGroup(masked, verb, cast, excerpt, state) ??
    quotedAs(masked, verb, cast, excerpt, state) ??
    outletQuotedAs(masked, verb, entities, cast, excerpt, state) ??
    citedBy(masked, verb, entities, cast, excerpt, state)
  );
}

/**
 * "…by a former cook, who ": an unnamed person, opening the sentence or after a preposition, set off before a relative
 * "who"; not after a comma ("Dr X, a consultant at the hospital, who told …" is the named person's apposition).
 */
const RELATIVE_WHO_DESCRIBED = /(?:^\s*|\b(?:by|from|to|with)\s+)((?:a|an)\s+[^,;"“”]{2,60}?),\s+who\s+$/u;

/**
 * "That account was disputed by a former cook, who told KORR-TV that staff had "…"" (issue 12av): the unnamed person a
 * relative "who" stands for is the subject of the speech verb after it, read as if the verb followed the description
 * ("A former cook told KORR-TV that …", by {@link describedSource}, which finds the relaying outlet). Not a named
 * person (the relative of a name is read in `namedSubjects`), nor a description with no "who" right before the verb.
 */
function relativeDescribed(
  masked: string,
  verb: SpeechVerb,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Described {
  const m = RELATIVE_WHO_DESCRIBED.exec(masked.slice(0, verb.index));
  if (!m) return null;
  const phrase = capitalise(m[1]!);
  const shift = verb.index - phrase.length - 1;
  const text = `${phrase} ${masked.slice(verb.index)}`;
  const after = entities
    .filter((e) => e.index >= verb.end)
    .map((e) => ({ ...e, index: e.index - shift, end: e.end - shift }));
  return describedSource(
    text,
    { ...verb, index: verb.index - shift, end: verb.end - shift },
    after,
    cast,
    excerpt,
    state,
  );
}

/**
 * ", citing a person close to the club's board, that", ", citing a council official it did not name, that" (issue
 * 12av): one unnamed source set off after "citing", before the reported clause.
 */
const CITING_ONE_THAT =
  /^\s+((?:a|an|one)\s+[^,;"“”]{2,80}?)(?:\s+(?:it|they|he|she)\s+(?:did|does)\s+not\s+(?:name|identify))?,\s+that\b/u;

/**
 * "The daily X reported on Monday, citing a person close to the board, that the repair had been "…"" (issue 12av):
 * the one unnamed source an outlet cites before the reported clause speaks its words, through that outlet (the
 * outlet named before "citing"), as "Citing a senior diplomat, the newspaper X said" does ({@link citedBy}). Not two
 * or more sources ("citing two people familiar with …": a group, read elsewhere), nor a person citing someone.
 */
function citedBeforeThat(
  masked: string,
  verb: SpeechVerb,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Described {
  if (!/^citing$/i.test(verb.word)) return null;
  const m = CITING_ONE_THAT.exec(masked.slice(verb.end));
  const outlet = m && entities.filter((e) => e.kind === 'organisation' && e.end <= verb.index).at(-1);
  if (!m || !outlet || !isOutlet(masked, outlet)) return null;
  const via = cast.isPublisher(cast.members.get(outlet.id)!.name) ? undefined : outlet.id;
  const id = cast.thing(`${capitalise(m[1]!)} (unnamed source)`, 'person', excerpt, { anonymous: true, via });
  state.described.add(id);
  return { index: outlet.end, subject: { id, how: 'unnamed source an outlet cited' } };
}

/** "quoted an unnamed council officer as", "quoting a person familiar with the talks as": before "saying". */
const OUTLET_QUOTED_AS = /\b(?:quoted|quoting)\s+((?:a|an|one)\s+[^,;"“”]{2,60}?)\s+as\s+$/u;

/**
 * "According to the Kulvane Nightjar, …" opening a sentence: a name after "According to the" (a paper is "the X", a
 * person never), kept one sentence for a "The paper quoted …" right after it (issue 12ao).
 */
const ACCORDING_TO_THE_NAME = /^\s*According\s+to\s+the\s+$/u;

/** "The paper quoted …": the outlet meant is the one the article named last. */
const THE_PAPER_BEFORE =
  /\b[Tt]he\s+(?:paper|newspaper|daily|weekly|tabloid|magazine|broadcaster|station|website)\s+$/u;

/**
 * "The paper quoted an unnamed council officer as saying …", "The daily X reported …, quoting a person familiar with
 * the talks as saying …" (issue 12ao): the unnamed person an outlet quoted speaks, through the outlet the sentence
 * names before "quoted" / "quoting", or for "the paper" the outlet the article named last ({@link OUTLET_QUOTED_AS}).
 * Not a person quoting someone (no outlet), and no relay when the outlet is the publisher.
 */
function outletQuotedAs(
  masked: string,
  verb: SpeechVerb,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Described {
  if (!/^saying$/i.test(verb.word)) return null;
  const before = masked.slice(0, verb.index);
  const m = OUTLET_QUOTED_AS.exec(before);
  if (!m) return null;
  const outlet = entities.find((e) => e.kind === 'organisation' && e.end <= m.index && isOutlet(masked, e));
  const source =
    outlet?.id ??
    (THE_PAPER_BEFORE.test(before.slice(0, m.index))
      ? state.accordingToName
        ? cast.thing(state.accordingToName, 'organisation', excerpt)
        : state.lastOutlet
      : undefined);
  if (!source) return null;
  const via = cast.isPublisher(cast.members.get(source)!.name) ? undefined : source;
  const id = cast.thing(`${capitalise(m[1]!)} (unnamed source)`, 'person', excerpt, { anonymous: true, via });
  state.described.add(id);
  return { index: m.index + m[0].indexOf(m[1]!), subject: { id, how: 'unnamed source an outlet quoted' } };
}

/**
 * "Citing a senior diplomat, the newspaper Aftenpost said …": the unnamed source an outlet cites
 * before its speech verb speaks, through that outlet.
 */
function citedBy(
  masked: string,
  verb: SpeechVerb,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Described {
  const m = /^\s*Citing\s+((?:a|an|one|two|three|several)\s+[^,;]{2,60}?),\s+/u.exec(masked.slice(0, verb.index));
  const outlet = m && entities.find((e) => e.kind === 'organisation' && e.index >= m[0].length && e.end <= verb.index);
  if (!m || !outlet || !isOutlet(masked, outlet)) return null;
  const via = cast.isPublisher(cast.members.get(outlet.id)!.name) ? undefined : outlet.id;
  const id = cast.thing(`${capitalise(m[1]!)} (unnamed source)`, 'person', excerpt, { anonymous: true, via });
  state.described.add(id);
  return { index: outlet.end, subject: { id, how: 'unnamed source an outlet cited' } };
}

/**
 * "according to the Orlanne Daily Herald, which quoted an air traffic control official as saying":
 * the unnamed person the outlet quoted speaks, through that outlet.
 */
function quotedAs(masked: string, verb: SpeechVerb, cast: Cast, excerpt: string, state: ReadState): Described {
  const m =
    /((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*),\s+which\s+quoted\s+((?:a|an|one|two|three|several)\s+[^,;]{2,60}?)\s+as\s+$/u.exec(
      masked.slice(0, verb.index),
    );
  if (!m || !/^saying$/i.test(verb.word)) return quotedBefore(masked, verb, cast, excerpt, state);
  const via = cast.isPublisher(m[1]!) ? undefined : cast.thing(m[1]!, 'organisation', excerpt);
  const id = cast.thing(`${capitalise(m[2]!)} (unnamed source)`, 'person', excerpt, { anonymous: true, via });
  state.described.add(id);
  return { index: masked.indexOf(m[2]!, m.index), subject: { id, how: 'unnamed source an outlet quoted' } };
}

/**
 * "…, according to the regional daily X, which quoted a coastguard officer: “…”": the unnamed
 * person the outlet quoted before a colon speaks, through that outlet.
 */
function quotedBefore(masked: string, verb: SpeechVerb, cast: Cast, excerpt: string, state: ReadState): Described {
  if (!/^according/i.test(verb.word)) return null;
  const m =
    /^(?:\s+to)?\s+the\s+(?:\p{Ll}+\s+)?(?:daily|weekly|newspaper|paper|tabloid|magazine|broadcaster)\s+(\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,4}),\s+which\s+quoted\s+((?:a|an|one|two|three|several)\s+[^,;:]{2,60}?)\s*:/u.exec(
      masked.slice(verb.end),
    );
  if (!m) return null;
  const via = cast.isPublisher(m[1]!) ? undefined : cast.thing(m[1]!, 'organisation', excerpt);
  const id = cast.thing(`${capitalise(m[2]!)} (unnamed source)`, 'person', excerpt, { anonymous: true, via });
  state.described.add(id);
  return { index: masked.indexOf(m[2]!, verb.end), subject: { id, how: 'unnamed source an outlet quoted' } };
}

const CITING =
  /\b(?:citing|according\s+to)\s+((?:(?:two|three|four|five|several|\d+)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:people|officials|sources|employees|staff|workers|members|diplomats|officers|executives|aides|insiders|managers|advisers|advisors)\b(?:\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of)\s+[^,;:.]{1,40})?)/u;

/**
 * "<Outlet> reported, citing two people familiar with the matter": an unnamed group of sources
 * that spoke through the outlet, for a later "one of them told the newspaper".
 */
function citedGroup(masked: string, entities: Entity[], cast: Cast, excerpt: string, state: ReadState): void {
  const m = CITING.exec(masked);
  if (!m) return;
  const reported = /\breported\b/.exec(masked);
  const outlet = entities.find(
    (e) =>
      reported &&
      (e.kind === 'organisation' || e.kind === 'group') &&
      (e.end <= m.index || e.index >= m.index + m[0].length) &&
      (!reported || e.end <= reported.index),
  );
  // "the Reventia Daily Monitor reported": the capitalised name before the verb, when no entity is the outlet.
  const named = !reported
    ? undefined
    : /((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)(?:,\s[^,]*,)?\s+reported\b/u.exec(masked)?.[1];
  const outletId =
    outlet?.id ??
    (named && !COUNTRIES.has(named) && !cast.isPublisher(named)
      ? cast.thing(named, 'organisation', excerpt)
      : undefined);
  const via = outletId && !cast.isPublisher(cast.members.get(outletId)!.name) ? outletId : undefined;
  const id = cast.thing(`${capitalise(m[1]!)} (unnamed source)`, 'person', excerpt, { anonymous: true, via });
  state.described.add(id);
  state.groups.push(id);
}

/** What the reader remembers from one sentence to the next. */
interface ReadState {
  /** The article's text, for the whole name a bare surname stands for. */
  text?: string;
  /** The people named so far, the last named last, for "he said" and "she said". */
  recent: string[];
  /** The head noun of each unnamed speaker and document ("engineer", "lease"), for "the engineer said". */
  heads: Map<string, string>;
  /** Unnamed speakers and their outlets, dropped from the cast when no quote is theirs. */
  described: Set<string>;
  /** Unnamed groups of sources ("two people close to the talks"), the last named last. */
  groups: string[];
  /** The article, for naming documents it quotes. */
  source: string;
  /** The body the last sentence naming one had as a subject, for "it said". */
  lastBody?: string | undefined;
  /** The text that body acted in, when the sentence says so ("asked … in a letter dated …"), for "It described …". */
  lastText?: { body: string; name: string } | undefined;
  /** The sentence before, quotes blanked, for "they said" after a group it opened with. */
  lastMasked?: string | undefined;
  /** A text the sentence before had as its subject ("An open letter signed by 1,400 alumni …"), for "It called …". */
  subjectText?: string | undefined;
  /** The news outlet named last ("the daily X", "X reported"), for "quoted by the paper". */
  lastOutlet?: string | undefined;
  /** The name the sentence before opened with, "According to the <Name>," ({@link ACCORDING_TO_THE_NAME}), for "The paper quoted …". */
  accordingToName?: string | undefined;
  /** The people the last sentence naming any named, for a pronoun after two of them. */
  lastPersons: string[];
  /** Those of them that were subjects, not objects ("X and Rep. Y spoke …"). */
  lastSubjects: string[];
  /** The gender a pronoun gave a person whose name gives none ("Pavel Ruzhin … he said"). */
  genders: Map<string, 'male' | 'female'>;
}

/**
 * "Judge Anya Brel, writing for the majority, …": the person speaks for that body, so a later
 * "the majority wrote" is theirs.
 */
function forWhom(masked: string, entities: Entity[], state: ReadState): void {
  for (const e of entities) {
    const m =
      /^,\s+(?:writing|speaking|ruling)\s+(?:for|on behalf of)\s+(?:the|a|an|its|their)\s+(?:\p{L}+\s+)?(\p{Ll}+),/u.exec(
        masked.slice(e.end),
      );
    if (e.kind === 'person' && m) state.heads.set(e.id, m[1]!);
  }
}

/**
 * The sex an honorific tells: "Mrs", "Ms", "Miss", "Dame", "Lady" a woman, "Mr", "Sir", "Lord" a man (a full stop
 * allowed after it); none for any other ("Dr") or none at all.
 */
function sexOfHonorific(honorific: string | undefined): 'male' | 'female' | undefined {
  return /^(?:Mrs|Ms|Miss|Dame|Lady)\.?$/.test(honorific ?? '')
    ? 'female'
    : /^(?:Mr|Sir|Lord)\.?$/.test(honorific ?? '')
      ? 'male'
      : undefined;
}

/** {@link genderOf} of a person known by nothing but the name `name` ("Ottilie Vane"). */
function genderOfName(name: string): 'male' | 'female' | null {
  return genderOf({ id: '', name, kind: 'person', known: false, aliases: [], excerpt: '' });
}

const genders = new Map<string, 'male' | 'female' | null>();
/**
 * A person's gender as the text or compromise's lexicon of first names gives it ("Mr", "Dame",
 * "Anya"), or null when neither does: "she said" is never given to a man, nor "he said" to a woman.
 */
function genderOf(member: CastMember | undefined): 'male' | 'female' | null {
  if (!member || member.kind !== 'person') return null;
  const names = [member.name, ...member.aliases];
  if (names.some((n) => /^(?:Mrs|Ms|Miss|Dame|Lady)\b/.test(n))) return 'female';
  if (names.some((n) => /^(?:Mr|Sir|Lord)\b/.test(n))) return 'male';
  if (!genders.has(member.name)) {
    // The first name alone: compromise reads the end of a double-barrelled surname ("Ashworth-Lyle") as a man's first name.
    const first = member.name.split(/\s+/)[0]!;
    const tags = (nlp(first).people().json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags;
    genders.set(member.name, tags?.includes('FemaleName') ? 'female' : tags?.includes('MaleName') ? 'male' : null);
  }
  return genders.get(member.name)!;
}

/** "its status page reported", "the notice listed": verbs a text speaks with only after a text's head noun. */
const TEXT_SPEECH =
  /(?<=\b(?:page|site|dashboard|notice|post|feed|log|statement)\s+)(?:reported|reports|showed|shows|displayed|displays|listed|lists)\b/giu;
/**
 * "A council spokeswoman denied the warnings had been ignored", "denied that …": a denial of a clause is speech,
 * so its subject is the one a following "she said" stands for; not a passive ("was denied bail", which
 * `speakingVerbs` drops) nor a denial of a noun alone ("denied the charges." has no verb after it).
 */
const DENIAL =
  /\b(?:denied|denies|denying)(?=\s+(?:that\b|(?:the|its|his|her|their|any)\s+(?:[\p{L}-]+\s+){0,3}(?:had|have|has|was|were|is|are|would|will)\b))/giu;
/** Speech verbs of a sentence, outside its quotes. */
const verbsOf = (masked: string) =>
  [...masked.matchAll(SPEECH), ...masked.matchAll(TEXT_SPEECH), ...masked.matchAll(DENIAL)]
    .sort((a, b) => a.index - b.index)
    .map((m) => ({ index: m.index, end: m.index + m[0].length, word: m[0] }));
/** A speech word in "-s" followed by an auxiliary ("calls have", "claims were", "notes are"): a plural noun, not a verb. */
const PLURAL_NOUN_BEFORE_AUX =
  /^(?:calls|claims|notes|rules|finds|reads|writes|tells|states|warns|urges|promises|describes|adds)\s+(?:have|had|were|are|can|could|will|would|may|might|must|should)\b/iu;
/** Readings tried before a sentence's speech verbs: words a person was told ({@link toldPassive}), a speaker's kin ({@link kinOfCouple}). */
const toldOrKin = (
  q: RawQuote,
  masked: string,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  last: string | null | undefined,
): Subject | null =>
  toldPassive(q, masked, entities, cast, excerpt) ??
  kinOfCouple(masked, last, cast, excerpt, masked.slice(0, q.at.index)) ??
  whatCalled(q, masked, entities);

/** "what Cllr X called", "what engineer Y described as": a naming clause right before the quote (issue 12ai). */
const WHAT_CALLED = /\bwhat\s+([^,;:!?]{1,80}?)\s+(?:called|calls|described\s+as|describes\s+as|termed|dubbed)\s*$/u;

/** What may stand between the one named in "what X called" and the verb: "has", "had once", "later" ("X's lawyer" may not). */
const WHAT_CALLED_TAIL =
  /^(?:\s+(?:has|have|had|once|later|then|also|previously|famously|memorably|since|recently|herself|himself))*$/u;

/** A speech verb after the quote in its sentence (""…," Y argued"), a title's point ("Coun. Y") allowed. */
const SPEECH_AFTER = new RegExp(String.raw`^(?:[^.;]|(?<=\b\p{Lu}\p{Ll}{0,4})\.){0,100}?${SPEECH.source}`, 'iu');

/**
 * "It was the first of what Cllr X called "a monthly war"": the words are those of the one person named between
 * "what" and the verb, as its subject (a title before allowed, only "has", "once" … after); none when no person
 * or two are named there, when the one named follows a preposition or is a possessor ("what critics of X called",
 * "what a lawyer for X called", "what X's lawyer called"; the entity's `object` is not used, as "of what Coun. X"
 * reads as the object of "of"), or when a speech verb follows the quote (""…," Y said" or
 * ""…," Y argued" names the speaker itself).
 */
function whatCalled(q: RawQuote, masked: string, entities: Entity[]): Subject | null {
  const before = masked.slice(0, q.at.index);
  const m = WHAT_CALLED.exec(before);
  if (!m || SPEECH_AFTER.test(masked.slice(q.at.end))) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const named = entities.filter((e) => e.kind === 'person' && e.index >= start && e.end <= end);
  const [one] = named;
  if (named.length !== 1 || !WHAT_CALLED_TAIL.test(masked.slice(one!.end, end))) return null;
  if (/\b(?:of|for|by|from|with|to|against|behind|at|on|and)\s/iu.test(masked.slice(start, one!.index))) return null;
  return { id: one!.id, how: 'named in "what X called"' };
}

/** Words for a speaker's kin that open a sentence ("Her husband", "His son"). */
const KIN_WORD = 'husband|wife|partner|brother|sister|twin|son|daughter|mother|father';
/** "Her husband said", "His wife told …", "His son said": a kin opening the sentence as a speech verb's subject. */
const KIN_SPEAKER = new RegExp(
  String.raw`^\s*(Her|His)\s+(${KIN_WORD})\s+(?:said|says|told|tells|added|adds|agreed)\b`,
  'u',
);
/**
 * ""…," her husband added", ""…", his wife said": the kin after the quote as the subject of a speech verb that ends the
 * sentence (issue 12al), read in the sentence with its quotes blanked; not "her husband's lawyer said".
 */
const KIN_AFTER_QUOTE = new RegExp(
  String.raw`^\s*,?\s*(her|his)\s+(${KIN_WORD})\s+(?:said|says|added|adds|agreed)\s*[.!?]?\s*$`,
  'u',
);
/**
 * "His brother was blunter: "…"", "Her mother said she would like …: "…"": the kin as the subject of any verb
 * whose words end on the colon right before the quote (issue 12sq); not "His cousin, X, was …:" (a name set off).
 */
const KIN_COLON = new RegExp(String.raw`^\s*(Her|His)\s+(${KIN_WORD})\s+\p{Ll}[^,;:!?]{0,100}:\s*$`, 'u');
/**
 * "Her husband put it more simply.", "His sister put it more bluntly", "Her brother put it differently" (issue 12av): a
 * sentence that only tells how the kin worded it, with no words of its own, leads in the next quote as "Her husband
 * was blunter." does ({@link KIN_MANNER}). Not "Her husband put it on the market" (no manner after "put it").
 */
const KIN_PUT_IT = String.raw`put\s+it\s+(?:(?:(?:even|far|much|rather|a\s+little|a\s+lot)\s+)?(?:more|less)\s+\p{Ll}+|\p{Ll}+ly|differently|another\s+way|this\s+way)`;
/**
 * "Her husband was blunter.", "His sister was more direct.": a whole sentence that only compares a spouse's or
 * sibling's manner with the last speaker's has no words of its own, so it leads in the next quote (issue 12ao), as a
 * colon would ({@link KIN_COLON}). Not "Her husband was a lifeguard there." nor a sentence that goes on after a comma.
 */
const KIN_MANNER = new RegExp(
  String.raw`^\s*(Her|His)\s+(${KIN_WORD})\s+(?:(?:was|is|sounded|seemed)\s+(?:(?:even|far|much|rather|a\s+little|a\s+lot)\s+)?(?:\p{Ll}{2,}er|(?:more|less)\s+\p{Ll}+)|${KIN_PUT_IT})\s*[.!]?\s*$`,
  'u',
);
/** "Her husband was less sentimental.", "His brother is joining …": the kin as a sentence's subject (issue 12sq). */
const KIN_SUBJECT = new RegExp(
  String.raw`^\s*(Her|His)\s+(husband|wife|brother|sister|son|daughter|mother|father)\s+(?!and\b)\p{Ll}`,
  'u',
);
/**
 * "His son was arrested last year.", "Her husband died in 2019.": a kin subject whose sentence tells of a death, an
 * arrest or a harm, not of a view; the next "he" or "she" is still the speaker's (review of 12sq).
 */
const KIN_GONE =
  /^(?:died|passed\s+away|(?:was|were|has\s+been|had\s+been)\s+(?:killed|arrested|jailed|injured|hurt|charged|sentenced|convicted|born|buried|detained|deported|taken\s+to\s+hospital))\b/u;

/**
 * "Father and son Osmund and Tiernan X", "Mother and daughter …": a parent and a child named as a pair, the
 * parent first (issue 12sq); "His son" and "Her mother" take the other of such a pair only.
 */
const KIN_PARENT_CHILD = /\b(father|mother)\s+and\s+(son|daughter)\s+$/iu;

/**
 * "Volunteers Yesenia and Abelardo X …. "…," Yesenia X said. Her husband said …": the kin of the last speaker is
 * the one other first name the article joins to the speaker's with "and" before their surname; none when there is
 * no such pair or more than one, or when "Her" / "His" does not fit the speaker (then the older reading, an unnamed
 * "Her husband", stands). Another person of that surname named elsewhere ("her son Abelardo X", "founded by
 * Abelardo X") may be any relative, or none. A parent or a child ("His son", "Her mother") only of a pair named
 * "Father and son …" / "Mother and daughter …", the speaker in the other place of it (issue 12sq). `lead` is the
 * sentence before the quote, for "His brother was blunter:" ({@link KIN_COLON}).
 */
function kinOfCouple(
  masked: string,
  last: string | null | undefined,
  cast: Cast,
  excerpt: string,
  lead?: string,
): Subject | null {
  const after = KIN_AFTER_QUOTE.exec(masked);
  const m = KIN_SPEAKER.exec(masked) ?? (lead !== undefined ? KIN_COLON.exec(lead) : null) ?? after;
  const id = m ? kinOf(m === after ? (m[1] === 'her' ? 'Her' : 'His') : m[1]!, m[2]!, last, cast, excerpt) : null;
  return id ? { id, how: 'the kin of the last speaker who shares the surname' } : null;
}

/**
 * The surname a pair of kin share, with the particles that lead it ("Tam Mac Aodha" → "Mac Aodha", issue 12at), so
 * "Brothers Tam and Ewan Mac Aodha … His brother said" finds Ewan; null for a last word that is no capitalised name.
 */
function kinSurname(name: string): string | null {
  const surname = surnameOf(name);
  const last = surname.split(/\s+/).at(-1)!;
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(last) ? surname : null;
}

/** The one other of a pair named with the last speaker's surname whom "Her" / "His" `word` stands for ({@link kinOfCouple}). */
function kinOf(
  possessive: string,
  word: string,
  last: string | null | undefined,
  cast: Cast,
  excerpt: string,
): string | null {
  const speaker = last ? cast.members.get(last) : undefined;
  if (speaker?.kind !== 'person' || speaker.anonymous) return null;
  // "… with her husband, Hessel, since 2004. … Her husband put it more simply." (issue 12ax): the kin named before.
  const named = cast.kinNamed.get(`${last}|${word}`);
  if (named && named !== last) return named;
  const words = speaker.name.split(/\s+/);
  const surname = kinSurname(speaker.name);
  if (words.length < 2 || !surname) return null;
  const pronoun = possessive === 'Her' ? 'female' : 'male';
  if ((genderOf(speaker) ?? pronoun) !== pronoun) return null;
  const lineal = /^(?:son|daughter|mother|father)$/u.test(word);
  const others = new Set<string>();
  for (const m of couplesNamed(cast.text, surname)) {
    if (m[1] !== words[0] && m[2] !== words[0]) continue;
    if (lineal) {
      const pair = KIN_PARENT_CHILD.exec(cast.text.slice(Math.max(0, m.index! - 40), m.index));
      if (!pair) continue;
      const [parent, child] = [lc(pair[1]!), lc(pair[2]!)];
      const speakerWord = word === parent ? child : word === child ? parent : null;
      // "His son": the speaker is the father, the pair's first, and "His" fits "father".
      const speakerFirst = word === child;
      if (!speakerWord || (speakerFirst ? m[1] : m[2]) !== words[0]) continue;
      if (/^(?:mother|daughter)$/u.test(speakerWord) !== (pronoun === 'female')) continue;
    } else if (notSpouseOrSibling(word, cast.text.slice(Math.max(0, m.index! - 40), m.index))) continue;
    others.add(`${m[1] === words[0] ? m[2] : m[1]} ${surname}`);
  }
  const [other, ...more] = [...others];
  if (!other || more.length || other === speaker.name) return null;
  return cast.person({ text: other, index: 0, end: other.length, written: other }, excerpt);
}

/**
 * True when the pair before `before`'s end is named as kin that `word` cannot be (review of 12sq): "Sisters A and
 * B X", "Father and son …" hold no husband or wife ({@link NAMED_AS_KIN}), "Father and son …" no brother or sister.
 */
const notSpouseOrSibling = (word: string, before: string) =>
  /^(?:husband|wife|partner)$/u.test(word)
    ? NAMED_AS_KIN.test(before)
    : /^(?:brother|sister|twin)$/u.test(word) && KIN_PARENT_CHILD.test(before);

/**
 * "Her husband was less sentimental. "…," he said.": a sentence with no quote whose subject is the last speaker's
 * kin ({@link KIN_SUBJECT}) makes that kin, of the kin word's gender, the antecedent of the next "he" or "she"
 * (issue 12sq); the kin as {@link kinOf} finds it, else none.
 */
function kinMentioned(
  masked: string,
  last: string | null | undefined,
  cast: Cast,
  excerpt: string,
): { id: string; gender: 'male' | 'female' } | null {
  const m = KIN_SUBJECT.exec(masked);
  if (m && KIN_GONE.test(masked.slice(m[0].length - 1))) return null;
  const id = m ? kinOf(m[1]!, m[2]!, last, cast, excerpt) : null;
  return id ? { id, gender: /^(?:husband|brother|son|father)$/u.test(m![2]!) ? 'male' : 'female' } : null;
}

/** {@link kinMentioned}'s kin, if any, as the one person "he" or "she" now looks back to first (issue 12sq). */
function rememberKin(
  masked: string,
  last: string | null | undefined,
  cast: Cast,
  excerpt: string,
  state: ReadState,
): void {
  const kin = kinMentioned(masked, last, cast, excerpt);
  if (!kin) return;
  state.lastPersons = [kin.id];
  state.lastSubjects = [kin.id];
  state.recent = [...state.recent.filter((x) => x !== kin.id), kin.id];
  state.genders.set(kin.id, kin.gender);
}

/**
 * "Her husband said:\n\n"…"": a lead-in paragraph with no words of its own whose subject is the last speaker's
 * kin is, like "Her husband said "…"" ({@link kinOfCouple}), the other one of a couple joined by "and" before
 * the surname; only a sentence ending on the colon of a lead-in (issue 12ai), and only when no other person is
 * named in the sentences `between` the last quote and the lead-in ("Mayor Rita X said …. Her husband said:" is
 * the mayor's husband; review of 12ai).
 */
function kinLeadIn(
  masked: string,
  last: string | null | undefined,
  cast: Cast,
  excerpt: string,
  between: string[],
): string | null {
  // "His son said they might fight the plan. "…"": a parent or child speaking with no quote of their own is read as
  // the lead-in of the paragraph's next quote too (issue 12sq); a spouse or sibling only before a colon, as before,
  // or in a sentence that only compares their manner ("Her husband was blunter.", KIN_MANNER, issue 12ao).
  const lineal = /^\s*(?:Her|His)\s+(?:son|daughter|mother|father)\b/u.test(masked);
  if (
    (!lineal && !/:\s*$/u.test(masked) && !KIN_MANNER.test(masked)) ||
    between.some((id) => id !== last && cast.members.get(id)?.kind === 'person')
  )
    return null;
  const manner = KIN_MANNER.exec(masked);
  if (manner) return kinOf(manner[1]!, manner[2]!, last, cast, excerpt);
  return kinOfCouple(masked, last, cast, excerpt)?.id ?? null;
}

/**
 * "Her husband said the pair had spent …", "His sister told reporters …": a spouse or a sibling of the last speaker
 * opening a sentence of reported speech (a speech verb right after the kin word, {@link KIN_SPEAKER}) is the other one
 * of the couple or pair joined by "and" before their surname ({@link kinOf}), not an unnamed "Her husband"; so the
 * next "he said" is theirs too (issue 12ap). Only when no other person was named since the last quote (`between`),
 * as {@link kinLeadIn}; none when the article names no such pair.
 */
function kinReported(
  masked: string,
  last: string | null | undefined,
  cast: Cast,
  excerpt: string,
  between: string[],
): string | null {
  const m = KIN_SPEAKER.exec(masked);
  if (!m || between.some((id) => id !== last && cast.members.get(id)?.kind === 'person')) return null;
  return kinOf(m[1]!, m[2]!, last, cast, excerpt);
}

/**
 * The speaker of a sentence without quotes: a lead-in naming the last speaker's kin ({@link kinLeadIn}, given the
 * actors named since the last of `quotes`; `actors` holds those of each sentence up to this one), or its speech
 * verb's subject; with neither, a kin it names is remembered for the next pronoun ({@link rememberKin}).
 */
function quoteless(
  masked: string,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
  quotes: FoundQuote[],
  actors: string[][],
): string | null {
  const last = quotes.at(-1);
  const between = last ? actors.slice(last.sentence + 1, -1).flat() : [];
  const speaker =
    kinLeadIn(masked, last?.speaker, cast, excerpt, between) ??
    kinReported(masked, last?.speaker, cast, excerpt, between) ??
    speakerWithoutQuote(masked, entities, cast, excerpt, state);
  if (!speaker) rememberKin(masked, last?.speaker, cast, excerpt, state);
  return speaker;
}

/** "… and was told "…"", "had been told that "…"": a passive of "tell" right before the quote, its subject the listener. */
const TOLD_PASSIVE = /\b(?:was|were|had\s+been|have\s+been|has\s+been|been|being)\s+told(?:\s+that)?\s*:?\s*$/u;

/**
 * "Cllr X said he had asked … and was told "one, possibly two"": the words the subject was told are the words
 * of whoever answered, an unnamed source (no `via`: the listener is no outlet); not "X told the Gazette "…"", an
 * active "told", nor a passive elsewhere in the sentence ("We were told nothing," X said).
 */
function toldPassive(q: RawQuote, masked: string, entities: Entity[], cast: Cast, excerpt: string): Subject | null {
  if (!TOLD_PASSIVE.test(masked.slice(0, q.at.index))) return null;
  // "was told "…" by engineer Ann Roe": the one who told is named after the words.
  if (/^\s*,?\s*by\s/u.test(masked.slice(q.at.end))) return null;
  const listener = entities.filter((e) => e.kind === 'person' && e.end <= q.at.index).at(-1);
  const name = listener ? cast.members.get(listener.id)?.name : undefined;
  const id = cast.thing(
    `${name ? `Whoever answered ${name}` : 'Whoever answered'} (unnamed source)`,
    'person',
    excerpt,
    {
      anonymous: true,
    },
  );
  return id ? { id, how: 'words the subject was told' } : null;
}

/**
 * The speech verbs that may give a sentence its speaker: "According to the broadcaster KTV, a
 * senior officer said" names the outlet that relayed the words, not who spoke them, a passive
 * ("had been warned") names who was spoken to, and "X, who wrote the bylaw, said" speaks by its
 * main verb.
 */
const speakingVerbs = (masked: string) => {
  // "the operator had been warned about …", "staff were urged to …": a passive's subject is who was spoken to.
  // "the keepers' radio calls have saved …", "its claims were false": a plural noun before an auxiliary, no verb.
  const all = verbsOf(masked).filter(
    (v) => !PASSIVE_BEFORE.test(masked.slice(0, v.index)) && !PLURAL_NOUN_BEFORE_AUX.test(masked.slice(v.index)),
  );
  // "X, who wrote the bylaw, said": a speech verb in a relative clause set off by commas, before another one.
  const verbs = all.filter(
    (v) =>
      !(
        RELATIVE_BEFORE.test(masked.slice(0, v.index)) &&
        /^[^,;]*,/u.test(masked.slice(v.end)) &&
        all.some((w) => w.index > v.end)
      ),
  );
  const relayed = ACCORDING_TO_OUTLET.test(masked) && verbs.length > 1;
  // "His spokesman, X, said Wednesday that the minister had asked for "…"": a speech verb inside the clause
  // another one reports is part of the words reported, not an attribution of its own.
  const reported = verbs.filter(
    (v) =>
      !verbs.some(
        (w) => w.end <= v.index && /^(?:s|t)/i.test(w.word) && REPORTS_THAT.test(masked.slice(w.end, v.index)),
      ),
  );
  return relayed ? reported.filter((v) => !/^according/i.test(v.word)) : reported;
};
/**
 * The words between "said" or "told …" and a later verb: "that" opens the reported clause, with no full stop, quote or
 * semicolon between, nor a new clause after a comma ("…, while opposition leader X said", "…, but captain X said").
 */
const REPORTS_THAT =
  /^(?:\s+\p{L}+){0,4}?\s+that\s(?![^.;:!?]*,\s+(?:while|whereas|but|and|although|though)\s+(?!that\b))[^.;:!?]*$/u;
/** ", who" or ", which" just before a verb: the verb opens a relative clause. */
const RELATIVE_BEFORE = /,\s+(?:who|which)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A form of "be" just before a verb (an adverb between allowed; not a blanked quotation): the verb is a passive. */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s(?:\p{Ll}+ly\s)?$/iu;

/** The speaker of a quote from its own sentence: the subject of the speech verb nearest to it. */
function fromSentence(
  q: RawQuote,
  masked: string,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Subject | null {
  const verbs = speakingVerbs(masked).sort(
    (a, b) =>
      Math.min(Math.abs(a.index - q.at.end), Math.abs(a.end - q.at.index)) -
      Math.min(Math.abs(b.index - q.at.end), Math.abs(b.end - q.at.index)),
  );
  for (const v of verbs) {
    const s = subjectOf(masked, v, entities, cast, excerpt, state);
    // "X resigned in a letter …. She wrote that …": the words are in the person's letter.
    if (s?.id && /^wr/i.test(v.word) && state.lastText?.body === s.id)
      return documentOf(state.lastText.name, 'the letter the sentence before named', cast, excerpt, state);
    if (s?.id) return writtenIn(masked, v, s.id, cast, excerpt, state) ?? s;
  }
  return null;
}

/**
 * "His classmate X, 16, disagreed: “…”": a quote after a colon, with no speech verb in the
 * clause before it, belongs to the person who is that clause's subject.
 */
function beforeColon(q: RawQuote, masked: string, entities: Entity[], cast: Cast): Subject | null {
  const before = masked.slice(0, q.at.index);
  const clause = /(?:^|[.;!?]\s+)([^.;!?]*):\s*$/u.exec(before);
  if (!clause || verbsOf(clause[1]!).length) return null;
  const from = before.length - clause[0].length;
  const subject = entities.find(
    (e) => e.index >= from && !e.object && !inRelativeClause(masked, e) && cast.members.get(e.id)?.kind === 'person',
  );
  return subject ? { id: subject.id, how: 'subject of the clause before the colon' } : null;
}

/**
 * "called it, in a statement, "…"", "described them in a statement as" (issue 12ar): the pronoun object of the speech
 * verb, before the text it spoke in ({@link IN_WRITING_AFTER}).
 */
const OBJECT_BEFORE_TEXT = String.raw`(?:\s+(?:it|this|them))?`;
/**
 * "said in a statement", "said on Monday in a written statement", "in a filing", "in its policy statement", "in its
 * evening bulletin", "wrote in a 212-page ruling"; "said in a written submission to the council" and "called it, in a
 * statement," (issue 12ar). A submission only when written: a barrister's "opening submission" is spoken.
 */
const IN_WRITING_AFTER = new RegExp(
  String.raw`^${OBJECT_BEFORE_TEXT}(?:\s+(?:(?:late|early)\s+)?on\s+\p{Lu}\p{L}+)?,?\s+in\s+(?:a|an|its|their|his|her|the)\s+(?:written\s+|joint\s+|\d+-page\s+)?((?:\p{Ll}+\s+){0,2}(?:statement|filing|bulletin|report|release|communiqu[eé]|notice|note|update|letter|memo|ruling|judgment|post|email|message)|(?<=written\s+)submission)\b`,
  'u',
);
/**
 * "In a statement the trust said:": with no comma after the text, the subject is "the" and a body's noun (a
 * common noun, which no name is), so the words are the body's text as with the comma.
 */
const NO_COMMA_SUBJECT = String.raw`\s+the\s+(\p{Ll}+)`;
/**
 * "In a dissenting opinion, two judges wrote", "In the order, Judge X wrote", "In a letter …, the head of Y, X, wrote": a text named before the subject
 * (also with a relative clause set off after it: "In a letter to the board, which the Ledger has seen, X wrote"; and with
 * a page count: "In a 40-page order, Judge X wrote").
 */
const IN_WRITING_BEFORE = new RegExp(
  String.raw`(?:^|[,;]\s+)In\s+(?:(?:a|an|its|their|his|her|the)\s+(?:\d+-page\s+)?|(?=(?:\p{Ll}+\s+){0,2}(?:reasons|findings)\b))((?:\p{Ll}+\s+){0,2}(?:opinion|dissent|ruling|judgment|statement|filing|letter|submission|report|notice|bulletin|release|post|memo|order|decision|reasons|findings))\b(?:\s+(?:to|from|on|with|for|sent|published|posted|issued|released|dated|filed|last|this|the|earlier|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,;]{0,60})?(?:,\s+(?:published|posted|released|issued|dated|titled|sent|filed|seen|obtained|which|that)\b[^,;]{0,80})?(?:\s*,\s+(?:[^,;]{1,120}|[^,;]{1,80},\s+[^,;]{1,60},)|${NO_COMMA_SUBJECT})\s*$`,
  'u',
);

/** {@link IN_WRITING_BEFORE}, but not "In a statement the mayor said", a person's noun after it with no comma. */
function inWritingBefore(head: string): RegExpExecArray | null {
  const m = IN_WRITING_BEFORE.exec(head);
  return m?.[2] && isPersonNoun(m[2]) ? null : m;
}

/** "…, had recommended a cut in a report dated Oct 14, warning that": the text the main clause acted in, before a participle. */
const IN_WRITING_MAIN =
  /\bin\s+(?:a|an|its|their|his|her)\s+((?:\p{Ll}+\s+)?(?:report|notice|statement|letter|ruling|judgment|filing|bulletin|memo))\b[^;]*,\s*$/u;
/** "found the book to be "…" in a report that month": a text named later in the clause, after the quote. */
const IN_WRITING_LATER =
  /^[^,;.]*?\s+in\s+(?:a|an|its|their|his|her)\s+((?:\p{Ll}+\s+){0,2}(?:statement|filing|bulletin|report|review|letter|memo|ruling|judgment|notice|decision))\b/u;
/**
 * "issued a safety alert … telling", "signed an open letter to X", "put out a boil notice": a text a
 * clause made or sent as its object; "issued the suspension notice …, saying" too (issue 12ax: the text the article
 * goes on to quote, named with "the").
 */
const ISSUED_TEXT =
  /\b(?:issued|published|released|sent|signed|posted|put\s+out|delivered|submitted)\s+(?:a|an|its|their|the)\s+((?:[\p{Ll}-]+\s+){0,2}(?:alert|warning|advisory|letter|report|review|statement|notice|memo|petition|bulletin))\b/u;
/** "The X Board, whose annual review was published on Monday, said": the text the subject spoke through, in a relative clause. */
const WHOSE_TEXT =
  /,\s+whose\s+((?:[\p{Ll}-]+\s+){0,2}(?:report|review|statement|letter|ruling|judgment|decision|notice|audit|assessment|study))\b[^,;]*,\s*$/u;
/** "X wrote for the majority", "X wrote in dissent": a judge's opinion, named by the words after the verb. */
const OPINION_AFTER =
  /^\s+(?:(?:that|this|on\s+\p{Lu}\p{L}+)\s+)?(?:for\s+(?:the\s+)?(majority)|in\s+(?:(?:a|her|his|the)\s+)?(dissent))\b/u;
/** "Writing for the majority, Justice X said": a majority opinion named by a participle opening the sentence. */
const FOR_MAJORITY_BEFORE = /^\s*Writing\s+for\s+(?:the\s+|a\s+)?(?:\p{Ll}+\s+)?majority\b/u;
/** "Judge X, dissenting in Tuesday's decision, wrote": a dissent named by a participle set off before the verb. */
const DISSENTING_BEFORE = /,\s+dissenting\b[^,;]{0,80},\s*$/u;

/** "wrote to the directorate", "has written to Ms X": writing to someone is sending a letter ("wrote to say" is no recipient). */
const WROTE_TO =
  /\b(?:wrote|writes|(?:has|have|had)\s+written)\s+to\s+(?!(?:say|tell|ask|express|thank|complain|warn|urge|demand)\b)(?:the|a|an|his|her|their|all|every|\p{Lu})/u;

/** What the letter said, after "wrote to …" in its sentence: "that …", "asking …", "saying …". */
const LETTER_WORDS =
  /\b(?:that|asking|saying|warning|urging|calling|demanding|complaining|requesting|arguing|pleading|adding|insisting|claiming)\b/u;

/** The texts a named person writes in their own name: their letter, their ruling, their judgment, a judge's order. */
const PERSONAL_TEXT = /\b(?:letter|ruling|judgment|opinion|order|report|memo|memorandum|submission)$/;

/**
 * The document an organisation or an unnamed group speaks through, when the attribution says
 * so: "the ministry said in a statement" → "<Ministry> statement"; "In a dissenting opinion,
 * two judges wrote" → "Dissenting opinion of two judges". A named person keeps the words.
 */
function writtenIn(
  masked: string,
  verb: SpeechVerb,
  id: string,
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Subject | null {
  const who = cast.members.get(id);
  // "…," Judge X wrote for the majority; "Judge Y, dissenting in …, wrote that": the judge's opinion or dissent.
  // "Writing for the majority, Justice X said": so is a participle of writing for the majority before the subject.
  const forMajority = FOR_MAJORITY_BEFORE.test(masked.slice(0, verb.index));
  if (who?.kind === 'person' && !who.anonymous && (/^wr/i.test(verb.word) || forMajority)) {
    const opinion = OPINION_AFTER.exec(masked.slice(verb.end));
    const dissent = opinion?.[2] ?? (DISSENTING_BEFORE.test(masked.slice(0, verb.index)) ? 'dissent' : undefined);
    if (opinion || dissent || forMajority) {
      const doc = `${who.name}’s ${dissent ? 'dissent' : 'majority opinion'}`;
      return documentOf(doc, 'a judge’s opinion', cast, excerpt, state);
    }
  }
  // "Sir X wrote to the directorate on Monday asking for guidance that was "…", saying …": a named person's letter.
  // (Not "X wrote to the council in March." alone: the words of a later sentence are not the letter's.)
  const wroteTo = /^wr/i.test(verb.word)
    ? LETTER_WORDS.test(masked.slice(verb.end)) && WROTE_TO.exec(masked.slice(verb.index))
    : /ing$/i.test(verb.word)
      ? WROTE_TO.exec(masked.slice(0, verb.index))
      : null;
  if (who?.kind === 'person' && !who.anonymous && wroteTo)
    return documentOf(`${who.name} letter`, 'a letter the person wrote', cast, excerpt, state);
  const rest = masked.slice(verb.end);
  const later = IN_WRITING_LATER.exec(rest);
  const after = IN_WRITING_AFTER.exec(rest) ?? (later && !verbsOf(later[0]).length ? later : null);
  const head = masked.slice(0, verb.index).trimEnd();
  // "The X Board, whose annual review was published on Monday, said", "X issued a safety alert … telling": the text.
  const before = after
    ? null
    : (inWritingBefore(head) ??
      WHOSE_TEXT.exec(masked.slice(0, verb.index)) ??
      (/ing$/i.test(verb.word) ? (IN_WRITING_MAIN.exec(head) ?? ISSUED_TEXT.exec(head)) : null));
  // "X said in a resignation letter", "In a letter to the board …, Dame X wrote", "Judge X …, writing in her
  // ruling": a named person's letter or ruling is a document; their statements stay theirs.
  const named = who?.kind === 'person' && !who.anonymous;
  const personal = named && PERSONAL_TEXT.test((after ?? before)?.[1] ?? '');
  if (!who || who.kind === 'document' || (named && !personal)) return null;
  const name = who.name.replace(/\s*\(unnamed source\)$/u, '');
  // "…, the High Court in Kelbridge ruled": a body's ruling.
  if (/^rul/i.test(verb.word) && who.kind !== 'person')
    return documentOf(`${name} ruling`, 'ruling', cast, excerpt, state);
  // "Administrators from the firm X said in a statement": unnamed people in the plural speak through their statement.
  const many = !!who.anonymous && /^\p{Lu}\p{Ll}*[^siu]s\b/u.test(name);
  const text = after && (who.kind !== 'person' || personal || many) ? after[1]! : before?.[1];
  if (!text || (!after && spokespersonOwnStatement(who, text, many))) return null;
  const doc =
    !after && !personal && (who.kind === 'person' || who.kind === 'group')
      ? `${capitalise(text)} of ${lc(name)}`
      : `${name} ${text}`;
  return documentOf(doc, after ? 'written statement' : 'document named before its authors', cast, excerpt, state);
}

/** A spokesperson's noun, the last word of an unnamed speaker's name ("Harlow Water spokeswoman", "spokesman for the trust"). */
const SPOKESPERSON_OWN_STATEMENT = /\bspokes(?:man|woman|person)\b/iu;

/**
 * "In a statement, a Harlow Water spokeswoman said: "…"": one unnamed spokesperson speaking in the statement named
 * before them keeps the words (issue 12ap), as "a spokeswoman said in a statement" already did; speaking in
 * statements is the spokesperson's office. Not a plural ("two spokesmen", `many`), nor another text ("In a dissenting
 * opinion, two judges wrote", "In a letter, a council officer wrote" stay documents).
 */
function spokespersonOwnStatement(who: CastMember, text: string, many: boolean): boolean {
  return (
    who.kind === 'person' &&
    !!who.anonymous &&
    !many &&
    /\bstatement$/u.test(text) &&
    SPOKESPERSON_OWN_STATEMENT.test(who.name)
  );
}

/** The document `doc` as a subject; "the statement said" later is this document, dropped from the cast when no quote is its. */
function documentOf(doc: string, how: string, cast: Cast, excerpt: string, state: ReadState): Subject {
  const size = cast.members.size;
  const docId = cast.thing(doc, 'document', excerpt);
  state.heads.set(docId, doc.split(/\s+/).at(-1)!);
  if (cast.members.size > size) state.described.add(docId);
  return { id: docId, how };
}

/** Who speaks in a sentence without quotes ("X said in a statement that …"), for the quotes after it in its paragraph. */
function speakerWithoutQuote(
  masked: string,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): string | null {
  const found = speakingVerbs(masked)
    .map((v) => ({ v, s: subjectOf(masked, v, entities, cast, excerpt, state) }))
    .find((x) => x.s?.id);
  if (!found?.s?.id) return null;
  return writtenIn(masked, found.v, found.s.id, cast, excerpt, state)?.id ?? found.s.id;
}

/**
 * The people of a sentence in the order "he said" looks back for them: those named as objects
 * ("a teacher from Orla Bay") first, then the subjects, then whoever its quotes were given to,
 * the most likely antecedent last.
 */
function remember(state: ReadState, entities: Entity[], speakers: string[], masked: string, cast: Cast): void {
  const persons = entities.filter((x) => x.kind === 'person');
  const order = [...persons.filter((e) => e.object), ...persons.filter((e) => !e.object)].map((e) => e.id);
  const partner = speakers.length ? null : jointPronoun(masked, cast, state);
  if (persons.length || speakers.length) state.lastPersons = speakers.length ? [] : persons.map((e) => e.id);
  // "Ebbing and Rep. Celestine Moyo spoke": a person joined by "and" to a subject is a subject too.
  const joined = (e: Entity, k: number) =>
    k > 0 &&
    !persons[k - 1]!.object &&
    /^\s+and\s+(?:\p{Lu}[\p{L}]*\.?\s+)*$/u.test(masked.slice(persons[k - 1]!.end, e.index));
  state.lastSubjects = speakers.length ? [] : persons.filter((e, k) => !e.object || joined(e, k)).map((e) => e.id);
  if (partner) state.lastPersons = [partner, ...state.lastPersons.filter((x) => x !== partner)];
  for (const id of [...order, ...speakers]) state.recent = [...state.recent.filter((x) => x !== id), id];
}

/**
 * "He and the deputy leader, X, addressed the crowd": the pronoun is the person met last of its
 * gender, who is one of the two people the sentence names for a later "he said" / "she said".
 */
function jointPronoun(masked: string, cast: Cast, state: ReadState): string | null {
  const joint = /^\s*(He|She)\s+and\s/u.exec(masked);
  return joint ? pronounAntecedent(joint[1] === 'She' ? 'female' : 'male', 0, [], cast, state) : null;
}

/** The reading state at the start of an article by `source` with `text`. */
const readState = (source: string, text: string): ReadState => ({
  recent: [],
  heads: new Map(),
  described: new Set(),
  groups: [],
  source,
  genders: new Map(),
  lastPersons: [],
  lastSubjects: [],
  text,
});

/** Earlier parts of a quotation that runs over paragraphs take the speaker its last part names. */
function sameQuotation(quotes: FoundQuote[]): void {
  for (const q of quotes)
    if (!q.speaker)
      Object.assign(q, {
        speaker: quotes.find((o) => o.run === q.run && o.speaker)?.speaker ?? null,
        how: 'same quotation',
      });
  for (const q of quotes) if (!q.speaker) q.how = 'unresolved';
}

/**
 * “I could hear them tapping …” opening an article, then "That was how <Name> described the
 * moment …" or "<Name>, 58, was describing the river …": a quote nobody is named for belongs to
 * who the next sentence says spoke it, or to its subject when it describes what the words told, or
 * introduces the speaker of the quotes after it.
 */
function namedAfter(
  quotes: FoundQuote[],
  sents: Sentence[],
  spoke: string[],
  subjects: Array<string | undefined>,
  sources: Array<string | undefined> = [],
): void {
  for (const q of quotes) {
    const next = sents[q.sentence + 1];
    // ""…" The words came from Dr X, the team's doctor.": the person the words are said to come from, before
    // a speaker only guessed from the quotes around.
    const guessed = !q.speaker || GUESSED.has(q.how);
    if (next && guessed && sources[q.sentence + 1] && next.paragraph === sents[q.sentence]?.paragraph) {
      Object.assign(q, { speaker: sources[q.sentence + 1], how: 'the words came from' });
      continue;
    }
    if (q.speaker || !next) continue;
    if (spoke[q.sentence + 1] && /^(?:That|This|Those|These)\s+(?:was|is|were|are)\s+(?:how|what)\b/u.test(next.text))
      Object.assign(q, { speaker: spoke[q.sentence + 1], how: 'named in the sentence after' });
    // "Fishing guide X, 58, was describing the river as he found it …": the next sentence's subject describes the words.
    else if (subjects[q.sentence + 1] && DESCRIBING.test(next.text))
      Object.assign(q, { speaker: subjects[q.sentence + 1], how: 'described in the sentence after' });
    else if (introducedAfter(q, quotes, sents, subjects[q.sentence + 1]))
      Object.assign(q, { speaker: subjects[q.sentence + 1], how: 'introduced in the sentence after' });
  }
}

/**
 * ""Every day adds cost." X, the company's manager, has spent two days on the phone. "…," he said.": a
 * quote opening its paragraph with nobody named is the person the next sentence opens with, when the
 * sentence after that, in the paragraph, gives that person words.
 */
function introducedAfter(q: FoundQuote, quotes: FoundQuote[], sents: Sentence[], subject: string | undefined): boolean {
  const [before, at, next, after] = [-1, 0, 1, 2].map((k) => sents[q.sentence + k]);
  if (!subject || !at || before?.paragraph === at.paragraph) return false;
  if (next?.paragraph !== at.paragraph || after?.paragraph !== at.paragraph) return false;
  return quotes.some((o) => o.sentence === q.sentence + 2 && o.speaker === subject);
}

/**
 * The speaker of a quote that opens its paragraph with nobody named: the last speaker of the paragraph
 * before, or the person that paragraph only tells answered ("Mr X, a retired engineer, rejected that
 * reading.\n\n"…"").
 */
function paragraphBefore(
  q: RawQuote,
  previous: FoundQuote | undefined,
  sents: Sentence[],
  subjects: Array<string | undefined>,
  raw: RawQuote[],
): { id: string; how: string } | null {
  if (previous?.speaker && previous.paragraph === q.paragraph - 1)
    return { id: previous.speaker, how: 'continues the previous paragraph’s quote' };
  const lead = sents[q.sentence - 1];
  const who = subjects[q.sentence - 1];
  if (!lead || !who || raw.some((o) => o.sentence === q.sentence - 1) || !ANSWERED.test(lead.text)) return null;
  return { id: who, how: 'answer told in the paragraph before' };
}

/**
 * "Its regional officer, Mrs X, said:\n\n"…"": a paragraph that ends on a speech verb and a colon, with no
 * words of its own, introduces the quote that opens the next paragraph; its speaker speaks them (issue 12ad).
 */
function leadInColon(
  q: RawQuote,
  sents: Sentence[],
  spoke: string[],
  raw: RawQuote[],
  cast: Cast,
): { id: string; how: string } | null {
  const lead = sents[q.sentence - 1];
  const who = spoke[q.sentence - 1];
  if (!lead || !who || lead.paragraph !== q.paragraph - 1 || !/:\s*$/u.test(lead.text)) return null;
  if (raw.some((o) => o.sentence === q.sentence - 1)) return null;
  // "X said …, but islander Y said:": the person named last before the colon introduces the words (review of 12ad).
  const last = [...cast.members.values()]
    .filter((m) => m.kind === 'person' && lead.text.includes(m.name))
    .sort((a, b) => lead.text.lastIndexOf(b.name) - lead.text.lastIndexOf(a.name))[0];
  const next = last && lead.text.slice(lead.text.lastIndexOf(last.name) + last.name.length);
  return { id: next && LEAD_VERB.test(next) ? last.id : who, how: 'introduced by the paragraph before' };
}

/** The paragraph before as the lead-in of a quote opening its paragraph: a colon ({@link leadInColon}) or a kin's manner ({@link kinMannerBefore}). */
const leadIn = (q: RawQuote, sents: Sentence[], spoke: string[], raw: RawQuote[], cast: Cast) =>
  leadInColon(q, sents, spoke, raw, cast) ?? kinMannerBefore(q, sents, spoke, raw);

/**
 * "Her husband was blunter.\n\n"…"": a paragraph that only compares a spouse's or sibling's manner ({@link KIN_MANNER})
 * introduces the quote that opens the next paragraph; the kin it names speaks them (issue 12ao).
 */
function kinMannerBefore(
  q: RawQuote,
  sents: Sentence[],
  spoke: string[],
  raw: RawQuote[],
): { id: string; how: string } | null {
  const lead = sents[q.sentence - 1];
  const who = spoke[q.sentence - 1];
  if (!lead || !who || lead.paragraph !== q.paragraph - 1 || !KIN_MANNER.test(lead.text)) return null;
  if (raw.some((o) => o.sentence === q.sentence - 1)) return null;
  return { id: who, how: 'introduced by the kin of the paragraph before' };
}

/** What may stand between the speaker's name and the colon of a lead-in: ", said:", ", a nurse, told the paper:". */
const LEAD_VERB = /^(?:,\s+[^,:]{1,60})?,?\s+(?:said|says|added|replied|wrote|warned|told\s+[^,:]{1,40})\s*:\s*$/u;

/** A sentence that tells only that its subject answered, before the words: "X rejected that reading.", "Y disagreed.", "Z was unmoved." */
const ANSWERED =
  /^[^"“”]*\b(?:rejected|disputed|dismissed|challenged|questioned)\s+(?:that|this|the|those|these)\s+(?:reading|view|claim|argument|account|idea|suggestion|characteri[sz]ation|analysis|interpretation|assessment)\.?$|^[^"“”]*\b(?:disagreed|demurred|hit\s+back|countered|was\s+(?:unmoved|unconvinced|unrepentant|blunter|less\s+measured|more\s+cautious|scathing|defiant))\.?$/u;

/** How a quote with no attribution of its own was given a speaker from the quotes around it. */
const GUESSED = new Set([
  'same quotation',
  'continues the speaker’s paragraph',
  'earlier attribution in the paragraph',
  'continues the previous paragraph’s quote',
  // "…, said:\n\n"…" The words are those of Y.": a lead-in gives way to the sentence naming whose the words are (review of 12ad).
  'introduced by the paragraph before',
]);

/**
 * "The words came from", "Those remarks were from", "That was the verdict of", "Such was the view of": a
 * sentence that names whose the words before it are.
 */
const WORDS_FROM =
  /^\s*(?:(?:The|Those|These|That|This|Her|His)\s+(?:words|remarks?|comments?|quotes?|warning|plea|verdict|description|assessment|lines?|retort|reply|response|answer|quip|rebuke|complaint)\s+(?:came|come|were|was)\s+from|(?:That|This|Such)\s+(?:was|is)\s+(?:the|a)\s+(?:\p{Ll}+\s+)?(?:verdict|view|assessment|judgement|judgment|opinion|reaction|conclusion|message|diagnosis|advice)\s+of)\s+$/u;

/**
 * "The words came from Dr X, a surgeon, who told the paper it was "…"": a quote in the sentence that
 * names whose the words before it are, told in a relative clause of that person, is theirs too (issue 12ad).
 */
function toldByWhoseWords(masked: string, from: string | undefined): { id: string; how: string } | null {
  if (!from || !/,\s+who\s+(?:told|said|says|added|called|described)\b/u.test(masked)) return null;
  return { id: from, how: 'the words came from' };
}

/**
 * "…has been refused by Harwell Borough Council, which said in its decision that it would cause "…"": a
 * body just before ", which said" speaks the quote after that verb, through the text it names (issue 12ad).
 */
function bodyWhichSaid(
  q: RawQuote,
  masked: string,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
): Subject | null {
  for (const e of entities) {
    if (e.kind !== 'organisation' && e.kind !== 'group' && e.kind !== 'country') continue;
    const m = BODY_WHICH.exec(masked.slice(e.end));
    if (!m || e.end + m[0].length > q.at.index) continue;
    const verb = { index: e.end + m[0].length - m[1]!.length, end: e.end + m[0].length, word: m[1]! };
    if (!/^(?:said|says|stated|states|told|tells|added|warned|warns)$/u.test(verb.word)) continue;
    return writtenIn(masked, verb, e.id, cast, excerpt, state) ?? { id: e.id, how: 'body before “which said”' };
  }
  return null;
}
/** ", which said" right after a body's name: the relative clause's verb, which the body is the subject of. */
const BODY_WHICH = /^,\s+which\s+(?:\p{Ll}+ly\s+)?(said|says|stated|states|told|tells|added|warned|warns)\b/u;

/**
 * "The words are those of Dr X", "The remark was that of Y": the words before are the named person's,
 * told with a pronoun for them (issue 12ad).
 */
const WORDS_ARE_THOSE_OF =
  /^\s*(?:The|Those|These|That|This|Her|His)\s+(?:words|remarks?|comments?|quotes?|warning|plea|verdict)\s+(?:are|were|is|was)\s+(?:those|that)\s+of\s+$/u;

/**
 * The person whose words a sentence says the quote before it was ("The words came from Dr X, the team's
 * doctor."), if it does.
 */
function wordsCameFrom(masked: string, entities: Entity[], cast: Cast): string | undefined {
  const from = entities.find((e) => {
    const before = masked.slice(0, e.index).replace(BEFORE_NAME_TITLE, '');
    return WORDS_FROM.test(before) || WORDS_ARE_THOSE_OF.test(before);
  });
  const own = from && possessorsApposed(masked, from, entities);
  const who = own ?? from;
  return who && cast.members.get(who.id)?.kind === 'person' ? who.id : undefined;
}

/** "X's coach, Y," after a possessor: a role of the possessor, then the one person set off after it (issue 12sq). */
const POSSESSOR_ROLE = /^(?:['’]s)?\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$/u;

/**
 * "The remark came from Stoddart's coach, Hedda X": the words are those of the person set off after the
 * possessor's role, not the possessor's (issue 12sq); none when no person follows right after the role.
 */
function possessorsApposed(masked: string, from: Entity, entities: Entity[]): Entity | undefined {
  const next = entities.find((e) => e.index >= from.end && e.kind === 'person');
  return next && POSSESSOR_ROLE.test(masked.slice(from.end, next.index)) ? next : undefined;
}
/** An honorific or title just before a name ("Dr. ", "Ms "), left out when reading what stands before it. */
const BEFORE_NAME_TITLE = /(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Revd|Rev)\.?\s+$/u;

/** The person a sentence opens with as its subject, if it does. */
function leadingPerson(entities: Entity[]): string | undefined {
  const first = entities.reduce<Entity | undefined>((a, e) => (!a || e.index < a.index ? e : a), undefined);
  return first && first.kind === 'person' && !first.object ? first.id : undefined;
}

/** A verb that tells what the words before described: "was describing", "was recalling", "described". */
const DESCRIBING = /^[^.;:!?]*?(?:\b(?:was|were|is)\s+(?:describing|recalling)|\b(?:described|recalled))\b/u;

/** "a report in the Kelmarsh Ledger": the outlet named after a report in it. */
const REPORT_IN =
  /\b(?:report|article|story)\s+(?:in|by)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)/u;

/**
 * An email as a text a body acted in ("X said in an email that …. It said …", issue 12at): the next sentence's "it"
 * or "the company" still quotes the email, as it did a letter or a statement ({@link TEXT_ACTED_IN}).
 */
const EMAIL_TEXT = String.raw`e-?mail`;
/** "asked for the masks in a letter dated …": the text a body acted in. */
const TEXT_ACTED_IN = new RegExp(
  String.raw`\b[Ii]n\s+(?:a|an|its|their)\s+((?:\p{Ll}+\s+)?(?:letter|statement|report|notice|filing|memo|submission|${EMAIL_TEXT}))\b`,
  'u',
);

/** "The memo put …", "The notice gives …": a sentence opening with a written text and a word after it ({@link textActing}). */
const TEXT_THEN_WORD = /^(?:An?|The)\s+(letter|petition|report|memo|statement|notice)\s+(\p{Ll}+)\b/u;

/**
 * "The memo put collections at $61,400 last year, …. It said the meters were "…"" (issue 12az): a written text as the
 * subject of any verb (the word after it tagged a verb in the past or present tense by compromise in the sentence, not only
 * "was", "is", "has" as {@link SUBJECT_TEXT} reads) is the text the next sentence's "It" stands for. Not a noun
 * compound ("The report card", "The letter box": the word after is no verb).
 */
function textActing(masked: string): RegExpExecArray | null {
  const m = TEXT_THEN_WORD.exec(masked);
  const at = m ? m[0].length - m[2]!.length : -1;
  const tags = m ? termsOf(masked.slice(0, 160)).find((t) => t.start === at)?.tags : undefined;
  return tags && (tags.has('PastTense') || tags.has('PresentTense')) ? m : null;
}

/** A sentence opening with a written text as its subject, up to the first comma or verb: "An open letter signed by 1,400 alumni". */
const SUBJECT_TEXT =
  /^(?:An?|The)\s+((?:open\s+|joint\s+)?(?:letter|petition|report|memo|statement)(?:\s+(?:signed|written|sent)\s+by\s+[^,;]{1,60}?)?)(?=\s*,|\s+(?:was|were|is|has)\b)/u;

/**
 * "The district's own consultation report, published in October, found …", "A staff report to council,
 * dated …, supports …": a report with a modifier or an owner opening the sentence, for "It says" next (issue 12ad).
 */
const SUBJECT_REPORT =
  /^(?:An?|The|Its|Their|The\s+\p{Ll}+[’']s)\s+((?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:report|review|study|survey|audit|assessment)(?:\s+to\s+(?:the\s+)?\p{Ll}+)?)(?=\s*,|\s+(?:was|were|is|has|found|finds|says|said|shows?|showed|supports?|supported|recommended)\b)/u;

/** "resigned in a letter", "in her resignation letter", "sent Vornholt a letter": the text a person acted in. */
const PERSON_ACTED_IN =
  /\b(?:[Ii]n\s+(?:a|an|his|her|their)\s+((?:resignation\s+)?letter)|(?:sent|wrote|writes|sends)\s+(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}|the\s+[\p{L}-]+)\s+(?:a|an)\s+(letter))\b/u;

/** Words that end the names of newspapers ("the Varneby Dagblad", "the Tarrick Evening Post"). */
const NEWSPAPER_NAME =
  /\s(?:Post|Times|Herald|Gazette|Ledger|Courier|Courant|Tribune|Journal|Chronicle|Mercury|Observer|Telegraph|Express|Dagblad|Tidende|Zeitung|Kurier|Gazeta)$/u;

/**
 * A name the text gives as a news outlet's: after "the daily", "the newspaper", "a report in", …,
 * before "reported", or a newspaper's name ("the Varneby Dagblad").
 */
const isOutlet = (masked: string, e: Entity) =>
  /\b(?:(?:daily|weekly|newspaper|paper|tabloid|magazine|broadcaster|channel|station|website|outlet)|(?:report|article|story)\s+(?:in|by)(?:\s+the)?)\s+$/u.test(
    masked.slice(Math.max(0, e.index - 24), e.index),
  ) ||
  /^\s+(?:has\s+)?reported\b/u.test(masked.slice(e.end)) ||
  NEWSPAPER_NAME.test(masked.slice(e.index, e.end));

/**
 * What a sentence leaves for the next ones: who speaks for a body, an unnamed group cited, the
 * body it names as a subject (for "it said"), and the people in the order "he said" looks back
 * for them. Whoever speaks in the sentence, quoted or not, is the likeliest antecedent; an
 * unnamed one ("A spokeswoman for … said") only when the sentence names no person but as an object
 * ("for Health Secretary X").
 */
function afterSentence(
  masked: string,
  entities: Entity[],
  cast: Cast,
  excerpt: string,
  state: ReadState,
  speaker: string | null,
  quoted: string[],
): void {
  forWhom(masked, entities, state);
  citedGroup(masked, entities, cast, excerpt, state);
  state.lastMasked = masked;
  const body = entities.find((e) => !e.object && (e.kind === 'organisation' || e.kind === 'group'));
  if (body) state.lastBody = body.id;
  const text = body && TEXT_ACTED_IN.exec(masked);
  state.lastText = body && text ? { body: body.id, name: `${cast.members.get(body.id)!.name} ${text[1]}` } : undefined;
  // "An open letter signed by 1,400 alumni, …, was delivered …. It called the plan "…"": the letter speaks.
  // "More than 300 farmers signed a petition to …. It said …": so is the text it made or sent.
  const subjectText =
    SUBJECT_TEXT.exec(masked) ?? ISSUED_TEXT.exec(masked) ?? SUBJECT_REPORT.exec(masked) ?? textActing(masked);
  state.subjectText = subjectText ? capitalise(subjectText[1]!.trim()) : undefined;
  // "X resigned on Monday in a letter released by …": the person's own letter, for "She wrote" next.
  const person = entities.find((e) => !e.object && e.kind === 'person' && !cast.members.get(e.id)?.anonymous);
  const letter = !body ? PERSON_ACTED_IN.exec(masked) : null;
  // "The 67-year-old … set out his reasons in a letter to the board": with no name, a letter told of with "his"
  // or "her" is the last person's.
  const owner =
    person?.id ??
    (letter &&
    /\b(?:his|her)\b/u.test(masked.slice(0, letter.index + letter[0].length)) &&
    !entities.some((e) => e.kind === 'person' && !e.object)
      ? state.recent.at(-1)
      : undefined);
  if (owner && letter)
    state.lastText = { body: owner, name: `${cast.members.get(owner)!.name} ${letter[1] ?? letter[2]}` };
  const outlet = entities.find((e) => e.kind === 'organisation' && isOutlet(masked, e));
  if (outlet) state.lastOutlet = outlet.id;
  // "According to the Kulvane Nightjar, …. The paper quoted …": the name after "According to the" may be the paper.
  const paperName = !outlet
    ? entities.find((e) => e.index > 0 && ACCORDING_TO_THE_NAME.test(masked.slice(0, e.index)))
    : undefined;
  state.accordingToName = paperName && cast.members.get(paperName.id)?.name;
  // "According to a report in the Kelmarsh Ledger, …": the outlet by the name after "a report in".
  const reportIn = !outlet && REPORT_IN.exec(masked)?.[1];
  if (reportIn && !cast.isPublisher(reportIn)) {
    state.lastOutlet = cast.thing(reportIn, 'organisation', excerpt);
    state.described.add(state.lastOutlet);
  }
  const who = speaker ? cast.members.get(speaker) : undefined;
  // "A spokeswoman for Health Secretary X said": a person named only as an object does not speak.
  const named = entities.some((e) => e.kind === 'person' && !e.object && !cast.members.get(e.id)?.anonymous);
  remember(
    state,
    entities,
    [...(who?.kind === 'person' && (!who.anonymous || !named) ? [who.id] : []), ...quoted],
    masked,
    cast,
  );
}

/**
 * Reads the article: the cast (known actors named, new people, organisations and countries with
 * their titles, unnamed sources, quoted documents), the actors of each sentence, and every quote
 * with its speaker. Attribution, in the order journalists write it: the subject of the speech
 * verb nearest the quote ("X said", "X, the …, said", "said X", "according to X"), with titles
 * and honorifics split off the name; "he/she said" → the last person named; an unnamed source
 * ("an official told <outlet>", then "the official said"); a document ("the plan says"); then a
 * quote that continues the speaker's paragraph or quotation; then the only person named.
 */
export function readArticle(
  text: string,
  sents: Sentence[],
  cast: Cast,
  source: string,
): { quotes: FoundQuote[]; sentenceActors: string[][] } {
  const raw = extractQuotes(text, sents);
  const state = readState(source, text);
  cast.text = text;
  const quotes: FoundQuote[] = [];
  const sentenceActors: string[][] = [];
  let paragraphSpeaker: { paragraph: number; id: string } | undefined;
  const spoke: string[] = [];
  const subjects: Array<string | undefined> = [];
  const sources: Array<string | undefined> = [];
  sents.forEach((sentence, si) => {
    const mine = raw.filter((q) => q.sentence === si);
    const masked = maskQuotes(sentence, mine);
    const next = sents[si + 1]?.paragraph === sentence.paragraph ? sents[si + 1]!.text : '';
    const entities = entitiesOf(masked, sentence.text, cast, next);
    sentenceActors.push([...new Set(entities.map((e) => e.id))]);
    subjects[si] = leadingPerson(entities);
    sources[si] = wordsCameFrom(masked, entities, cast);
    if (paragraphSpeaker && paragraphSpeaker.paragraph !== sentence.paragraph) paragraphSpeaker = undefined;
    for (const q of mine) {
      let s =
        toldOrKin(q, masked, entities, cast, sentence.text, quotes.at(-1)?.speaker) ??
        fromSentence(q, masked, entities, cast, sentence.text, state) ??
        beforeColon(q, masked, entities, cast) ??
        toldByWhoseWords(masked, sources[si]) ??
        bodyWhichSaid(q, masked, entities, cast, sentence.text, state);
      const sameRun = quotes.filter((o) => o.run === q.run && o.speaker).at(-1);
      const previous = quotes.at(-1);
      if (!s && sameRun) s = { id: sameRun.speaker, how: 'same quotation' };
      if (!s && previous?.speaker && previous.paragraph === q.paragraph)
        s = { id: previous.speaker, how: 'continues the speaker’s paragraph' };
      if (!s && paragraphSpeaker) s = { id: paragraphSpeaker.id, how: 'earlier attribution in the paragraph' };
      const persons = new Set(entities.filter((e) => e.kind === 'person' && !e.object).map((e) => e.id));
      if (!s && persons.size === 1) s = { id: [...persons][0]!, how: 'only person named' };
      const body = entities.find((e) => e.kind === 'group' || e.kind === 'organisation' || e.kind === 'alliance');
      if (!s && body && cast.members.get(body.id)?.known) s = { id: body.id, how: 'organisation named' };
      // A quote opening its paragraph with nobody named: the last speaker of the paragraph before, or the person it answered for.
      if (!s && sents[si - 1]?.paragraph !== sentence.paragraph && q.at.index <= 1)
        s = paragraphBefore(q, previous, sents, subjects, raw) ?? leadIn(q, sents, spoke, raw, cast);
      quotes.push({ ...q, excerpt: sentence.text, speaker: s?.id ?? null, how: s?.id ? s.how : 'unresolved' });
      // The last person quoted is the nearest antecedent of a later "she added".
      if (s?.id && cast.members.get(s.id)?.kind === 'person')
        state.recent = [...state.recent.filter((x) => x !== s.id), s.id];
    }
    sameQuotation(quotes);
    const speaker = !mine.length && quoteless(masked, entities, cast, sentence.text, state, quotes, sentenceActors);
    if (speaker) paragraphSpeaker = { paragraph: sentence.paragraph, id: speaker };
    if (speaker) spoke[si] = speaker;
    const quoted = quotes.filter((q) => q.sentence === si).flatMap((q) => (q.speaker ? [q.speaker] : []));
    afterSentence(masked, entities, cast, sentence.text, state, speaker || null, quoted);
  });
  namedAfter(quotes, sents, spoke, subjects, sources);
  // Unnamed speakers no quote is given to, and their outlets, are not proposed as actors.
  const used = new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker, cast.members.get(q.speaker)?.via ?? ''] : [])));
  for (const id of state.described)
    if (!used.has(id) && !sentenceActors.some((a) => a.includes(id))) cast.members.delete(id);
  return { quotes, sentenceActors };
}
