// Table-driven tests for the second round of generalisation rules (dates of
// clauses, quotes, memberships, support, counterparts, ambassadors, events),
// each on short invented sentences (names and wording made up).
import type { Extraction } from '../../../src/ingest/types';
import { facts, run } from './helpers';

const dateOf = (x: Extraction, type: string, from: string, to: string): string | undefined =>
  x.relations.find((r) => r.type === type && r.from === from && r.to === to)?.date;

const speakers = (x: Extraction): string[] =>
  x.relations.filter((r) => r.type === 'STATED').map((r) => `${r.from}: ${r.text?.slice(0, 16)}`);

describe('dates that belong to a clause', () => {
  it.each([
    [
      'an arrival in a "who" clause dates the visit, not the talks',
      'Estonian Prime Minister Mart Kask hosted a dinner. Finnish President Lauri Salo, who arrived in Tallinn on Wednesday, held talks with Kask on Thursday.',
      [
        ['MET', 'mart-kask', 'lauri-salo', '2024-05-16'],
        ['VISITED', 'lauri-salo', 'EST', '2024-05-15'],
      ],
    ],
    [
      'a past-perfect clause does not date the main meeting',
      'Chilean President Rosa Vidal met Uruguayan President Tomas Ferrer in Santiago on May 14. On the same day, Vidal met Bolivian President Ana Quispe, and the two had last met in April 2022.',
      [
        ['MET', 'rosa-vidal', 'ana-quispe', '2024-05-14'],
        ['MET', 'rosa-vidal', 'tomas-ferrer', '2024-05-14'],
      ],
    ],
    [
      '"which was established in" dates the partnership',
      'Ghana and Togo on Monday reviewed the Strategic Partnership between Ghana and Togo, which was established in 2019.',
      [['PARTNERSHIP', 'GHA', 'TGO', '2019']],
    ],
    [
      'a year range after "for" is a plan\'s term, not its date',
      'Ghana and Togo elevated their ties to a strategic partnership on May 13. The two sides adopted a plan of action to implement the strategic partnership for 2025-2029.',
      [['PARTY_TO', 'GHA', undefined, '2024-05-13']],
    ],
  ])('%s', (_why, text, expected) => {
    const x = run(text, '2024-05-16');
    for (const [type, from, to, date] of expected) {
      // MET is symmetric: either order.
      const r = x.relations.find(
        (q) =>
          q.type === type &&
          ((q.from === from && (to === undefined || q.to === to)) ||
            (type === 'MET' && q.from === to && q.to === from)),
      );
      expect({ type, from, to, date: r?.date }).toEqual({ type, from, to, date });
    }
  });

  it('gives a support voiced in the story the story day', () => {
    const x = run(
      'Ghana and Togo signed a trade deal on May 15. Ghana also backed Togo in its bid to host the forum.',
      '2024-05-16',
    );
    expect(dateOf(x, 'SUPPORTS', 'GHA', 'TGO')).toBe('2024-05-15');
  });
});

describe('quotes', () => {
  it.each([
    [
      'age apposition',
      'Spanish Foreign Minister Carla Ruiz met her counterpart. Ruiz, 58, said the visit "opens a new chapter for both of our nations today."',
      ['carla-ruiz: opens a new chap'],
    ],
    [
      'a naming verb',
      'Spanish Foreign Minister Carla Ruiz signed the accord. Ruiz called the accord "a milestone for the partnership between our nations."',
      ['carla-ruiz: a milestone for '],
    ],
    [
      '"X said:" ending the paragraph before',
      'Spanish Foreign Minister Carla Ruiz spoke in Lisbon. Speaking after the talks, Ruiz said:\n\n"Our two nations share a long history and a common future."',
      ['carla-ruiz: Our two nations '],
    ],
    [
      'a quote running over two paragraphs',
      'Spanish Foreign Minister Carla Ruiz spoke in Lisbon. "We will send more experts to the region next year," Ruiz said. "The centre will open in March.\n\n"We will also open a new trade office in the Baltic region."',
      [
        'carla-ruiz: We will send mor',
        'carla-ruiz: The centre will ',
        'carla-ruiz: We will also ope',
      ],
    ],
    [
      'an unattributed paragraph that is a quote alone, right after a quoted speaker',
      'Spanish Foreign Minister Carla Ruiz spoke in Lisbon.\n\n"We will send more experts to the region next year," Ruiz said.\n\n"The new centre will open its doors in March."',
      ['carla-ruiz: We will send mor', 'carla-ruiz: The new centre w'],
    ],
    [
      'a title between the verb and the name',
      '"We have agreed to open two new border crossings this year," said Kazakh Foreign Minister Aidar Bekov after the talks.',
      ['aidar-bekov: We have agreed t'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(speakers(run(text))).toEqual(expected);
  });

  it('a speaking pronoun refers to the subject of the last sentence naming a person', () => {
    const x = run(
      'Kenyan President Daniel Otieno received Ugandan Foreign Minister Grace Akello at State House. He said: "Our two countries will build the new railway line together."',
    );
    expect(speakers(x)).toEqual(['daniel-otieno: Our two countrie']);
  });
});

describe('memberships', () => {
  it.each([
    [
      'Spain and Chile are both members of the OECD and the United Nations.',
      ['ESP->OECD', 'CHL->OECD', 'ESP->UN', 'CHL->UN'],
    ],
    [
      'Egypt and Tunisia are founding members of the African Union, together with Ghana and Senegal.',
      ['EGY->AU', 'TUN->AU', 'GHA->AU', 'SEN->AU'],
    ],
    [
      'The ministers met at the headquarters of the Arab League, where Brazil holds observer status.',
      ['BRA->arab-league'],
    ],
    [
      'Ukraine, which also holds observer status in the Arab League, sent a delegation.',
      ['UKR->arab-league'],
    ],
  ])('%s', (text, expected) => {
    const got = facts(run(text), 'MEMBER_OF').map((f) => f.replace('MEMBER_OF ', ''));
    expect(got.sort()).toEqual([...expected].sort());
  });

  it('keeps a past status beside a new one, each with its own date', () => {
    const x = run(
      'Timor-Leste, which had been an observer of ASEAN since 2022, became a full member on Sunday.',
      '2025-10-27',
    );
    const got = x.relations
      .filter((r) => r.type === 'MEMBER_OF')
      .map((r) => `${r.from}->${r.to} ${r.status} ${r.date}`);
    expect(got.sort()).toEqual(['TLS->ASEAN member 2025-10-26', 'TLS->ASEAN observer 2022']);
  });

  it('reads "became the 11th member of ORG"', () => {
    const x = run('Timor-Leste on Sunday became the 11th member of ASEAN.', '2025-10-27');
    expect(facts(x, 'MEMBER_OF')).toEqual(['MEMBER_OF TLS->ASEAN']);
  });
});

describe('support', () => {
  it.each([
    [
      'a noun with "for" reaching its object',
      'The foreign ministers of the Arab League states on Sunday reaffirmed their support for the sovereignty, unity and territorial integrity of Sudan and called for calm.',
      ['SUPPORTS arab-league->SDN'],
    ],
    [
      'a group of two countries',
      'Kenya and Ghana signed a deal. The two countries also reaffirmed their support for the territorial integrity of Sudan.',
      ['SUPPORTS KEN->SDN', 'SUPPORTS GHA->SDN'],
    ],
    [
      'a thanked side',
      'Azerbaijani President Elnur Guliyev received Chinese Vice Premier Zhao Ming. Guliyev thanked the Chinese side for supporting the sovereignty of Azerbaijan.',
      ['SUPPORTS CHN->AZE'],
    ],
    [
      'a noun without "for" names no object',
      'The Kenyan envoy thanked everyone for the support he had received, saying: "Ghana has become one of Kenya\'s closest partners in trade."',
      [],
    ],
  ])('%s', (_why, text, expected) => {
    expect(facts(run(text), 'SUPPORTS').sort()).toEqual([...expected].sort());
  });
});

describe('meetings and visits', () => {
  it.each([
    [
      'counterparts acting together',
      'Kenyan President Daniel Otieno and his Ugandan counterpart Moses Okello agreed on Tuesday to extend the railway.',
      'MET daniel-otieno->moses-okello',
    ],
    [
      'a light verb before a meeting noun',
      'Qatari Foreign Minister Sheikh Hamad Al Khalifa held a separate meeting with Omani Foreign Minister Salim Al Harthy.',
      'MET hamad-al-khalifa->salim-al-harthy',
    ],
  ])('%s', (_why, text, expected) => {
    expect(facts(run(text), 'MET')).toContain(expected);
  });

  it("keeps two meetings of the same pair on different stated dates, the story's first", () => {
    const x = run(
      'Jordanian Foreign Minister Omar Nasser met Egyptian Foreign Minister Samir Fahmy in Amman on Wednesday. Nasser had spoken by phone with Fahmy on Monday.',
      '2024-05-16',
    );
    const met = x.relations.filter((r) => r.type === 'MET').map((r) => r.date);
    expect(met).toEqual(['2024-05-15', '2024-05-13']);
  });

  it('a capital that is also a given name is a place after "arrived in"', () => {
    const x = run(
      'Chilean President Rosa Vidal, who arrived in Lima on Tuesday, met Peruvian officials.',
    );
    expect(facts(x, 'VISITED')).toEqual(['VISITED rosa-vidal->PER']);
  });
});

describe('ambassadors and false countries', () => {
  it('reads "NAME, the newly appointed Ambassador of A to the B"', () => {
    const x = run(
      'The minister received the credentials of Inés Soto Ramírez, the newly appointed Ambassador of the Republic of Peru to the UAE.',
    );
    expect(facts(x, 'HOLDS_POSITION')).toContain('HOLDS_POSITION ines-soto-ramirez->PER');
    expect(facts(x, 'ACCREDITED_TO')).toEqual(['ACCREDITED_TO ines-soto-ramirez->ARE']);
  });

  it('takes "the new ambassador" for the one introduced as newly appointed', () => {
    const x = run(
      'The minister received Marta Lindqvist, the newly appointed Ambassador of Sweden to the UAE. He also bade farewell to Paolo Rinaldi, Ambassador of Italy to the UAE. Later the new ambassador said: "Sweden wants to double its trade with the Emirates."',
    );
    expect(speakers(x)).toEqual(['marta-lindqvist: Sweden wants to ']);
  });

  it('takes the named partner of a meeting for a person, without a title', () => {
    const x = run('Nairobi, 2 June. Samia Hassan met Abiy Ahmed on Monday.');
    expect(facts(x, 'MET')).toEqual(['MET samia-hassan->abiy-ahmed']);
    const y = run('Accra, 9 June. The minister held talks with Hakainde Hichilema in Lusaka.');
    expect(y.entities.filter((e) => e.kind === 'Person').map((e) => e.id)).toEqual([
      'hakainde-hichilema',
    ]);
  });

  it('does not take the word on the next line (a section label) for the holder of a role', () => {
    const x = run(
      "Lena Moravec presents credentials as Slovakia's ambassador to Kenya\nPolitics\n\nLena Moravec handed her letters of credence in Nairobi on Monday.",
    );
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.id)).toEqual([
      'lena-moravec',
    ]);
    expect(facts(x, 'HOLDS_POSITION')).not.toContain('HOLDS_POSITION politics->SVK');
  });

  it('does not take a currency for its country', () => {
    const x = run('Kenya and Ghana signed a trade deal worth 500 million US dollars.');
    expect(x.entities.map((e) => e.id)).not.toContain('USA');
  });
});

describe('event ids', () => {
  it('names the event by its words, place and year, without ordinals', () => {
    const x = run(
      'Foreign ministers met in Riyadh for the regular session of the Arab League Council on May 12. The Secretary-General Omar Haddad also attended the session.',
    );
    const ev = x.entities.find((e) => e.kind === 'Event');
    expect(ev?.id).toBe('session-arab-league-council-riyadh-2024');
    expect(facts(x, 'ATTENDED')).toEqual([`ATTENDED omar-haddad->${ev?.id}`]);
  });
});
