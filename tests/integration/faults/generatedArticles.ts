// Small invented diplomacy articles for fault and property tests: a dated
// front matter, a visit, a meeting, cooperation areas and a signing, built
// from a few countries, people and phrasings (no third-party text).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COUNTRIES = [
  ['Azerbaijan', 'Azerbaijani', 'Baku'],
  ['China', 'Chinese', 'Beijing'],
  ['Kazakhstan', 'Kazakh', 'Astana'],
  ['Georgia', 'Georgian', 'Tbilisi'],
  ['Uzbekistan', 'Uzbek', 'Tashkent'],
  ['Turkey', 'Turkish', 'Ankara'],
] as const;

const PEOPLE = ['Aram Veliyev', 'Lena Sorokina', 'Tomas Berik', 'Nadia Karimova', 'Omar Sadykov'];
const AREAS = ['trade', 'transport', 'green energy', 'education', 'agriculture', 'tourism'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];

export interface ArticleSpec {
  host: number;
  guest: number;
  person: number;
  month: number;
  day: number;
  areas: number[];
  signed: boolean;
  serial: number;
}

export function articleText(spec: ArticleSpec): string {
  const host = COUNTRIES[spec.host % COUNTRIES.length] ?? COUNTRIES[0];
  let guestIndex = spec.guest % COUNTRIES.length;
  if (guestIndex === spec.host % COUNTRIES.length) guestIndex = (guestIndex + 1) % COUNTRIES.length;
  const guest = COUNTRIES[guestIndex] ?? COUNTRIES[1];
  const person = PEOPLE[spec.person % PEOPLE.length];
  const month = (spec.month % MONTHS.length) + 1;
  const day = (spec.day % 27) + 1;
  const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const areas = [...new Set(spec.areas.map((a) => AREAS[a % AREAS.length]))];
  const lines = [
    '---',
    `date: ${date}`,
    `title: ${guest[1]} Foreign Minister ${person} visits ${host[0]} (${spec.serial})`,
    'source: diplograph test',
    '---',
    `${host[2]}, ${day} ${MONTHS[month - 1]} 2025. ${guest[1]} Foreign Minister ${person} ` +
      `arrived in ${host[0]} on an official visit on ${day} ${MONTHS[month - 1]} 2025.`,
    '',
    `${person} met the President of ${host[0]} in ${host[2]}.`,
  ];
  if (areas.length > 0) {
    lines.push('', `${host[0]} and ${guest[0]} discussed cooperation in ${areas.join(', ')}.`);
  }
  if (spec.signed) {
    lines.push(
      '',
      `${host[0]} and ${guest[0]} signed an agreement on visa-free travel during the visit.`,
    );
  }
  lines.push('', `Reference ${spec.serial}.`);
  return `${lines.join('\n')}\n`;
}

/** `count` different articles, written as files into `dir`; returns their paths. */
export function writeArticles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const spec: ArticleSpec = {
      host: i,
      guest: i * 3 + 1,
      person: i,
      month: i,
      day: i * 5,
      areas: [i, i + 2],
      signed: i % 2 === 0,
      serial: i,
    };
    const path = join(dir, `article-${String(i).padStart(2, '0')}.md`);
    writeFileSync(path, articleText(spec));
    return path;
  });
}
