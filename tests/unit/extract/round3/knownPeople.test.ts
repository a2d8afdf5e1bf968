// The known-people gazetteer as a sighting rule, and everyday words opening a
// sentence, on invented sentences about real office holders.
import type { Extraction } from '../../../../src/ingest/types';
import { facts, run } from '../helpers';

const people = (x: Extraction): string[] =>
  x.entities
    .filter((e) => e.kind === 'Person')
    .map((e) => e.id)
    .sort();

describe('known people (person:known)', () => {
  it('recognises a known full name with nothing around it, and states no role', () => {
    const x = run('Talks between Narendra Modi and Anthony Albanese focused on trade.');
    expect(people(x)).toEqual(['anthony-albanese', 'narendra-modi']);
    expect(facts(x, 'HOLDS_POSITION')).toEqual([]);
  });

  it('names a lone surname after the one office holder of a country the article names', () => {
    const x = run(
      'India and Australia signed a trade pact. Modi and Albanese agreed to meet again.',
    );
    expect(people(x)).toEqual(['anthony-albanese', 'narendra-modi']);
    const modi = x.entities.find((e) => e.id === 'narendra-modi');
    expect(modi?.name).toBe('Narendra Modi');
  });

  it('leaves a lone surname alone when no country of that office holder is named', () => {
    const x = run('Markets rose after Modi and Albanese spoke.');
    expect(people(x)).toEqual([]);
  });

  it('leaves a lone surname alone when its known bearer was not in office on the day', () => {
    const x = run(
      'India and Australia signed a trade pact. Modi and Albanese agreed to meet again.',
      '1995-03-01',
    );
    expect(people(x)).toEqual([]);
  });

  it('gives a surname to the person the text names in full', () => {
    const x = run(
      'Kenyan Trade Minister Tom Modi visited India on Monday. Modi said the talks went well.',
    );
    expect(people(x)).toEqual(['tom-modi']);
  });
});

describe('everyday words opening a sentence', () => {
  it('are not part of the name after them', () => {
    const x = run(
      'Prime Minister Keir Starmer visited Ukraine. While Starmer was in Kyiv, the talks went on.',
      '2025-01-16',
    );
    expect(people(x)).toEqual(['keir-starmer']);
  });

  it('stay in a known full name', () => {
    const x = run('Mark Rutte said NATO would keep its promises to Ukraine.', '2025-06-01');
    expect(people(x)).toEqual(['mark-rutte']);
  });
});

describe('headlines in title case', () => {
  it('do not make an everyday word after a title a name', () => {
    const x = run('Qatari Emir Visits Moscow\n\nThe emir of Qatar held talks in Moscow on Friday.');
    expect(people(x)).toEqual([]);
  });

  it('still read a surname after a title when the article uses it as a name', () => {
    const x = run('President Frank said on Monday that talks with Chile went well.');
    expect(people(x)).toEqual(['frank']);
  });
});

describe('titles and names, round 3', () => {
  const roles = (x: Extraction): string[] =>
    facts(x, 'HOLDS_POSITION')
      .map((f) => f.replace('HOLDS_POSITION ', ''))
      .sort();

  it('reads a lowercase monarch title in an apposition before the name', () => {
    const x = run(
      'The king hosted the emir of Qatar, Sheikh Tamim bin Hamad Al Thani, at Windsor.',
    );
    expect(roles(x)).toEqual(['tamim-bin-hamad-al-thani->QAT']);
  });

  it('keeps a regnal number in the name', () => {
    expect(people(run('King Abdullah II received the envoy in Amman.'))).toEqual(['abdullah-ii']);
  });

  it('gives a plural title of two named countries to the two names, in order', () => {
    const x = run(
      'The foreign ministers of Malaysia and Indonesia, Mohamad Hasan and Sugiono, met in Jakarta.',
    );
    expect(roles(x)).toEqual(['mohamad-hasan->MYS', 'sugiono->IDN']);
  });

  it('does not take a place after a preposition for a person in an apposition', () => {
    const x = run('Speaking about the war in Gaza, the emir accused the army of violations.');
    expect(people(x)).toEqual([]);
  });
});

describe('compound and regional titles', () => {
  const roles = (x: Extraction): string[] =>
    x.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${r.from}->${r.to}:${r.role ?? ''}`)
      .sort();

  it('gives both titles of "X, Crown Prince and Prime Minister of Y" the holder of the last', () => {
    const x = run(
      'Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister of Bahrain, received the delegation.',
    );
    expect(roles(x)).toEqual([
      'salman-bin-hamad-al-khalifa->BHR:Crown Prince',
      'salman-bin-hamad-al-khalifa->BHR:Prime Minister',
    ]);
  });

  it('reads "top diplomat" and "Cabinet Secretary" as titles', () => {
    const x = run(
      "Kenyan Cabinet Secretary Amina Otieno met Egypt's top diplomat Karim Saleh in Cairo.",
    );
    expect(roles(x).map((r) => r.split(':')[0])).toEqual(['amina-otieno->KEN', 'karim-saleh->EGY']);
  });
});
