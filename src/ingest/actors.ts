import type { Actor, ActorKind } from '../schemas';
import { escapeRegExp } from '../model/text';

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

/** Country or nationality qualifiers dropped to derive shorter titles ("U.S. Secretary of State" → "Secretary of State"). */
const QUALIFIER = /^(?:U\.S\.|US|American|Ukrainian|Russian|Saudi|European|British|French|German)\s+/;

/**
 * Finds known actors in text by name, alias and role title. Names and aliases match case-
 * sensitively on word boundaries, never as one part of a hyphenated name (aliases written in lower case, in any case); role titles (and their forms without a country qualifier)
 * match case-insensitively, and only when exactly one actor holds them and no indefinite article
 * stands before them ("a spokesperson" is someone else). Overlapping matches
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
          // "Brask" is not part of "Brask-Haugen": a hyphen between letters joins one name.
          re: new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)${escapeRegExp(name)}(?![\\p{L}\\p{N}]|-\\p{L})`, flags),
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
        re: new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?${escapeRegExp(title)}(?![\\p{L}\\p{N}])`, 'giu'),
        title: true,
      });
    }
  }

  /** Every mention in `text`, left to right, overlaps resolved to the longest. */
  find(text: string): Mention[] {
    const all: Mention[] = [];
    for (const p of this.patterns) {
      for (const m of text.matchAll(p.re))
        // "a State Department spokesperson": an unnamed holder of the title, not the one the registry knows.
        if (!(p.title && /\b(?:a|an|one|another)\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index))))
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
