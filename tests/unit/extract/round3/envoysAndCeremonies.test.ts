// Envoy lists and credentials ceremonies, on invented sentences.
import { facts, run } from '../helpers';

describe('envoy lists (person:list-item)', () => {
  it.each([
    [
      'country, name; country, name',
      'President Lena Varga received credentials from incoming ambassadors of Portugal, Rui Tavares Mendes; Chile, Ana Beltran; and Norway, Ola Haugen.',
      [
        ['rui-tavares-mendes', 'PRT'],
        ['ana-beltran', 'CHL'],
        ['ola-haugen', 'NOR'],
      ],
    ],
    [
      'name of country, …',
      'The president received credentials from new ambassadors Keiko Ota of Japan, Marek Novak of the Czech Republic and Sara Lind of the European Union.',
      [
        ['keiko-ota', 'JPN'],
        ['marek-novak', 'CZE'],
        ['sara-lind', 'EU'],
      ],
    ],
    [
      'a vertical list after "The ambassadors are:"',
      'The ambassadors are:\n\n-- Tomas Rivera Soto from Peru\n\n-- Amina Diallo from Senegal\n\n• Jonas Berg from Sweden',
      [
        ['tomas-rivera-soto', 'PER'],
        ['amina-diallo', 'SEN'],
        ['jonas-berg', 'SWE'],
      ],
    ],
  ])('%s', (_shape, text, expected) => {
    const x = run(text);
    for (const [person, country] of expected)
      expect(facts(x, 'HOLDS_POSITION')).toContain(`HOLDS_POSITION ${person}->${country}`);
    const roles = x.relations.filter((r) => r.type === 'HOLDS_POSITION' && r.from !== 'lena-varga');
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(['Ambassador']));
  });

  it('takes no list item without a country', () => {
    const x = run('The ambassadors of Peru, Chile and Bolivia arrived, Carlos Mena said.');
    expect(facts(x, 'HOLDS_POSITION')).toEqual([]);
  });
});

describe('credentials ceremonies', () => {
  it('accredits every listed envoy to the host named in the sentence, dated by the ceremony', () => {
    const x = run(
      'President Lena Varga received credentials from incoming ambassadors of Portugal, Rui Tavares Mendes, and Chile, Ana Beltran, which allows them to start their work in Hungary. In March, the president accepted credentials from the ambassador of Kenya, Peter Otieno.',
      '2024-05-16',
    );
    expect(facts(x, 'ACCREDITED_TO').sort()).toEqual([
      'ACCREDITED_TO ana-beltran->HUN',
      'ACCREDITED_TO peter-otieno->HUN',
      'ACCREDITED_TO rui-tavares-mendes->HUN',
    ]);
    expect(
      x.relations.find((r) => r.from === 'peter-otieno' && r.type === 'ACCREDITED_TO')?.date,
    ).toBe('2024-03');
    // The receiver's bare "President" is the host's.
    expect(facts(x, 'HOLDS_POSITION')).toContain('HOLDS_POSITION lena-varga->HUN');
  });

  it('takes the host from the receiver when the sentence names none', () => {
    const x = run(
      'Kenyan President Daniel Mwangi received the letters of credence of envoys Rui Tavares Mendes of Portugal and Ana Beltran of Chile.',
    );
    expect(facts(x, 'ACCREDITED_TO').sort()).toEqual([
      'ACCREDITED_TO ana-beltran->KEN',
      'ACCREDITED_TO rui-tavares-mendes->KEN',
    ]);
  });

  it('does not accredit the host country’s own envoy to it', () => {
    const x = run(
      "Chilean President Ana Soto received the credentials of Peru's ambassador, Luis Mora. Chile's ambassador to Spain, Pablo Vera, attended.",
    );
    expect(facts(x, 'ACCREDITED_TO').sort()).toEqual([
      'ACCREDITED_TO luis-mora->CHL',
      'ACCREDITED_TO pablo-vera->ESP',
    ]);
  });
});
