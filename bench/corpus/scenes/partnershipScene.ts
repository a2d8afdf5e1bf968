// Two countries raise their relations to a new partnership level by a joint
// statement or declaration. The pair and the day come from the pair's
// history, so later articles describe the same partnership.
import { ymd } from '../calendar';
import type { PartnershipStep } from '../PairHistory';
import { cap, FIRST_DAY, LAST_DAY, list } from '../Story';
import type { Story } from '../Story';
import { agreementScene } from './agreementScene';
import { an } from './Scene';
import type { SceneText } from './Scene';

// Pairs tried before giving up on finding an upgrade inside the corpus years.
const ATTEMPTS = 60;

export function partnershipScene(s: Story): SceneText {
  const r = s.rng;
  let found: { step: PartnershipStep; previous: PartnershipStep | null } | null = null;
  for (let i = 0; i < ATTEMPTS && !found; i++) {
    const steps = s.env.pairs.facts(s.a.id, s.b.id).partnership;
    const k = steps.findIndex((st) => st.day >= FIRST_DAY && st.day <= LAST_DAY);
    const step = steps[k];
    if (step) found = { step, previous: steps[k - 1] ?? null };
    else {
      s.a = s.world.pickCountry(r);
      s.b = s.world.pickPartner(r, s.a);
    }
  }
  if (!found) return agreementScene(s);
  const { step, previous } = found;
  s.setEvent(step.day);
  const la = s.leader(s.a);
  const lb = s.official(s.b, la.tenure.role);
  const city = s.city(r.chance(0.5) ? s.a : s.b);
  const when = s.when(s.event);
  const level = step.level;

  const title = r.pick([
    `${s.Nm(s.a)} and ${s.nm(s.b)} elevate ties to ${level}`,
    `${s.Nm(s.a)}, ${s.nm(s.b)} establish ${level}`,
    `${s.pairAdj()} relations raised to ${level} level`,
    `${la.tenure.person.short} and ${lb.tenure.person.short} sign ${step.document.split(' on ')[0]}`,
  ]);
  const lead = s.one(
    () =>
      `${cap(s.introduce(la))} and ${s.introduce(lb)} signed the ${step.document} in ${city} ${when}.`,
    () =>
      `${s.Nm(s.a)} and ${s.nm(s.b)} have upgraded their relations to ${an(level)} ${level}, according to the ${step.document} signed in ${city} ${when}.`,
    () =>
      `The leaders of ${s.nm(s.a)} and ${s.nm(s.b)}, ${s.introduceNameOnly(la)} and ${s.introduceNameOnly(lb)}, agreed ${when} to elevate bilateral ties to the level of ${level}.`,
  );
  const paragraphs = [lead];
  const areas = s.areas(3);
  paragraphs.push(
    r.pick([
      `The document sets out the main directions of cooperation, including ${list(areas)}.`,
      `The statement commits the two governments to closer coordination on international issues and to joint projects in ${list(areas)}.`,
    ]),
  );
  if (previous) {
    paragraphs.push(
      r.pick([
        `The two countries had established ${an(previous.level)} ${previous.level} in ${ymd(previous.day).year}.`,
        `${s.Nm(s.a)} and ${s.nm(s.b)} have been ${previous.level === 'strategic alliance' ? 'allies' : 'partners'} since ${ymd(previous.day).year}, when they signed the ${previous.document}.`,
      ]),
    );
  }
  return {
    title,
    section: r.pick(['Politics', 'Foreign policy', 'Diplomacy']),
    paragraphs,
    meeting: true,
  };
}
