// People found in more shapes: a title word inside a name, a royal title that
// is a given name after another role, a role carried over a coordinated list,
// and envoys listed as "Name – Country". Invented people throughout.
import { run } from '../helpers';

const PUB = '2025-06-12';
const holders = (text: string): string[] =>
  run(text, PUB)
    .relations.filter((r) => r.type === 'HOLDS_POSITION' || r.type === 'ACCREDITED_TO')
    .map((r) => `${r.type === 'ACCREDITED_TO' ? '@' : ''}${r.from}>${r.to}`)
    .sort();

describe('name shapes', () => {
  it('keeps "Sheikh" between two name words inside the name', () => {
    expect(holders('Somali President Ali Sheikh Nasser opened the session.')).toEqual([
      'ali-sheikh-nasser>SOM',
    ]);
  });

  it('reads "Amir" right after another role as a given name', () => {
    expect(
      holders("Lebanon's Ambassador to Kuwait Amir Khoury presented his credentials."),
    ).toEqual(['@amir-khoury>KWT', 'amir-khoury>LBN']);
  });

  it('gives a role coordinated with "and" the country of the role before', () => {
    expect(
      holders(
        'Philippine President Rosa Cruz welcomed Japanese Foreign Minister Aiko Sato and Defense Minister Kenji Mori.',
      ),
    ).toEqual(['aiko-sato>JPN', 'kenji-mori>JPN', 'rosa-cruz>PHL']);
  });

  it('reads envoys listed as "Name – Country" after a plural role', () => {
    expect(
      holders(
        'President Malik Osei of Ghana received letters of credence from the new envoys: Lars Holm – Norway, Ada Okafor – Nigeria, and Pedro Salgado – Portugal.',
      ),
    ).toEqual([
      '@ada-okafor>GHA',
      '@lars-holm>GHA',
      '@pedro-salgado>GHA',
      'ada-okafor>NGA',
      'lars-holm>NOR',
      'malik-osei>GHA',
      'pedro-salgado>PRT',
    ]);
  });

  it('reads a six-word name whole ("Salem Abdullah Al Jaber Al Sabah")', () => {
    expect(
      holders('Kuwaiti Foreign Minister Salem Abdullah Al Jaber Al Sabah arrived in Muscat.'),
    ).toEqual(['salem-abdullah-al-jaber-al-sabah>KWT']);
  });

  it('reads "The envoys who presented … include X – Country (gloss), Y – Country"', () => {
    const x = run(
      'President Malik Osei received new ambassadors on Monday. The envoys who presented their letters of credence at State House, Accra, include Lars Holm – Kingdom of Norway (Norway), Ada Okafor – Nigeria.',
      PUB,
    );
    expect(
      x.relations
        .filter((r) => r.type === 'HOLDS_POSITION' && r.from !== 'malik-osei')
        .map((r) => `${r.from}>${r.to}`)
        .sort(),
    ).toEqual(['ada-okafor>NGA', 'lars-holm>NOR']);
  });

  it('makes "Ruto", "William Ruto" and "William Samoei Ruto" one person', () => {
    const x = run(
      'Kenyan President William Samoei Ruto received envoys. President William Ruto said Kenya was open. Ruto thanked them.',
      PUB,
    );
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.id)).toEqual([
      'william-samoei-ruto',
    ]);
  });

  it('reads a title word right after "Mr" or "Dr" as the first name', () => {
    const x = run(
      'The council met with His Excellency Mr Sultan bin Saad Al Harbi and His Excellency Dr Amir Hassan Khalil, Minister of Foreign Affairs of Bahrain.',
      PUB,
    );
    expect(
      x.entities
        .filter((e) => e.kind === 'Person')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['amir-hassan-khalil', 'sultan-bin-saad-al-harbi']);
  });

  it('reads "X, the newly elected Bolivian president" as a role in apposition', () => {
    expect(
      holders('She spoke alongside Tomas Ibarra, the newly elected Bolivian president, on Monday.'),
    ).toEqual(['tomas-ibarra>BOL']);
  });

  it('passes over a sender that is not a country in "Ambassadors of A, X; B, Y"', () => {
    expect(
      holders(
        'President Ana Ruiz received the letters of the Ambassadors of the Northern Fellowship, Pio Rossi; Egypt, Omar Adel; and Norway, Lars Berg.',
      ).filter((h) => !h.startsWith('@')),
    ).toEqual(['lars-berg>NOR', 'omar-adel>EGY']);
    expect(
      holders('The Ambassadors of the Order of Malta, Pio Rossi; and Egypt, Omar Adel, arrived.'),
    ).toContain('pio-rossi>order-of-malta');
  });

  it('takes the country of "his counterpart from Ghana, X"', () => {
    expect(
      holders(
        'Indian Foreign Minister Ravi Rao also met his counterpart from Ghana, Kofi Mensah, in New York.',
      ),
    ).toEqual(['kofi-mensah>GHA', 'ravi-rao>IND']);
  });
});
