// A newly appointed ambassador presents credentials to the host's head of
// state, a few weeks after the posting begins.
import { ymd } from '../calendar';
import type { Office } from '../Offices';
import { cap, FIRST_DAY, LAST_DAY } from '../Story';
import type { Story } from '../Story';
import type { SceneText } from './Scene';

export function credentialsScene(s: Story): SceneText {
  const r = s.rng;
  const office: Office = {
    key: `${s.a.id}>${s.b.id}:ambassador`,
    role: 'ambassador',
    culture: s.a.culture,
  };
  const terms = s.env.offices.termsStarting(office, FIRST_DAY - 20, LAST_DAY - 80);
  if (terms.length > 0) s.setEvent(r.pick(terms).start + r.int(20, 75));
  const amb = s.official(s.a, 'ambassador', s.event, s.b);
  const host = s.official(s.b, 'president');
  const p = amb.tenure.person;
  const his = s.his(amb);
  const when = s.when(s.event);
  const city = s.city(s.b);

  const title = r.pick([
    `New ${s.adj(s.a)} ambassador presents credentials to ${s.adj(s.b)} President`,
    `${host.tenure.person.short} receives credentials of ${s.adj(s.a)} ambassador`,
    `${s.poss(s.b)} President accepts credentials of new ${s.adj(s.a)} envoy`,
    `${p.name} presents credentials as ${s.poss(s.a)} ambassador to ${s.nm(s.b)}`,
  ]);
  const lead = s.one(
    () =>
      `The newly appointed Ambassador of ${s.nm(s.a)} to ${s.nm(s.b)}, ${s.introduceNameOnly(amb)}, presented ${his} credentials to ${s.introduce(host)} ${when}.`,
    () =>
      `${cap(s.introduce(host))} received the credentials of the newly appointed Ambassador Extraordinary and Plenipotentiary of ${s.nm(s.a)}, ${s.introduceNameOnly(amb)}, ${when}.`,
    () =>
      `${s.introduceNameOnly(amb)}, ${s.poss(s.a)} new ambassador to ${s.nm(s.b)}, handed ${his} letters of credence to ${s.introduce(host)} at a ceremony in ${city} ${when}.`,
  );
  const paragraphs = [lead];
  paragraphs.push(
    s.one(
      () =>
        `The ambassador conveyed the greetings of ${s.introduce(s.leader(s.a))} to ${s.who(host)}, who asked ${p.female ? 'her' : 'him'} to pass on ${s.his(host)} best wishes in return.`,
      () =>
        `${cap(s.who(host))} wished the ambassador success in ${his} diplomatic mission and expressed confidence that ${s.pairAdj()} relations would continue to develop during ${his} tenure.`,
      () =>
        `During the conversation that followed the ceremony, ${s.who(host)} and ${s.who(amb)} discussed the prospects of cooperation in ${s.areas(2).join(' and ')}.`,
    ),
  );
  const prev = amb.tenure.previous;
  if (prev && amb.tenure.previousStart !== null && r.chance(0.6)) {
    paragraphs.push(
      `${cap(s.who(amb))} succeeds ${prev.name}, who had served as ambassador in ${city} since ${ymd(amb.tenure.previousStart).year}.`,
    );
  }
  if (r.chance(0.3)) {
    const c = s.other();
    const d = s.other(c);
    const ac = s.official(c, 'ambassador', s.event, s.b);
    const ad = s.official(d, 'ambassador', s.event, s.b);
    paragraphs.push(
      `The ambassadors of ${s.nm(c)} and ${s.nm(d)}, ${s.introduceNameOnly(ac)} and ${s.introduceNameOnly(ad)}, also presented their credentials at the ceremony.`,
    );
  }
  return {
    title,
    section: r.pick(['Official', 'Politics', 'Diplomacy', 'Foreign policy']),
    paragraphs,
    meeting: true,
  };
}
