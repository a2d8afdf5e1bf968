// Error classes found by reading the extractor's output on public news pages
// (kept out of the repository); each case is an invented sentence of that shape.
import type { Extraction } from '../../../../src/ingest/types';
import { facts, run } from '../helpers';

const people = (x: Extraction): string[] =>
  x.entities
    .filter((e) => e.kind === 'Person')
    .map((e) => e.id)
    .sort();
const events = (x: Extraction): string[] =>
  x.entities.filter((e) => e.kind === 'Event').map((e) => e.id);

describe('events', () => {
  it('resolves "the event" and "the gathering" to the event named before, and makes none alone', () => {
    const x = run(
      'The Nordic Council Summit opened in Oslo. Norwegian Premier Ana Vik addressed the event.',
    );
    expect(events(x)).toEqual(['nordic-council-summit-oslo-2024']);
    expect(facts(x, 'ATTENDED')).toEqual(['ATTENDED ana-vik->nordic-council-summit-oslo-2024']);
    expect(events(run('Norwegian Premier Ana Vik addressed the gathering.'))).toEqual([]);
  });

  it('takes no event owner from a title ("UN Secretary-General") nor an event from a status', () => {
    const x = run(
      'UN Secretary-General Antonio Guterres spoke at the summit in Kazan. Mongolia is an SCO dialogue partner.',
    );
    expect(events(x)).toEqual(['summit-kazan-2024-05-16']);
  });

  it('reads "Among the summit attendees were" and "Among them were"', () => {
    const x = run(
      'The Baltic summit opened in Riga. Among the summit attendees were Polish President Adam Nowak and Czech Prime Minister Jan Horak.',
    );
    expect(facts(x, 'ATTENDED').sort()).toEqual([
      'ATTENDED adam-nowak->baltic-summit-riga-2024',
      'ATTENDED jan-horak->baltic-summit-riga-2024',
    ]);
  });
});

describe('people', () => {
  it('reads a month that is also a given name as one ("Jan Horak"), but not after a preposition', () => {
    expect(people(run('Czech Prime Minister Jan Horak said so.'))).toEqual(['jan-horak']);
    expect(people(run('In May Aliyev visited China.'))).toEqual([]);
  });

  it('takes no person from a name that names a place ("… International Airport")', () => {
    const x = run(
      'Norwegian Foreign Minister Eva Lund was welcomed at Heydar Aliyev International Airport.',
    );
    expect(people(x)).toEqual(['eva-lund']);
    expect(facts(x, 'MET')).toEqual([]);
  });

  it('keeps a long portfolio inside the title ("Labor and Social Protection of Population")', () => {
    const x = run(
      "She was greeted by Azerbaijan's Deputy Minister of Labor and Social Protection of Population, Elchin Mammadov.",
    );
    expect(people(x)).toEqual(['elchin-mammadov']);
  });

  it('gives "He also met …" opening a sentence to the subject of the sentence before', () => {
    const x = run(
      'Finnish President Mika Salo held talks with Swedish Prime Minister Lars Berg. He also met Danish Prime Minister Ole Madsen.',
    );
    expect(facts(x, 'MET').sort()).toEqual([
      'MET mika-salo->lars-berg',
      'MET mika-salo->ole-madsen',
    ]);
  });
});

describe('meetings', () => {
  it.each([
    [
      'a day and date before "with"',
      'Norwegian President Anna Berg spoke by telephone on Sunday, May 5, with Peruvian President Luis Mora.',
    ],
    [
      'a place before "with"',
      'Norwegian Foreign Minister Anna Berg held talks in Lima with Peruvian Foreign Minister Luis Mora.',
    ],
    [
      '"talks … between A and B"',
      'The decision followed talks in Lima between Norwegian President Anna Berg and Peruvian President Luis Mora.',
    ],
    [
      '"discussed with"',
      'Peruvian President Luis Mora discussed with Norwegian Foreign Minister Anna Berg the state of relations.',
    ],
    [
      '"When meeting with X, Y said"',
      'When meeting with Peruvian Foreign Minister Luis Mora, Norwegian Foreign Minister Anna Berg said ties were strong.',
    ],
    [
      '"A and B held the 3rd round of political consultations"',
      'Norwegian Foreign Minister Anna Berg and Peruvian Foreign Minister Luis Mora held the 3rd round of political consultations in Oslo.',
    ],
  ])('%s', (_why, text) => {
    expect(
      facts(run(text), 'MET').map((f) => f.split(' ')[1]?.split('->').sort().join('+')),
    ).toEqual(['anna-berg+luis-mora']);
  });

  it('does not make two hosts who received someone meet each other', () => {
    expect(
      facts(
        run(
          'President Luis Mora and Foreign Minister Ana Soto of Peru walked in after receiving the credentials of new ambassadors.',
        ),
        'MET',
      ),
    ).toEqual([]);
  });
});

describe('cooperation, relations and membership', () => {
  it('reads areas sharing one noun, after "especially in", and in "agreements … in the fields of"', () => {
    const areas = (text: string): string[] =>
      run(text)
        .relations.filter((r) => r.type === 'COOPERATES_ON')
        .map((r) => r.area ?? '')
        .sort();
    expect(areas('Chile and Peru collaborate in the energy and transportation sectors.')).toEqual([
      'energy',
      'transport',
    ]);
    expect(
      areas(
        'The cooperation between Peru and Chile is developing well, especially in the fields of defense and security.',
      ),
    ).toEqual(['security']);
    expect(
      areas(
        'Agreements were signed in the fields of clean energy and tourism between Egypt and Angola.',
      ),
    ).toEqual(['green-energy', 'tourism']);
    expect(areas('Egypt and Angola made progress in the fields of science and tourism.')).toEqual(
      [],
    );
  });

  it('reads diplomatic relations established in the passive', () => {
    expect(
      run('Diplomatic relations between Norway and Peru were established on March 3, 1950.')
        .relations.filter((r) => r.type === 'DIPLOMATIC_RELATIONS')
        .map((r) => r.date),
    ).toEqual(['1950-03-03']);
  });

  it('reads "As permanent members of ORG, A and B"', () => {
    expect(
      facts(
        run(
          'As permanent members of the Arctic Council, Norway and Canada hold a special responsibility.',
        ),
        'MEMBER_OF',
      ).sort(),
    ).toEqual(['MEMBER_OF CAN->arctic-council', 'MEMBER_OF NOR->arctic-council']);
  });
});

describe('multilateral articles', () => {
  it("gives a summit's agenda to no pair when the article is about many countries", () => {
    const x = run(
      'Leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Astana. The talks covered cooperation in trade and energy.',
    );
    expect(facts(x, 'COOPERATES_ON')).toEqual([]);
  });

  it('still gives it to the pair of a bilateral article', () => {
    const x = run(
      'Kazakh President Dana Serik met Uzbek President Timur Karimov in Astana. The talks covered cooperation in trade and energy.',
    );
    expect(facts(x, 'COOPERATES_ON').length).toBe(2);
  });
});

describe('whose title', () => {
  const positions = (text: string): string[] =>
    run(text)
      .relations.filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${r.from}->${r.to}`)
      .sort();

  it("does not give a participle's object title to the subject after the comma", () => {
    expect(
      positions(
        'Greeting the Norwegian Foreign Minister, Mora highlighted the ties. Peruvian President Luis Mora met Norwegian Foreign Minister Anna Berg.',
      ),
    ).toEqual(['anna-berg->NOR', 'luis-mora->PER']);
  });

  it('gives "From Norway, Foreign Minister A and Trade Minister B" the country that opens the sentence', () => {
    expect(
      positions(
        'From Norway, Foreign Minister Anna Berg and Trade Minister Per Dahl attended the signing ceremony in Lima.',
      ),
    ).toEqual(['anna-berg->NOR', 'per-dahl->NOR']);
  });
});

describe('names in headlines and after job titles', () => {
  it('drops a headline verb glued to a name ("President Karl Lund Arrives In Lima")', () => {
    const x = run(
      'President Karl Lund Arrives In Lima For State Visit\n\nNorwegian President Karl Lund arrived in Lima.',
    );
    expect(people(x)).toEqual(['karl-lund']);
  });

  it('takes no person from a job word after a title ("Group General Manager")', () => {
    expect(
      people(run('Group General Manager, Norsk Oil Company (NOC), Mr Per Dahl signed the deal.')),
    ).toEqual(['per-dahl']);
  });
});

describe('capitals that are also names', () => {
  it('reads "on an official visit to Lima" as a visit to Peru', () => {
    expect(
      facts(run('Norwegian Prime Minister Karl Lund is on an official visit to Lima.'), 'VISITED'),
    ).toEqual(['VISITED karl-lund->PER']);
  });
});

describe('the third probe', () => {
  it('reads normalised relations and relations established with a list of countries', () => {
    const x = run(
      'Peru and Norway normalized relations in May 1998. Chile established diplomatic relations with Fiji, Tonga and Samoa.',
    );
    expect(facts(x, 'DIPLOMATIC_RELATIONS').sort()).toEqual([
      'DIPLOMATIC_RELATIONS CHL->FJI',
      'DIPLOMATIC_RELATIONS CHL->TON',
      'DIPLOMATIC_RELATIONS CHL->WSM',
      'DIPLOMATIC_RELATIONS PER->NOR',
    ]);
  });

  it('reads a portfolio list with commas inside a title, and "Brics"', () => {
    const x = run(
      "Iceland's Minister of Foreign Affairs, Trade and Fisheries Tomas Eklund arrived in Oslo. Mongolia has become a full member of the Brics group.",
    );
    expect(facts(x, 'HOLDS_POSITION')).toEqual(['HOLDS_POSITION tomas-eklund->ISL']);
    expect(facts(x, 'MEMBER_OF')).toEqual(['MEMBER_OF MNG->BRICS']);
  });

  it('takes no area from a news agency and no cooperation from a plan a few words back', () => {
    const x = run(
      'Kazakh President Arman Seitkali and Azerbaijani President Rauf Aliyev discussed cooperation in trade, Kazinform cites Akorda. The two heads of state were expected to hold talks on different topics of mutual interest and cooperation, including health and education.',
    );
    expect(x.relations.filter((r) => r.type === 'COOPERATES_ON').map((r) => r.area)).toEqual([
      'trade',
    ]);
  });

  it('reads no support from "friendship and mutual support"', () => {
    const x = run(
      'Relying on friendship and mutual support, Kazakhstan and Azerbaijan built strong ties.',
    );
    expect(facts(x, 'SUPPORTS')).toEqual([]);
  });
});

describe('a summit report', () => {
  const text =
    "An extraordinary summit of leaders of the Organization of Turkic States (OTS) started in Ankara on Thursday. The summit is being attended by Azerbaijani President Rauf Aliyev, Uzbek leader Timur Karimov and Hungarian Prime Minister Peter Kovacs. Hungary, which obtained observer status during last year's summit in Samarkand, is attending for the first time. Its members are Azerbaijan, Kazakhstan and Uzbekistan, while Hungary and Turkmenistan have observer status.";

  it("names the reported summit by its owner and keeps last year's summit apart", () => {
    const x = run(text, '2023-03-16');
    expect(events(x).sort()).toEqual(['ots-summit-ankara-2023', 'ots-summit-samarkand-2023']);
    expect(facts(x, 'ATTENDED').sort()).toEqual([
      'ATTENDED peter-kovacs->ots-summit-ankara-2023',
      'ATTENDED rauf-aliyev->ots-summit-ankara-2023',
      'ATTENDED timur-karimov->ots-summit-ankara-2023',
    ]);
  });

  it('reads "Uzbek leader X" as a title, and observers after "while … have observer status"', () => {
    const x = run(text, '2023-03-16');
    expect(facts(x, 'HOLDS_POSITION')).toContain('HOLDS_POSITION timur-karimov->UZB');
    expect(
      x.relations
        .filter((r) => r.type === 'MEMBER_OF')
        .map((r) => `${r.from}:${r.status ?? ''}`)
        .sort(),
    ).toEqual(['AZE:member', 'HUN:observer', 'KAZ:member', 'TKM:observer', 'UZB:member']);
  });

  it('takes no title from a bare "leader" without its country', () => {
    expect(
      facts(run('Opposition leader Rosa Vidal criticised the deal.'), 'HOLDS_POSITION'),
    ).toEqual([]);
  });
});

describe('names and titles of the third probe', () => {
  const x = run(
    "The summit was attended by Hungarian Prime Minister Peter Kovacs, and chairman of the People's Council of Turkmenistan Dovlet Atayev. OTS Secretary-General Baghdad Nurtayev attended the summit. Roland Baptiste, High Commissioner of Trinidad & Tobago, presented his credentials.",
    '2023-03-16',
  );

  it("reads a possessive inside an institution's name, and no 'and' in the title", () => {
    expect(
      x.relations
        .filter((r) => r.type === 'HOLDS_POSITION')
        .map((r) => `${r.from}->${r.to} ${r.role ?? ''}`)
        .sort(),
    ).toEqual([
      'baghdad-nurtayev->OTS Secretary-General',
      "dovlet-atayev->TKM Chairman of the People's Council",
      'peter-kovacs->HUN Prime Minister',
      'roland-baptiste->TTO High Commissioner',
    ]);
  });

  it('takes a capital before a surname for a first name, not a country ("Baghdad Nurtayev")', () => {
    expect(x.entities.some((e) => e.id === 'IRQ')).toBe(false);
  });
});

describe('dates of the first probe', () => {
  it('dates a wire-style "met Saturday" by that day, but not "said Monday"', () => {
    const x = run(
      'Chinese President Xi Jinping met Saturday with Brazilian President Lula da Silva, the ministry said Monday.',
      '2024-05-13',
    );
    expect(x.relations.filter((r) => r.type === 'MET').map((r) => r.date)).toEqual(['2024-05-11']);
  });

  it('gives founders their founding year and a later admission its own', () => {
    const x = run(
      'Founded in 1996 by Chile and Peru, the Pacific Alliance admitted Bolivia in 2010.',
    );
    expect(
      x.relations
        .filter((r) => r.type === 'MEMBER_OF')
        .map((r) => `${r.from}:${r.date ?? ''}`)
        .sort(),
    ).toEqual(['BOL:2010', 'CHL:1996', 'PER:1996']);
  });

  it('dates a status by the year it was received', () => {
    const x = run('Mongolia received observer status in the SCO in 2004.');
    expect(
      x.relations
        .filter((r) => r.type === 'MEMBER_OF')
        .map((r) => `${r.status ?? ''}:${r.date ?? ''}`),
    ).toEqual(['observer:2004']);
  });
});

describe('titles of the second probe', () => {
  it('gives "The country\'s Prime Minister, X" the country named before', () => {
    expect(
      facts(
        run(
          "Saudi Arabia hosted the talks. The country's Prime Minister, Omar Hadi, also attended.",
        ),
        'HOLDS_POSITION',
      ),
    ).toEqual(['HOLDS_POSITION omar-hadi->SAU']);
  });

  it("reads a party's General Secretary", () => {
    expect(
      facts(
        run("Laos's Party General Secretary Bounmy Vong met Vietnamese President Tran Luong."),
        'HOLDS_POSITION',
      ).sort(),
    ).toEqual(['HOLDS_POSITION bounmy-vong->LAO', 'HOLDS_POSITION tran-luong->VNM']);
  });
});

describe('anniversaries', () => {
  const dated = (text: string, type: string): string[] =>
    run(text, '2023-10-25')
      .relations.filter((r) => r.type === type)
      .map((r) => r.date ?? '');

  it('takes the stated day of the year an anniversary counts back to', () => {
    expect(
      dated(
        'This year marks the 30th anniversary of diplomatic relations between Norway and Peru, established on October 22, 1993.',
        'DIPLOMATIC_RELATIONS',
      ),
    ).toEqual(['1993-10-22']);
  });

  it('dates relations maintained "since" a year, and a partnership by its anniversary', () => {
    expect(
      dated(
        'Norway and Peru have maintained diplomatic relations since 1993.',
        'DIPLOMATIC_RELATIONS',
      ),
    ).toEqual(['1993']);
    expect(
      dated(
        'The two countries marked the 10th anniversary of the establishment of the comprehensive strategic partnership between Norway and Peru.',
        'PARTNERSHIP',
      ),
    ).toEqual(['2013']);
  });
});

describe('visits of the first probe', () => {
  it('reads "landed in" and "touched down in", and "for the second time" as a count', () => {
    const x = run(
      'Chilean President Rosa Diaz landed in Lima on Sunday. Peruvian President Luis Soto touched down in Santiago on Monday.',
      '2024-05-13',
    );
    expect(facts(x, 'VISITED').sort()).toEqual([
      'VISITED luis-soto->CHL',
      'VISITED rosa-diaz->PER',
    ]);
    const y = run('Chilean President Rosa Diaz visited Peru for the second time this year.');
    expect(y.relations.find((r) => r.type === 'VISITED')?.count).toBe(2);
  });
});

describe('plans stated as facts', () => {
  it('takes no attendance from a scheduled meeting on the sidelines, and no agreement from a signing to be witnessed', () => {
    const x = run(
      'The G20 summit opens in Rio on Monday. Chilean President Rosa Diaz is scheduled to hold meetings with Peruvian President Luis Soto and Bolivian President Ana Mamani on the sidelines of the summit. Chilean President Rosa Diaz is set to witness the signing of a peace accord between Peru and Bolivia.',
    );
    expect(facts(x, 'ATTENDED')).toEqual([]);
    expect(facts(x, 'PARTY_TO')).toEqual([]);
  });
});

describe('one person, two forms', () => {
  it('joins a name without its second surname, and a surname without its article', () => {
    const x = run(
      'President Karl Lund of Norway met Peruvian President Juan Pablo Ruiz Calderón. President Juan Pablo Ruiz thanked him. Egyptian President Abdel Karim el-Hadi met Lund. Presidents Lund and Hadi signed the joint declaration on energy cooperation.',
    );
    expect(people(x)).toEqual(['abdel-karim-el-hadi', 'juan-pablo-ruiz-calderon', 'karl-lund']);
  });
});

describe('titles in apposition with honorifics', () => {
  it('reads "The Minister of Foreign Affairs of Kenya, H.E Dr. Amos Lenku," as his title, not a description of someone else', () => {
    const x = run(
      'The Minister of Foreign Affairs of the Republic of Kenya, H.E Dr. Amos Lenku, received the Minister of Foreign Affairs of Oman, Saif Harthy, in Nairobi.',
    );
    expect(facts(x, 'HOLDS_POSITION').sort()).toEqual([
      'HOLDS_POSITION amos-lenku->KEN',
      'HOLDS_POSITION saif-harthy->OMN',
    ]);
    expect(facts(x, 'MET')).toEqual(['MET amos-lenku->saif-harthy']);
  });
});

describe('supporters', () => {
  it('does not make an aggressor named on the way the supporter', () => {
    expect(
      facts(
        run(
          "In the context of Iceland's aggression against Norway, the ministers pledged support for Norway.",
        ),
        'SUPPORTS',
      ),
    ).toEqual([]);
    expect(facts(run('Denmark pledged support for Norway after the storms.'), 'SUPPORTS')).toEqual([
      'SUPPORTS DNK->NOR',
    ]);
  });
});
