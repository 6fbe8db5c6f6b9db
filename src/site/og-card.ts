import type { EventData } from '../schemas';
import { formatDate } from '../model/dates';
import { ui } from './ui';

/** The social card's size: the 1.91:1 Open Graph format. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const STATUS_COLOUR: Record<EventData['status'], string> = {
  confirmed: '#1e5e2e',
  reported: '#4a4a4a',
  disputed: '#8a3a00',
  denied: '#a3001b',
  planned: '#2f3f8f',
};

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** Breaks text into lines of at most `width` characters (words longer than that stand alone), at most `max` lines. */
export function wrapText(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = `${(kept[max - 1] ?? '').replace(/\s*\S*$/, '')} …`;
    return kept;
  }
  return lines;
}

/**
 * The social card of an event as SVG: the site's name, the date at its precision, the status and
 * the title, in the system's sans-serif font. Nothing but what the page itself says.
 */
export function eventCardSvg(data: Pick<EventData, 'title' | 'date' | 'approximate' | 'endDate' | 'status'>): string {
  const colour = STATUS_COLOUR[data.status];
  const long = data.title.length > 90;
  const size = long ? 50 : 62;
  const lines = wrapText(data.title, long ? 36 : 28, 5);
  const title = lines
    .map(
      (l, i) => `<text x="80" y="${250 + i * size * 1.2}" font-size="${size}" font-weight="700">${escapeXml(l)}</text>`,
    )
    .join('');
  const status = ui.status[data.status].label.toUpperCase();
  const badgeWidth = 40 + status.length * 22;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>
<rect width="24" height="${OG_HEIGHT}" fill="${colour}"/>
<g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#1b1b1b">
<text x="80" y="95" font-size="34" fill="#0a4fc2" font-weight="700">${escapeXml(ui.siteTitle)}</text>
<text x="80" y="165" font-size="38">${escapeXml(formatDate(data))}</text>
<rect x="${OG_WIDTH - 80 - badgeWidth}" y="126" width="${badgeWidth}" height="52" rx="8" fill="none" stroke="${colour}" stroke-width="4"/>
<text x="${OG_WIDTH - 80 - badgeWidth / 2}" y="164" font-size="30" font-weight="700" fill="${colour}" text-anchor="middle">${escapeXml(status)}</text>
${title}
</g>
<rect x="80" y="${OG_HEIGHT - 60}" width="${OG_WIDTH - 160}" height="3" fill="#cfcfcf"/>
</svg>`;
}
