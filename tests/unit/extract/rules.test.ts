// Table-driven tests per rule family, on short invented sentences.
import { facts, run } from './helpers';

describe('people and roles', () => {
  it.each([
    ['Kenyan President William Ruto met reporters.', 'william-ruto', 'KEN', 'President'],
    [
      "The talks were led by Norway's Foreign Minister Espen Barth Eide.",
      'espen-barth-eide',
      'NOR',
      'Foreign Minister',
    ],
    ['Olaf Scholz, Chancellor of Germany, arrived in Paris.', 'olaf-scholz', 'DEU', 'Chancellor'],
    [
      'Chilean Ambassador to Peru, Ana Maria Silva, presented her credentials.',
      'ana-maria-silva',
      'CHL',
      'Ambassador',
    ],
    [
      "Italy's Minister of Foreign Affairs and International Cooperation Antonio Tajani spoke.",
      'antonio-tajani',
      'ITA',
      'Minister of Foreign Affairs and International Cooperation',
    ],
  ])('%s', (text, person, country, role) => {
    const x = run(text);
    const r = x.relations.find((r) => r.type === 'HOLDS_POSITION' && r.from === person);
    expect(r?.to).toBe(country);
    expect(r?.role).toBe(role);
    expect(x.entities.find((e) => e.id === person)?.kind).toBe('Person');
  });

  it('keeps titles out of names and places out of people', () => {
    const x = run(
      'Moroccan King Mohammed VI received Spanish Prime Minister Pedro Sanchez at the Royal Palace in Rabat on Monday.',
    );
    const people = x.entities.filter((e) => e.kind === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Pedro Sanchez']));
    expect(people.join(' ')).not.toMatch(/Prime Minister|Royal Palace|Rabat/);
  });

  it('takes the country of a counterpart from "his X counterpart"', () => {
    const x = run(
      'Ghanaian Foreign Minister Samuel Ablakwa met his Nigerian counterpart Yusuf Tuggar in Accra.',
    );
    expect(facts(x, 'HOLDS_POSITION')).toEqual(
      expect.arrayContaining([
        'HOLDS_POSITION samuel-ablakwa->GHA',
        'HOLDS_POSITION yusuf-tuggar->NGA',
      ]),
    );
    expect(facts(x, 'MET')).toEqual(['MET samuel-ablakwa->yusuf-tuggar']);
  });

  it('resolves a later description to the named person', () => {
    const x = run(
      'Chilean President Gabriel Boric arrived in Lima. "We share more than a border with our neighbours in the region," said the Chilean leader.',
    );
    expect(x.relations.find((r) => r.type === 'STATED')?.from).toBe('gabriel-boric');
  });
});

describe('events that did not happen', () => {
  it.each([
    ['Polish President Andrzej Duda will visit Lithuania next week.'],
    ['Polish President Andrzej Duda is expected to visit Lithuania in June.'],
    ['Polish President Andrzej Duda did not visit Lithuania this year.'],
    ['Polish President Andrzej Duda plans to visit Lithuania.'],
  ])('%s gives no VISITED', (text) => {
    expect(facts(run(text), 'VISITED')).toEqual([]);
  });

  it('keeps a reported visit, with its kind and date', () => {
    const x = run(
      'Polish President Andrzej Duda paid a state visit to Lithuania on Tuesday.',
      '2024-05-16',
    );
    const v = x.relations.find((r) => r.type === 'VISITED');
    expect(v).toMatchObject({ from: 'andrzej-duda', to: 'LTU', kind: 'state', date: '2024-05-14' });
  });
});

describe('agreements', () => {
  it.each([
    [
      'The two countries signed a Joint Statement on establishing a comprehensive strategic partnership and reached several agreements.',
      'Joint Statement on establishing a comprehensive strategic partnership',
    ],
    [
      'Peru and Chile signed a memorandum of understanding on mining cooperation on Monday.',
      'Memorandum of understanding on mining cooperation',
    ],
    ['Ministers adopted the Lisbon Declaration.', 'Lisbon Declaration'],
  ])('%s', (text, name) => {
    const x = run(`Peru and Chile held talks. ${text}`);
    expect(x.entities.filter((e) => e.kind === 'Agreement').map((e) => e.name)).toContain(name);
  });

  it('does not take a bare document noun for an agreement', () => {
    const x = run('Peru and Chile held talks. The statement said the agreement would help.');
    expect(x.entities.filter((e) => e.kind === 'Agreement')).toEqual([]);
  });

  it('gives both countries as parties and dates the signing', () => {
    const x = run(
      'Peru and Chile signed a memorandum of understanding on mining cooperation on Monday.',
      '2024-05-16',
    );
    const parties = x.relations.filter((r) => r.type === 'PARTY_TO');
    expect(parties.map((r) => r.from).sort()).toEqual(['CHL', 'PER']);
    expect(parties.every((r) => r.date === '2024-05-13')).toBe(true);
  });
});

describe('cooperation areas', () => {
  it('takes areas only inside a cooperation context', () => {
    const x = run(
      'Trade between Ghana and Nigeria grew. Ghana and Nigeria agreed on cooperation in energy and agriculture.',
    );
    expect(facts(x, 'COOPERATES_ON').sort()).toEqual([
      'COOPERATES_ON GHA->NGA[agriculture]',
      'COOPERATES_ON GHA->NGA[energy]',
    ]);
  });

  it('takes organisations as areas ("within the UN")', () => {
    const x = run(
      'Ghana and Nigeria cooperate closely within the United Nations and the African Union.',
    );
    expect(facts(x, 'COOPERATES_ON').sort()).toEqual([
      'COOPERATES_ON GHA->NGA[AU]',
      'COOPERATES_ON GHA->NGA[UN]',
    ]);
  });
});

describe('support, partnership, membership, diplomatic relations', () => {
  it('gives both directions for "each other"', () => {
    const x = run('Serbia and Hungary always support each other in protecting their sovereignty.');
    expect(facts(x, 'SUPPORTS').sort()).toEqual(['SUPPORTS HUN->SRB', 'SUPPORTS SRB->HUN']);
  });

  it('reads a partnership level and its date', () => {
    const x = run(
      'In 2019, Egypt and Greece elevated their relations to a comprehensive strategic partnership.',
    );
    expect(x.relations.find((r) => r.type === 'PARTNERSHIP')).toMatchObject({
      level: 'comprehensive strategic partnership',
      date: '2019',
    });
  });

  it('dates members that joined one by one', () => {
    const x = run(
      'The bloc was founded by Kenya, Uganda and Tanzania. Rwanda and Burundi joined the East African Community in 2007, followed by South Sudan in 2016.',
    );
    const byCountry = Object.fromEntries(
      x.relations
        .filter((r) => r.type === 'MEMBER_OF' && r.date && r.date > '2000')
        .map((r) => [r.from, r.date]),
    );
    expect(byCountry).toMatchObject({ RWA: '2007', BDI: '2007', SSD: '2016' });
  });

  it('counts "N years since the establishment of diplomatic relations" back', () => {
    const x = run(
      'Mexico and Canada marked 80 years since the establishment of diplomatic relations.',
      '2024-01-15',
    );
    expect(x.relations.find((r) => r.type === 'DIPLOMATIC_RELATIONS')?.date).toBe('1944');
  });
});

describe('quotations', () => {
  it.each([
    [
      '"Our friendship has deep historical roots and a bright future," Chilean President Gabriel Boric said.',
    ],
    [
      'Chilean President Gabriel Boric said: "Our friendship has deep historical roots and a bright future."',
    ],
    [
      'According to Chilean President Gabriel Boric, "our friendship has deep historical roots and a bright future."',
    ],
  ])('%s', (text) => {
    const q = run(text).relations.find((r) => r.type === 'STATED');
    expect(q?.from).toBe('gabriel-boric');
    expect(q?.text?.toLowerCase()).toContain('our friendship has deep historical roots');
  });

  it('does not treat a short scare quote as a statement', () => {
    expect(
      facts(run('Chilean President Gabriel Boric praised the "new era" of ties.'), 'STATED'),
    ).toEqual([]);
  });
});
