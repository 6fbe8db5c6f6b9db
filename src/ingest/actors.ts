import type { Actor, ActorKind } from '../schemas';

/** A known actor's name, alias or role title found in a text. */
export interface Mention {
  id: string;
  kind: ActorKind;
  text: string;
  index: number;
  end: number;
  /** True when the mention is a role title ("the secretary of state"), not a name. */
  title?: boolean;
}

interface Pattern {
  id: string;
  kind: ActorKind;
  re: RegExp;
  title?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Country or nationality qualifiers dropped to derive shorter titles ("U.S. Secretary of State" → "Secretary of State"). */
const QUALIFIER = /^(?:U\.S\.|US|American|Ukrainian|Russian|Saudi|European|British|French|German)\s+/;

/**
 * Finds known actors in text by name, alias and role title. Names and aliases match case-
 * sensitively on word boundaries (aliases written in lower case, in any case); role titles (and their forms without a country qualifier)
 * match case-insensitively, and only when exactly one actor holds them. Overlapping matches
 * resolve to the longest.
 */
export class ActorMatcher {
  private patterns: Pattern[] = [];

  constructor(actors: Array<{ id: string; data: Pick<Actor, 'name' | 'aliases' | 'kind' | 'roles'> }>) {
    const titles = new Map<string, Set<string>>();
    const kinds = new Map(actors.map((a) => [a.id, a.data.kind]));
    for (const { id, data } of actors) {
      for (const name of [data.name, ...data.aliases]) {
        // A name is matched as written; a common-noun alias ("joint statement") in any case.
        const flags = /^\p{Ll}/u.test(name) ? 'giu' : 'gu';
        this.patterns.push({
          id,
          kind: data.kind,
          re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, flags),
        });
      }
      for (const role of data.roles) {
        for (const title of new Set([role.title, role.title.replace(QUALIFIER, '')])) {
          const key = title.toLowerCase();
          if (!titles.has(key)) titles.set(key, new Set());
          titles.get(key)!.add(id);
        }
      }
    }
    for (const [title, ids] of titles) {
      if (ids.size !== 1) continue;
      const id = [...ids][0]!;
      this.patterns.push({
        id,
        kind: kinds.get(id)!,
        re: new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?${escape(title)}(?![\\p{L}\\p{N}])`, 'giu'),
        title: true,
      });
    }
  }

  /** Every mention in `text`, left to right, overlaps resolved to the longest. */
  find(text: string): Mention[] {
    const all: Mention[] = [];
    for (const p of this.patterns) {
      for (const m of text.matchAll(p.re))
        all.push({
          id: p.id,
          kind: p.kind,
          text: m[0],
          index: m.index,
          end: m.index + m[0].length,
          ...(p.title ? { title: true } : {}),
        });
    }
    all.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
    const kept: Mention[] = [];
    for (const m of all) if (!kept.some((k) => m.index < k.end && k.index < m.end)) kept.push(m);
    return kept.sort((a, b) => a.index - b.index);
  }
}

const TITLE_WORDS =
  /(?:President|Prime Minister|Minister|Secretary|Director|spokesperson|spokesman|spokeswoman|envoy|Envoy|Adviser|adviser|Chancellor|Prince|King|Senator|Ambassador|Commissioner|Chief|General|Governor|lawmaker|official|reporter)\s+$/;
const LEADING_TITLE =
  /^(?:(?:Secretary|General|President|Prime|Minister|Director|Special|Envoy|Ambassador|Chancellor|Crown|Prince|King|Queen|Senator|Governor|Chief|Vice|Deputy|Foreign|Defen[cs]e|State|Spokesperson|Commissioner|National|Security|Adviser)\s+)+/;
const NAME = /\p{Lu}[\p{Ll}’'-]+(?:\s+(?:bin|de|van|von|al|\p{Lu}\.|\p{Lu}[\p{Ll}’'-]+)){1,3}/gu;
const ORG_WORDS =
  /\b(?:Department|Ministry|Agency|Council|Union|Organization|Organisation|Committee|Commission|Bank|Fund|Institute|Party|Army|Forces|News|Times|Post|Administration|Parliament|Congress|Senate)$/;
const ACRONYM = /(?<![\p{L}.])\p{Lu}{2,6}(?![\p{L}.])/gu;

/** Country names from the runtime's own locale data, for proposing unknown countries. */
export const COUNTRIES: Set<string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = names.of(code);
        if (name && name !== code && !/Unknown/.test(name)) out.add(name);
      } catch {
        /* not a region code */
      }
    }
  }
  return out;
})();

/** A person, organisation or country named in the text that no known actor matches. */
export interface Candidate {
  name: string;
  kind: ActorKind;
  index: number;
}

/**
 * Proposes actors the matcher does not know: names after a title word or before "said"
 * (people), capitalised names ending in an organisation word and acronyms (organisations),
 * and country names. Heuristic on purpose: every proposal is a draft for an editor.
 */
export function findCandidates(text: string, known: Mention[]): Candidate[] {
  const taken = (i: number, j: number) => known.some((k) => i < k.end && k.index < j);
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAME)) {
    // "Secretary General Jane Example" → "Jane Example", the title counting as context.
    const title = LEADING_TITLE.exec(m[0])?.[0] ?? '';
    const name = m[0].slice(title.length).replace(/[’']s$/, '');
    if (!name.includes(' ') && title) continue;
    const index = m.index + title.length;
    if (taken(index, index + name.length)) continue;
    const before = text.slice(Math.max(0, index - 40), index);
    const after = text.slice(index + name.length, index + name.length + 12);
    if (ORG_WORDS.test(name)) out.push({ name, kind: 'organisation', index });
    else if (COUNTRIES.has(name)) out.push({ name, kind: 'country', index });
    else if (TITLE_WORDS.test(before) || /^\s+(?:said|says|told|stated)\b/.test(after))
      out.push({ name, kind: 'person', index });
  }
  for (const m of text.matchAll(ACRONYM)) {
    if (!taken(m.index, m.index + m[0].length) && !/^(?:I|A|OK|TV|AM|PM|US|UK)$/.test(m[0]))
      out.push({ name: m[0], kind: 'organisation', index: m.index });
  }
  for (const country of COUNTRIES) {
    if (!country.includes(' ') && /^\p{Lu}\p{Ll}+$/u.test(country)) {
      const re = new RegExp(`(?<![\\p{L}])${escape(country)}(?![\\p{L}])`, 'u');
      const m = re.exec(text);
      if (m && !taken(m.index, m.index + country.length) && !out.some((c) => c.name === country))
        out.push({ name: country, kind: 'country', index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
