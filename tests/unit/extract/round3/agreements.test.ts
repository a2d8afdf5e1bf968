// Which document nouns are agreements, and who their parties are (invented sentences).
import { facts, run } from '../helpers';

const agreements = (text: string): string[] =>
  run(text)
    .entities.filter((e) => e.kind === 'Agreement')
    .map((e) => e.name);

describe('agreements are named or clearly identified documents', () => {
  it.each([
    ['Peru and Chile signed the Lima Declaration on Monday.', ['Lima Declaration']],
    [
      'Ghana and Togo signed a 25-year energy partnership agreement with each other.',
      ['25-year energy partnership agreement'],
    ],
    [
      'The two ministers signed a memorandum of understanding on fisheries.',
      ['Memorandum of understanding on fisheries'],
    ],
    ['Kenya and Uganda signed a deal on Monday.', ['Deal']],
  ])('%s', (text, names) => {
    expect(agreements(text)).toEqual(names);
  });

  it.each([
    'The leaders reviewed the agreements reached last year.',
    'The sides discussed a roadmap for the coming decade.',
    'Officials exchanged several documents and MoUs.',
    'Parliament may reject the agreement in whole or in part.',
    'The treaty was debated for hours.',
    'According to a NATO statement, the meeting went well.',
    '"A trade agreement for all of our neighbours would help," she told us.',
    'The two countries plan to sign a free trade agreement next year.',
  ])('none in: %s', (text) => {
    expect(agreements(text)).toEqual([]);
  });

  it('joins "the treaty" to the treaty named before, not to a later declaration', () => {
    const x = run(
      'Chile and Peru signed the Treaty of Arica on water. They also adopted the Lima Declaration. The treaty enters into force in May.',
    );
    const treaty = x.entities.find((e) => e.name === 'Treaty of Arica on water');
    expect(treaty?.mentions.map((m) => m.text)).toEqual(['Treaty of Arica on water', 'treaty']);
  });
});

describe('parties are the countries the text ties to the document', () => {
  it('takes the signers and the person signed with', () => {
    const x = run(
      'Chilean President Ana Soto signed a 50-year partnership agreement with Peruvian President Luis Mena on Thursday.',
    );
    expect(facts(x, 'PARTY_TO').sort()).toEqual([
      'PARTY_TO CHL->50-year-partnership-agreement-chl-per-2024',
      'PARTY_TO PER->50-year-partnership-agreement-chl-per-2024',
    ]);
    expect(facts(x, 'SIGNED').sort()).toEqual([
      'SIGNED ana-soto->50-year-partnership-agreement-chl-per-2024',
      'SIGNED luis-mena->50-year-partnership-agreement-chl-per-2024',
    ]);
  });

  it('takes those who issued a joint statement', () => {
    const x = run(
      'The upgrade was announced by Chilean President Ana Soto and Peruvian President Luis Mena in a joint statement issued once the talks ended.',
    );
    expect(facts(x, 'PARTY_TO').sort()).toEqual([
      'PARTY_TO CHL->joint-statement-chl-per-2024',
      'PARTY_TO PER->joint-statement-chl-per-2024',
    ]);
  });

  it('does not make the article’s pair party to a treaty the sentence only mentions', () => {
    const x = run(
      'Chile and Peru held talks in Lima on Monday. The ministers also discussed the Antarctic Treaty and fishing quotas.',
    );
    expect(facts(x, 'PARTY_TO')).toEqual([]);
  });
});

describe('agreement names, round 3', () => {
  it('ends a purpose name at a second purpose verb', () => {
    const x = run(
      'Ghana and Togo signed an MoU to enhance port logistics and facilitate customs checks.',
    );
    const names = x.entities.filter((e) => e.kind === 'Agreement').map((e) => e.name);
    expect(names).toEqual(['MoU to enhance port logistics']);
  });

  it('takes no document noun inside an organisation’s name', () => {
    const x = run(
      'Defence ministers from the Collective Security Treaty Organization (CSTO) gathered in Dushanbe.',
    );
    expect(x.entities.filter((e) => e.kind === 'Agreement')).toEqual([]);
  });
});
