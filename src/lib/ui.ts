import type { Status } from '../schemas';
import type { Precision } from '../utils/dates';

/** Every user-facing string of the site's chrome, in one place. */
export const ui = {
  siteTitle: 'U.S.–Ukraine Security Timeline',
  siteDescription:
    'A source-cited timeline of U.S.–Ukraine security relations in 2025–2026: the aid and intelligence pause, the Jeddah ceasefire talks and security guarantees. Every event and quote cites its article with a verbatim excerpt.',
  skipLink: 'Skip to content',
  nav: { timeline: 'Timeline', actors: 'Actors', sources: 'Sources', data: 'Data (JSON)' },
  status: {
    confirmed: { label: 'Confirmed', explain: 'Reported as fact by the sources and on the public record.' },
    reported: { label: 'Reported', explain: 'Reported by a source but not independently confirmed.' },
    disputed: { label: 'Disputed', explain: 'Reported by a source and contested by a party to it; see the dispute below.' },
    denied: { label: 'Denied', explain: 'Reported by a source and denied by those concerned.' },
    planned: { label: 'Planned', explain: 'Announced or planned at the time of reporting; it may not have happened.' },
  } satisfies Record<Status, { label: string; explain: string }>,
  precision: {
    day: 'Dated to the day',
    month: 'Dated to the month only',
    year: 'Dated to the year only',
  } satisfies Record<Precision, string>,
  approximate: 'approximate',
  sourcesCount: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
  statementsHeading: 'What was said',
  sourcesHeading: 'Sources',
  actorsHeading: 'Who',
  dateHeading: 'When',
  statusHeading: 'Status',
  disputedByHeading: 'Disputed by',
  relatedHeading: 'Related events',
  previous: 'Previous event',
  next: 'Next event',
  unknownPublisher: 'unknown publisher',
  noHeadline: 'no headline in the source; description by the editors',
} as const;
