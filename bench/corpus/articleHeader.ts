// The site text around the body: headline, section and date lines in the
// layouts news sites use (all read by src/ingest/parse), and footer chrome.
import type { Day } from './calendar';
import { dayMonth, monthDay, monthName, pad2, weekdayName, ymd } from './calendar';
import type { Rng } from './createRng';

export interface LocalTime {
  day: Day;
  hour: number;
  minute: number;
}

const FOOTERS: readonly ((source: string, year: number) => string)[] = [
  () => 'Latest News\n\nAll News Feed',
  () => 'Read more',
  () => 'Share this article',
  () => 'Follow us on Telegram',
  () => 'Related News',
  (source, year) => `© ${year} ${source}. All rights reserved.`,
];

/** Title, section and date lines, ending with the blank line before the body. */
export function articleHeader(rng: Rng, title: string, section: string, at: LocalTime): string {
  const { year, month, day } = ymd(at.day);
  const time = `${pad2(at.hour)}:${pad2(at.minute)}`;
  const layouts = [
    // Report.az style: bulleted date and time, headline repeated.
    () =>
      `${title}\n\n${section}\n  • ${day} ${monthName(month)}, ${year}\n  • ${time}\n${title}\n\n`,
    () => `${title}\n${section}\n${monthDay(at.day, true)} ${time}\n\n`,
    () => `${title}\n\n${section}\nPublished: ${dayMonth(at.day, true)}, ${time}\n\n`,
    () => `${title}\n\n${section}\n${weekdayName(at.day)}, ${monthDay(at.day, true)} - ${time}\n\n`,
    () => `${title}\n${section}\n${year}-${pad2(month)}-${pad2(day)} ${time}\n\n`,
  ];
  return rng.pick(layouts)();
}

/** Footer chrome after the body ("Latest News"), or nothing. */
export function articleFooter(rng: Rng, source: string, year: number): string {
  return rng.chance(0.4) ? `\n\n${rng.pick(FOOTERS)(source, year)}` : '';
}
