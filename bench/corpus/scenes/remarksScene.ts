// An ambassador's remarks at a reception or anniversary event, mostly
// quotations about how the relations are going.
import { ordinal, ymd } from '../calendar';
import { quote } from '../quote';
import type { Story } from '../Story';
import type { SceneText } from './Scene';

export function remarksScene(s: Story): SceneText {
  const r = s.rng;
  const amb = s.official(s.a, 'ambassador', s.event, s.b);
  const since = ymd(s.env.pairs.facts(s.a.id, s.b.id).relationsSince).year;
  const years = s.year - since;
  const occasion = r.pick([
    years > 0
      ? `an event marking the ${ordinal(years)} anniversary of the establishment of diplomatic relations between ${s.nm(s.a)} and ${s.nm(s.b)}`
      : `a reception at the embassy in ${s.city(s.b)}`,
    `a reception on the occasion of the national day of ${s.nm(s.a)}`,
    `a press conference at the embassy in ${s.city(s.b)}`,
    `a round table on ${s.pairAdj()} cooperation held in ${s.city(s.b)}`,
  ]);
  const mood = r.pick(['fruitful', 'productive', 'successful', 'eventful']);
  const title = r.pick([
    `Ambassador: ${s.year} was ${mood} for ${s.pairAdj()} relations`,
    `${s.adj(s.a)} envoy hails growing ties with ${s.nm(s.b)}`,
    `${s.pairAdj()} relations developing dynamically, says ambassador`,
    `${amb.tenure.person.short}: ${s.Nm(s.a)} ready to deepen cooperation with ${s.nm(s.b)}`,
  ]);
  const source = s.agency;
  const said = r.pick(['stated', 'said', 'noted']);
  const lead = `${r.pick(['The current year', 'This year', String(s.year)])} has been ${mood} for ${s.pairAdj()} relations.`;
  const who = source?.informs
    ? `As ${source.label} informs, this was ${said} by ${s.appositive(amb)}, at ${occasion}.`
    : `This was ${said} by ${s.appositive(amb)}, at ${occasion}.`;
  const paragraphs = [lead, who, quote(s, amb)];
  if (r.chance(0.6)) paragraphs.push(quote(s, amb));
  return {
    title,
    section: r.pick(['Foreign policy', 'Interview', 'Diplomacy']),
    paragraphs,
    meeting: false,
  };
}
