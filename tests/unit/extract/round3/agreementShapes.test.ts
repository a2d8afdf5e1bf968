// Agreement names and parties in more shapes, on invented sentences.
import type { Extraction } from '../../../../src/ingest/types';
import { facts, run } from '../helpers';

const agreements = (x: Extraction): string[] =>
  x.entities
    .filter((e) => e.kind === 'Agreement')
    .map((e) => e.name)
    .sort();

/** The countries made parties of any document in the text, sorted. */
const parties = (text: string): string[] =>
  facts(run(text), 'PARTY_TO')
    .map((f) => f.split(' ')[1]?.split('->')[0] ?? '')
    .sort();

describe('agreement names', () => {
  it('ends a name where a second document starts ("… and an intergovernmental agreement")', () => {
    const x = run(
      'Serbia and Hungary signed an agreement on rail freight and a protocol on customs checks.',
    );
    expect(agreements(x)).toEqual(['Agreement on rail freight', 'Protocol on customs checks']);
  });

  it("ends a lowercase document's name at its place, but keeps a title-case name whole", () => {
    const x = run(
      'Armenia and Azerbaijan signed the agreement on peace and interstate relations in Washington. Kazakhstan ratified the Treaty on a Nuclear-Weapon-Free Zone in Central Asia.',
    );
    expect(agreements(x)).toEqual([
      'Agreement on peace and interstate relations',
      'Treaty on a Nuclear-Weapon-Free Zone in Central Asia',
    ]);
  });

  it('keeps a capitalised list inside a title-case name', () => {
    const x = run(
      'China and Pakistan signed the Treaty of Friendship, Cooperation and Good-Neighbourly Relations in 2005.',
    );
    expect(agreements(x)).toEqual([
      'Treaty of Friendship, Cooperation and Good-Neighbourly Relations',
    ]);
  });
});

describe('parties without a signing', () => {
  it('makes a country that joined, acceded to or is a party to a document its party', () => {
    const x = run(
      'Azerbaijan joined the Paris Agreement in 2016. Mongolia acceded to the Convention on Biological Diversity. Georgia is a party to the Energy Community Treaty.',
    );
    expect(
      facts(x, 'PARTY_TO')
        .map((f) => f.split(' ')[1]?.split('->')[0])
        .sort(),
    ).toEqual(['AZE', 'GEO', 'MNG']);
  });

  it('does not make a country that will join a party', () => {
    const x = run('Mongolia will accede to the Convention on Biological Diversity next year.');
    expect(facts(x, 'PARTY_TO')).toEqual([]);
  });

  it('keeps the plain words that describe a document after "a" ("a reciprocal access agreement")', () => {
    expect(
      agreements(run('Japan and the Philippines signed on Monday a reciprocal access agreement.')),
    ).toEqual(['Reciprocal access agreement']);
    expect(agreements(run('Japan and the Philippines issued a press statement.'))).toEqual([]);
  });

  it('gives "The documents were signed by A and B" every document of the sentence before', () => {
    const x = run(
      'Kenya and Ghana signed an agreement on visa exemption and a memorandum on tourism. The documents were signed by Kenyan Foreign Minister Ana Quispe and Ghanaian Foreign Minister Jo Berg.',
    );
    expect(facts(x, 'SIGNED').length).toBe(4);
  });

  it('makes parties of the countries that sign, not of every country the clause names', () => {
    expect(
      parties(
        'Kenya and Uganda held talks on Monday. At a forum hosted by Ghana, where Nigeria was represented, officials signed an agreement on fisheries.',
      ),
    ).toEqual([]);
    expect(parties('Peru and Chile have also signed an agreement on fisheries.')).toEqual([
      'CHL',
      'PER',
    ]);
    expect(parties("Peru's government signed an agreement on fisheries.")).toEqual(['PER']);
    expect(parties('Later, Peru and the Philippines signed an agreement on fisheries.')).toEqual([
      'PER',
      'PHL',
    ]);
  });

  it('makes no document of "the first such agreement" or "Mercosur agreements"', () => {
    expect(
      agreements(
        run(
          'Peru and Bolivia signed the Andes Water Accord – the first such agreement in more than 70 years – in La Paz. Chile opened negotiations for Mercosur agreements with Japan.',
        ),
      ),
    ).toEqual(['Andes Water Accord']);
  });

  it('ends a name before "on behalf of", so "the agreement" refers back to the named one', () => {
    const x = run(
      'Peruvian Foreign Minister Diego Salas signed the Andes Water Accord on behalf of Peru, while Bolivian Foreign Minister Rosa Mamani signed the agreement on behalf of Bolivia.',
    );
    expect(agreements(x)).toEqual(['Andes Water Accord']);
    expect(facts(x, 'SIGNED')).toHaveLength(2);
  });

  it('does not make the capital in a name ("the Lisbon Charter") a party', () => {
    expect(
      facts(run('Chile and Peru pledged to uphold the Lisbon Charter.'), 'PARTY_TO').some((f) =>
        f.includes('PRT'),
      ),
    ).toBe(false);
  });

  it('ties a passive signing to the pair only through "by/between the two sides" or "by A and B"', () => {
    expect(
      parties(
        'Ghana and Togo held talks in Accra. An agreement on fisheries was signed to boost bilateral trade.',
      ),
    ).toEqual([]);
    expect(
      parties('Ghana and Togo held talks. An agreement on fisheries was signed by the two sides.'),
    ).toEqual(['GHA', 'TGO']);
    expect(parties('An agreement on fisheries was signed by Ghana and Togo on Monday.')).toEqual([
      'GHA',
      'TGO',
    ]);
  });

  it('ends a name at a finite verb and before "and other" or "and the"', () => {
    expect(
      agreements(
        run(
          'The ceremony for the Declaration on the Admission of Timor-Leste into ASEAN took place on Monday. Peru and Chile adopted the Lima Declaration and other texts. Ministers approved the Andean Declaration and the World Trade Organization rules.',
        ),
      ),
    ).toEqual([
      'Andean Declaration',
      'Declaration on the Admission of Timor-Leste into ASEAN',
      'Lima Declaration',
    ]);
  });

  it('does not take a capital that only opens the sentence as a proper name', () => {
    expect(
      agreements(
        run('Peru and Chile signed a treaty. Pact on foreign policy lacks substance, critics say.'),
      ),
    ).toEqual(['Pact on foreign policy', 'Treaty']);
  });

  it('does not make those who look on or witness a signing its signers', () => {
    expect(
      facts(
        run(
          'Tunisian President Lina Haddad and Moroccan King Youssef Alami looked on as their ministers signed a memorandum on tourism in Rabat.',
        ),
        'SIGNED',
      ),
    ).toEqual([]);
    expect(
      facts(
        run(
          'Tunisian President Lina Haddad attended a ceremony where Moroccan Foreign Minister Youssef Alami signed a memorandum on tourism.',
        ),
        'SIGNED',
      ).map((f) => f.split('->')[0]),
    ).toEqual(['SIGNED youssef-alami']);
  });

  it('makes no second document of a predicate ("X is the key document of the talks")', () => {
    expect(
      agreements(
        run(
          'Officials called the Lima Declaration, which is the key document of the talks, a milestone.',
        ),
      ),
    ).toEqual(['Lima Declaration']);
  });
});
