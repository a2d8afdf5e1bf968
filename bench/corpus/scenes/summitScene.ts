// An organisation's summit: the host, the leaders who came, a declaration,
// first-time members, observers and guests, bilateral meetings on the side.
import { ordinal, ymd } from '../calendar';
import type { Country, Organization } from '../buildWorld';
import { list } from '../Story';
import type { Official, Story } from '../Story';
import type { SceneText } from './Scene';

export function summitScene(s: Story): SceneText {
  const r = s.rng;
  const year = ymd(s.event).year;
  const candidates = s.world.organizations.filter(
    (o) => o.summit && [...o.members.values()].filter((y) => y <= year).length >= 4,
  );
  const org = r.pick(candidates);
  const members = [...org.members.entries()]
    .filter(([, y]) => y <= year)
    .map(([id]) => s.world.country(id));
  const host = r.pick(members);
  const others = r.sample(
    members.filter((m) => m.id !== host.id),
    r.int(2, 6),
  );
  s.a = host;
  s.b = others[0] ?? host;
  const city = s.city(host);
  const when = s.when(s.event);
  const short = org.acronym ?? org.name;
  const n = Math.max(1, year - org.founded + 1 - r.int(0, 5));
  const leaders: Official[] = [host, ...others].map((c) => s.leader(c));

  const title = r.pick([
    `${short} leaders gather in ${city} for summit`,
    `${city} hosts ${ordinal(n)} ${short} summit`,
    `${short} summit adopts ${city} Declaration`,
    `${s.Nm(host)} hosts ${short} summit amid calls for closer cooperation`,
  ]);
  const lead = s.one(
    () => `The ${ordinal(n)} summit of ${s.org(org)} opened in ${city}, ${s.nm(host)}, ${when}.`,
    () =>
      `Leaders of the member states of ${s.org(org)} gathered in ${city} ${when} for the organisation's annual summit.`,
    () => `${s.Nm(host)} hosted a summit of ${s.org(org)} in ${city} ${when}.`,
  );
  const paragraphs = [lead];
  paragraphs.push(`The summit was attended by ${list(leaders.map((l) => s.introduce(l)))}.`);
  paragraphs.push(
    s.one(
      () =>
        `At the end of the meeting, the heads of state adopted the ${city} Declaration, which outlines the organisation's priorities in ${list(s.areas(2))}.`,
      () =>
        `The leaders signed the ${city} Declaration and approved a development strategy for the organisation until ${year + 10}.`,
    ),
  );
  const newcomer = members.find((m) => org.members.get(m.id) === year && m.id !== host.id);
  if (newcomer) {
    paragraphs.push(
      `${s.Nm(newcomer)}, which joined ${s.org(org)} ${s.yearPhrase(year)}, took part in the summit as a full member for the first time.`,
    );
  }
  const observer = [...org.observers.entries()].find(([, y]) => y <= year);
  if (observer && r.chance(0.6)) {
    const c = s.world.country(observer[0]);
    paragraphs.push(
      `${s.Nm(c)}, which has observer status in the organisation, was represented by ${s.introduce(s.official(c, 'foreign-minister'))}.`,
    );
  } else if (r.chance(0.5)) {
    const guest = nonMember(s, org);
    if (guest) {
      paragraphs.push(
        `${s.Nm(guest)} is not a member of ${s.org(org)}, but its ${s.title(s.official(guest, 'foreign-minister')).toLowerCase()} attended the summit as a guest of the chair.`,
      );
    }
  }
  const [x, y] = leaders.slice(0, 2);
  if (x && y && r.chance(0.6)) {
    paragraphs.push(
      `On the sidelines of the summit, ${s.who(x)} held a bilateral meeting with ${s.who(y)} to discuss ${list(s.areas(2))}.`,
    );
  }
  return { title, section: r.pick(['World', 'Politics', 'Region']), paragraphs, meeting: false };
}

function nonMember(s: Story, org: Organization): Country | null {
  for (let i = 0; i < 10; i++) {
    const c = s.world.pickCountry(s.rng);
    if (!org.members.has(c.id) && !org.observers.has(c.id)) return c;
  }
  return null;
}
