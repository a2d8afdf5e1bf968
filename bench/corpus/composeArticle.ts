// One article: a scene, background paragraphs up to a drawn length, the site
// header and footer, and the metadata of the JSON input format.
import { articleFooter, articleHeader } from './articleHeader';
import type { Agency } from './buildWorld';
import { isoDay, monthDay, pad2 } from './calendar';
import { createRng } from './createRng';
import type { Rng } from './createRng';
import { FILLERS } from './fillers';
import { agreementScene } from './scenes/agreementScene';
import { commissionScene } from './scenes/commissionScene';
import { credentialsScene } from './scenes/credentialsScene';
import { membershipScene } from './scenes/membershipScene';
import { partnershipScene } from './scenes/partnershipScene';
import { phoneCallScene } from './scenes/phoneCallScene';
import { plannedVisitScene } from './scenes/plannedVisitScene';
import { remarksScene } from './scenes/remarksScene';
import type { Scene } from './scenes/Scene';
import { summitScene } from './scenes/summitScene';
import { talksScene } from './scenes/talksScene';
import { visitScene } from './scenes/visitScene';
import { Story } from './Story';
import type { Env } from './Story';

export interface GeneratedArticle {
  /** 0-based position in the corpus. */
  index: number;
  title: string;
  /** Site text: header lines, body, sometimes footer chrome. */
  text: string;
  url: string;
  /** ISO 8601 with the source's UTC offset: 2025-09-25T20:18:00+04:00. */
  publishedAt: string;
  source: string;
  section: string;
  /** Local publication day, YYYY-MM-DD (the front-matter date). */
  date: string;
  scene: SceneKind;
  /** The two countries the article is mainly about (ISO alpha-3). */
  countries: [string, string];
}

export const SCENES = {
  visit: visitScene,
  talks: talksScene,
  'phone-call': phoneCallScene,
  credentials: credentialsScene,
  agreement: agreementScene,
  partnership: partnershipScene,
  summit: summitScene,
  membership: membershipScene,
  remarks: remarksScene,
  'planned-visit': plannedVisitScene,
  commission: commissionScene,
} satisfies Record<string, Scene>;

export type SceneKind = keyof typeof SCENES;

const SCENE_WEIGHTS: readonly [SceneKind, number][] = [
  ['visit', 15],
  ['talks', 16],
  ['phone-call', 9],
  ['credentials', 8],
  ['agreement', 11],
  ['partnership', 6],
  ['summit', 7],
  ['membership', 5],
  ['remarks', 8],
  ['planned-visit', 7],
  ['commission', 8],
];
const SCENE_TOTAL = SCENE_WEIGHTS.reduce((t, [, w]) => t + w, 0);

// Body length target: 950–4200 characters (capped at 3900), triangular, so that whole articles
// run from about 1 to 4 KB with a mean near the seed article's 2.7 KB.
const BODY_MIN = 950;
const BODY_SPREAD = 3250;
const BODY_MAX = 3900;
const LOCAL_AGENCY_SHARE = 0.5;
const MERGE_BELOW = 320;
// Leads that begin with a common word lose the capital after "As X informs, ".
const COMMON_START = /^(?:The|A|An|Talks|Foreign|Leaders|In|Following|This) /;

export function composeArticle(env: Env, index: number): GeneratedArticle {
  const rng = createRng(env.seed, 'article', index);
  const s = new Story(env, rng);
  s.agency = pickAgency(s);
  const kind = pickScene(rng);
  const scene = SCENES[kind](s);
  const agency = s.agency;

  const paragraphs = [...scene.paragraphs];
  const credit = rng.float();
  if (credit < 0.15) paragraphs[0] = dateline(s, paragraphs[0] ?? '', agency);
  else if (credit < 0.4) paragraphs[0] = attribute(paragraphs[0] ?? '', agency, rng);
  const target = BODY_MIN + Math.round(((rng.float() + rng.float()) / 2) * BODY_SPREAD);
  let length = paragraphs.reduce((n, p) => n + p.length + 2, 0);
  const passes = [...rng.shuffle(FILLERS), ...rng.shuffle(FILLERS.filter((f) => f.repeatable))];
  for (const filler of passes) {
    if (length >= target) break;
    if (filler.meeting && !scene.meeting) continue;
    const mark = s.mark();
    const text = filler.write(s);
    if (text === null || length + text.length + 2 > BODY_MAX || paragraphs.includes(text)) {
      s.rollback(mark);
      continue;
    }
    const last = paragraphs.length - 1;
    const previous = paragraphs[last] ?? '';
    // Short background sentences often share a paragraph.
    if (
      last > 0 &&
      previous.length < MERGE_BELOW &&
      !/["“]/.test(previous + text) &&
      rng.chance(0.45)
    ) {
      paragraphs[last] = `${previous} ${text}`;
      length += text.length + 1;
    } else {
      paragraphs.push(text);
      length += text.length + 2;
    }
  }
  if (rng.chance(0.08))
    paragraphs.unshift(
      `Photo: ${rng.pick(['press service of the President of', 'Ministry of Foreign Affairs of'])} ${s.nm(s.a)}`,
    );

  const local = agency ? env.world.country(agency.country).utcOffset : 0;
  const at = { day: s.pub, hour: rng.int(7, 23), minute: rng.int(0, 59) };
  const source = agency?.label ?? 'Newswire';
  const text =
    articleHeader(rng, scene.title, scene.section, at) +
    paragraphs.join('\n\n') +
    articleFooter(rng, source, s.year);
  const date = isoDay(s.pub);
  return {
    index,
    title: scene.title,
    text,
    url: `https://${agency?.id ?? 'news'}.example/${slug(scene.section)}/${date.replace(/-/g, '/')}/${slug(scene.title).slice(0, 60).replace(/-$/, '')}-${index + 1}`,
    publishedAt: `${date}T${pad2(at.hour)}:${pad2(at.minute)}:00${offset(local)}`,
    source,
    section: scene.section,
    date,
    scene: kind,
    countries: [s.a.id, s.b.id],
  };
}

function pickScene(rng: Rng): SceneKind {
  let x = rng.float() * SCENE_TOTAL;
  for (const [kind, weight] of SCENE_WEIGHTS) {
    x -= weight;
    if (x < 0) return kind;
  }
  return 'talks';
}

function pickAgency(s: Story): Agency | null {
  const all = s.world.agencies;
  const local = all.filter((a) => a.country === s.a.id || a.country === s.b.id);
  if (local.length > 0 && s.rng.chance(LOCAL_AGENCY_SHARE)) return s.rng.pick(local);
  return all.length > 0 ? s.rng.pick(all) : null;
}

/** Names the agency in the lead sometimes: "As Report informs, …" or "…, Xinhua reported." */
function attribute(lead: string, agency: Agency | null, rng: Rng): string {
  if (!agency) return lead;
  if (agency.informs || rng.chance(0.3)) {
    const verb = agency.informs ? 'informs' : 'reports';
    const rest = COMMON_START.test(lead) ? lead.charAt(0).toLowerCase() + lead.slice(1) : lead;
    return `As ${agency.label} ${verb}, ${rest}`;
  }
  return /[^"”]\.$/.test(lead) ? `${lead.slice(0, -1)}, ${agency.label} reported.` : lead;
}

/** An agency dateline opening the lead: "BAKU, September 25 (Xinhua) -- …", "MOSCOW, September 25. /TASS/. …". */
function dateline(s: Story, lead: string, agency: Agency | null): string {
  const city = s.a.capital;
  if (!agency || !city || !/^[A-Za-z .'-]+$/.test(city)) return lead;
  const place = `${city.toUpperCase()}, ${monthDay(s.pub, false)}`;
  return agency.label === 'TASS'
    ? `${place}. /TASS/. ${lead}`
    : `${place} (${agency.label}) -- ${lead}`;
}

function offset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
