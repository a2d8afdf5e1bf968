// A country joins an organisation (or is refused, or only applies). The
// joining year comes from the world's membership table.
import { dayOf, ordinal } from '../calendar';
import type { Country, Organization } from '../buildWorld';
import { cap, list } from '../Story';
import type { Story } from '../Story';
import type { SceneText } from './Scene';

export function membershipScene(s: Story): SceneText {
  const r = s.rng;
  const joins: [Organization, Country, number][] = [];
  for (const org of s.world.organizations) {
    if (org.id === 'UN') continue;
    for (const [id, year] of org.members) {
      if (year >= 2015 && year <= 2026 && year > org.founded)
        joins.push([org, s.world.country(id), year]);
    }
  }
  const [org, joiner, year] = r.pick(joins);
  s.setEvent(dayOf(year) + r.int(10, 350));
  const others = [...org.members.entries()]
    .filter(([id, y]) => y <= year && id !== joiner.id)
    .map(([id]) => s.world.country(id));
  s.a = joiner;
  s.b = others.length > 0 ? r.pick(others) : s.world.pickPartner(r, joiner);
  const host = s.b;
  const city = s.city(host);
  const when = s.when(s.event);
  const short = org.acronym ?? org.name;
  const count = others.length + 1;

  const title = r.pick([
    `${s.Nm(joiner)} becomes full member of ${short}`,
    `${short} admits ${s.nm(joiner)} as new member`,
    `${s.Nm(joiner)} officially joins ${short}`,
  ]);
  const lead = s.one(
    () => `${s.Nm(joiner)} formally became a full member of ${s.org(org)} ${when}.`,
    () =>
      `${cap(s.org(org))} admitted ${s.nm(joiner)} as its ${ordinal(count)} member state at a meeting in ${city} ${when}.`,
    () =>
      `${s.Nm(joiner)} officially joined ${s.org(org)} ${when}, completing an accession process that began in ${year - r.int(1, 4)}.`,
  );
  const paragraphs = [lead];
  paragraphs.push(
    s.one(
      () =>
        `The decision was welcomed by ${s.introduce(s.orgHead(org))}, who called it an important step for the organisation.`,
      () =>
        `${cap(s.introduce(s.official(joiner, 'foreign-minister')))} said membership would open new opportunities for cooperation in ${list(s.areas(2))}.`,
    ),
  );
  if (others.length >= 3) {
    paragraphs.push(
      `The organisation's other members include ${list(r.sample(others, 4).map((c) => s.nm(c)))}.`,
    );
  }
  const outsider = r.pick(s.world.countries);
  if (!org.members.has(outsider.id) && r.chance(0.6)) {
    paragraphs.push(
      r.pick([
        `${s.Nm(outsider)}, which has also expressed interest in membership, has not yet submitted a formal application.`,
        `An application by ${s.nm(outsider)} is still under consideration, and no decision on it is expected ${s.yearPhrase(year)}.`,
      ]),
    );
  }
  return { title, section: r.pick(['World', 'Politics', 'Region']), paragraphs, meeting: false };
}
