import { z } from 'astro/zod';
import { corrections, draft, idRef, sources } from './common';

/**
 * `document`: a text quoted as the source of words ("the plan says …"), not a person.
 * `outlet`: a news organisation (CBS News, Reuters); in events it is a reporting outlet, never a participant.
 */
export const ACTOR_KINDS = ['person', 'organisation', 'country', 'alliance', 'group', 'document', 'outlet'] as const;

/** A role or title as a source gives it, with the article that gives it. */
export const roleSchema = z.strictObject({
  title: z.string().trim().min(1),
  article: idRef,
});

/** A person, organisation, country, alliance or group named in the sources. */
export const actorSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** Every other spelling or name the sources use (Zelensky, Kyiv, the Kremlin …). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  kind: z.enum(ACTOR_KINDS),
  roles: z.array(roleSchema).default([]),
  /** A source the article does not name ("a Ukrainian official"): one actor per article and description. */
  anonymous: z.boolean().default(false),
  /** Where the sources name this actor. */
  sources,
  corrections,
  draft,
});
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
