// Table-driven tests for the rules added to generalise beyond the dev set,
// each on short invented sentences (names and wording made up).
import { homeCountry } from '../../../src/ingest/extract/homeCountry';
import { lexicon } from '../../../src/ingest/extract/lexiconInstance';
import type { Ctx } from '../../../src/ingest/extract/context';
import { facts, run } from './helpers';

describe('honorifics and name particles', () => {
  it.each([
    [
      'Bahraini Foreign Minister Prince Khalid bin Omar arrived in Cairo.',
      'khalid-bin-omar',
      'BHR',
    ],
    [
      "Oman's foreign minister, Sayyid Hamad Albusaidi, spoke to reporters.",
      'hamad-albusaidi',
      'OMN',
    ],
    [
      'Egyptian President Ahmed Fouad al-Masri received the delegation.',
      'ahmed-fouad-al-masri',
      'EGY',
    ],
    ['Malaysian Foreign Minister Datuk Seri Aziz Rahman spoke in Manila.', 'aziz-rahman', 'MYS'],
  ])('%s', (text, person, country) => {
    const x = run(text);
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.id)).toEqual([person]);
    expect(facts(x, 'HOLDS_POSITION')).toEqual([`HOLDS_POSITION ${person}->${country}`]);
  });

  it('keeps one person for "Sheikh X bin Y Z" and a later "Sheikh X"', () => {
    const x = run(
      'Sheikh Hamdan bin Rashid Al Qasimi, Minister of Foreign Affairs of the UAE, received Ambassador Lena Ortiz. Sheikh Hamdan welcomed the envoy.',
    );
    const people = x.entities.filter((e) => e.kind === 'Person').map((e) => e.id);
    expect(people).toContain('hamdan-bin-rashid-al-qasimi');
    expect(people).not.toContain('hamdan');
  });

  it('drops middle initials from the id', () => {
    const x = run('Visiting President Jose P. Ramos Jr. arrived in Tokyo.');
    expect(x.entities.map((e) => e.id)).toContain('jose-ramos-jr');
  });
});

describe('plural titles and passive signing', () => {
  it.each([
    [
      'Ghana and Togo signed a deal on Monday. The power agreement was signed by Energy Ministers Kofi Mensah of Ghana and Yao Agbeko of Togo.',
      ['kofi-mensah', 'yao-agbeko'],
      ['GHA', 'TGO'],
    ],
    [
      'Bolivia and Paraguay signed a memorandum of understanding on water management. The document was signed by the trade ministers of the two countries, Luis Quiroga and Marta Benitez.',
      ['luis-quiroga', 'marta-benitez'],
      ['BOL', 'PRY'],
    ],
  ])('%s', (text, signers, holders) => {
    const x = run(text);
    const signed = x.relations.filter((r) => r.type === 'SIGNED').map((r) => r.from);
    expect(signed.sort()).toEqual([...signers].sort());
    for (const [k, p] of signers.entries())
      expect(facts(x, 'HOLDS_POSITION')).toContain(`HOLDS_POSITION ${p}->${holders[k]}`);
    expect(x.relations.filter((r) => r.type === 'PARTY_TO').length).toBe(2);
  });
});

describe('agreements described, referred to or not realised', () => {
  it.each([
    ['Norway and Chile signed a fisheries deal on Friday.', 1],
    ['A proposed agreement on pensions was not signed, officials said.', 0],
    ['The two leaders agreed to explore a free trade agreement.', 0],
    ['In their final communique, the ministers urged restraint.', 0],
  ])('%s → %i agreements', (text, n) => {
    expect(run(text).entities.filter((e) => e.kind === 'Agreement')).toHaveLength(n);
  });

  it('takes "the two countries" from the sentence that names them', () => {
    const y = run(
      'Ghana and Norway agreed to deepen ties. Ghana wants closer relations with Peru after the Investment Agreement signed between the two countries last year.',
    );
    expect(
      y.relations
        .filter((r) => r.type === 'PARTY_TO')
        .map((r) => r.from)
        .sort(),
    ).toEqual(['GHA', 'PER']);
  });
});

describe('attendance, meetings, cooperation, relations', () => {
  it('reads an inverted attendance list', () => {
    const x = run(
      'The leaders met at the third Andean Summit in Quito on Monday. Attending the summit were Peruvian President Rosa Vega, Colombian President Mario Ruiz and Bolivian President Ana Flores.',
    );
    expect(
      x.relations
        .filter((r) => r.type === 'ATTENDED')
        .map((r) => r.from)
        .sort(),
    ).toEqual(['ana-flores', 'mario-ruiz', 'rosa-vega']);
  });

  it('reads a phone call with a day before "with"', () => {
    const x = run(
      'Greek Foreign Minister Nikos Dendias spoke by phone on Friday with his Cypriot counterpart Elena Markou.',
    );
    expect(facts(x, 'MET')).toEqual(['MET nikos-dendias->elena-markou']);
  });

  it('gives cooperation without named countries to the article pair', () => {
    const x = run(
      'Ghana and Norway elevated ties on Monday. The talks covered cooperation in energy and health.',
    );
    expect(facts(x, 'COOPERATES_ON').sort()).toEqual([
      'COOPERATES_ON GHA->NOR[energy]',
      'COOPERATES_ON GHA->NOR[health]',
    ]);
  });

  it('reads restored full diplomatic relations', () => {
    const x = run('Morocco and Iran restored full diplomatic relations in 2021.');
    expect(facts(x, 'DIPLOMATIC_RELATIONS')).toHaveLength(1);
  });

  it('does not read "visiting President X" as a visit by the host', () => {
    const x = run(
      'Japanese Prime Minister Taro Sato held talks with visiting Chilean President Luis Pardo in Tokyo.',
    );
    expect(facts(x, 'VISITED')).not.toContain('VISITED taro-sato->CHL');
  });
});

describe('home country from the dateline', () => {
  const ctxOf = (text: string): Ctx => ({ text, lexicon: lexicon() }) as unknown as Ctx;
  it.each([
    ['Title\n\nLIMA, Nov. 3 (Agency) - Text.', 'PER'],
    ['Title\n\nNAIROBI, May 6 (Wire) - Text.', 'KEN'],
    ['Title\n\nNew Delhi: Text here.', 'IND'],
    ['Title\n\nThe talks went well.', undefined],
  ])('%j', (text, home) => {
    expect(homeCountry(ctxOf(text))).toBe(home);
  });

  it('gives a title without a country the dateline country', () => {
    const x = run('QUITO, March 2 (Agency) - President Lucia Mora received the delegation.');
    expect(facts(x, 'HOLDS_POSITION')).toEqual(['HOLDS_POSITION lucia-mora->ECU']);
  });
});
