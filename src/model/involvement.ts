import type { Involvement } from '../schemas';

/** What an actor was in an event: as declared, else an outlet for a news outlet, else a participant. */
export function involvementOf(
  event: { involvement: Readonly<Record<string, Involvement>> },
  actorId: string,
  actor: { data: { kind: string } } | undefined,
): Involvement {
  return event.involvement[actorId] ?? (actor?.data.kind === 'outlet' ? 'outlet' : 'participant');
}
