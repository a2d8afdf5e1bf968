// Quotations by officials, the way diplomatic news attributes them: the
// quote before or after the speaker, straight or typographic quotes, "said",
// "stressed", "according to". The sentences are generic diplomatic language
// with the article's countries and topics filled in.
import { cap } from './Story';
import type { Official, Story } from './Story';

type Line = (s: Story, speaker: Official) => string;

const LINES: readonly Line[] = [
  (s, o) => {
    const [x, y] = s.areas(2);
    return `${cap(s.nm(own(s, o)))} is interested in expanding cooperation with ${s.nm(partner(s, o))} in ${x} and ${y}`;
  },
  (s, o) =>
    `We attach great importance to the development of relations with ${s.nm(partner(s, o))}`,
  () => 'Our countries are bound by long-standing ties of friendship and mutual respect',
  () => 'Today we had constructive and substantive talks, and we agreed on concrete next steps',
  (s, o) =>
    `We highly value the consistent support of ${s.nm(partner(s, o))} for the sovereignty and territorial integrity of our country`,
  (s) => {
    const [x] = s.areas(1);
    return `There is considerable untapped potential in ${x}, and we intend to use it together`;
  },
  (s) => `This year has been a productive period for ${s.pairAdj()} relations`,
  (s) => `The agreements reached today open a new chapter in ${s.pairAdj()} relations`,
  (s, o) =>
    `${cap(s.nm(own(s, o)))} and ${s.nm(partner(s, o))} share a common vision of peace and stability in the region`,
  (s) => {
    const [x, y] = s.areas(2);
    return `Our priority is to translate political dialogue into practical results in ${x} and ${y}`;
  },
  (s, o) =>
    `${cap(s.nm(partner(s, o)))} is a reliable partner, and we are ready to work together on the international stage`,
  () => 'Political dialogue between our countries is at a high level, and trade must follow',
];

function own(s: Story, o: Official): NonNullable<Official['country']> {
  return o.country ?? s.a;
}

/** The other country of the pair, from the speaker's side. */
function partner(s: Story, o: Official): NonNullable<Official['country']> {
  return o.country?.id === s.b.id ? s.a : s.b;
}

// Sentence openings that may lose their capital after "According to X,".
const COMMON_OPENING = /^(?:We|Our|There|Today|Political|The|This) /;

function lowerOpening(text: string): string {
  return COMMON_OPENING.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** One quoted paragraph by `speaker`. */
export function quote(s: Story, speaker: Official): string {
  const r = s.rng;
  const known = s.isIntroduced(speaker);
  // Two different lines; LINES has a dozen.
  const [line, next] = r.sample(LINES, 2) as [Line, Line];
  const first = line(s, speaker);
  const second = r.chance(0.4) ? ` ${next(s, speaker)}.` : '';
  const text = `${first}.${second}`;
  const verb = r.pick(['said', 'said', 'stressed', 'noted', 'stated', 'added']);
  const [open, close] = r.pick([
    ['"', '"'],
    ['“', '”'],
  ]);
  const bare = text.replace(/\.$/, '');
  const forms = [
    () => `${open}${bare},${close} ${s.who(speaker)} ${verb}.`,
    () => `${open}${bare},${close} ${verb} ${s.who(speaker)}.`,
    () => `${cap(s.who(speaker))} ${verb}: ${open}${text}${close}`,
    () => `According to ${s.who(speaker)}, ${open}${lowerOpening(text)}${close}`,
  ];
  if (known) forms.push(() => `${open}${bare},${close} the ${s.roleNoun(speaker)} ${verb}.`);
  return r.pick(forms)();
}
