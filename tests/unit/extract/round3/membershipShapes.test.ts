// Membership in more shapes, on invented sentences.
import { facts, run } from '../helpers';

const members = (text: string): string[] =>
  facts(run(text, '2025-03-10'), 'MEMBER_OF')
    .map((f) => f.replace('MEMBER_OF ', ''))
    .sort();

describe('membership shapes', () => {
  it('reads "The Quad — A, B, C and D —" with "The" opening the sentence', () => {
    expect(
      members('The Quad — Australia, India, Japan and the United States — met in Tokyo.'),
    ).toEqual(['AUS->quad', 'IND->quad', 'JPN->quad', 'USA->quad']);
  });

  it('skips a bracketed acronym between a grouping and its list', () => {
    expect(
      members(
        'The Gulf Cooperation Council (GCC) — Bahrain, Kuwait and Oman — issued a statement.',
      ),
    ).toEqual(['BHR->GCC', 'KWT->GCC', 'OMN->GCC']);
  });

  it('gives "Both countries are members of ORG" to the pair the article is about', () => {
    expect(
      members(
        'Azerbaijan and Kazakhstan discussed trade. Both countries are members of the Organization of Turkic States.',
      ),
    ).toEqual(['AZE->OTS', 'KAZ->OTS']);
  });

  it('reads apposition, copula and "make up" shapes', () => {
    expect(members('Turkey, a NATO member, abstained.')).toEqual(['TUR->NATO']);
    expect(members('Greece is an EU and NATO member.')).toEqual(['GRC->EU', 'GRC->NATO']);
    expect(members('Australia, India, Japan and the United States make up the Quad.')).toEqual([
      'AUS->quad',
      'IND->quad',
      'JPN->quad',
      'USA->quad',
    ]);
    expect(
      members('Kyrgyzstan and Tajikistan, both members of the CSTO, signed a border treaty.'),
    ).toEqual(['KGZ->CSTO', 'TJK->CSTO']);
  });

  it('reads examples, "as a member of" and "among ORG members"', () => {
    expect(members('ASEAN countries such as Vietnam and Thailand welcomed the move.')).toEqual([
      'THA->ASEAN',
      'VNM->ASEAN',
    ]);
    expect(members('EU member states, including France and Germany, backed the plan.')).toEqual([
      'DEU->EU',
      'FRA->EU',
    ]);
    expect(members('As a member of the OIC, Azerbaijan supports the resolution.')).toEqual([
      'AZE->OIC',
    ]);
    expect(members('Among BRICS members, China and India are the largest economies.')).toEqual([
      'CHN->BRICS',
      'IND->BRICS',
    ]);
  });

  it("reads a country's membership or accession, and a join in a later clause", () => {
    expect(
      members("Azerbaijan's membership in the Non-Aligned Movement dates back to 2011."),
    ).toEqual(['AZE->non-aligned-movement']);
    expect(
      members('Iran was granted full membership in the SCO in 2023, while Belarus joined in 2024.'),
    ).toEqual(['BLR->SCO', 'IRN->SCO']);
  });

  it('does not read a membership that is only wished for', () => {
    expect(members('Serbia, which hopes to become an EU member, abstained.')).toEqual([]);
  });

  it('reads "is comprised of" and the Group of Eight', () => {
    expect(
      members('The Group of Eight is comprised of Canada, France, Germany and Italy.'),
    ).toEqual(['CAN->G8', 'DEU->G8', 'FRA->G8', 'ITA->G8']);
  });

  it('reads admissions, granted statuses, "became its members" and "joined … as an observer"', () => {
    const statuses = (text: string, publishedAt = '2025-10-27'): string[] =>
      run(text, publishedAt)
        .relations.filter((r) => r.type === 'MEMBER_OF')
        .map((r) => `${r.from}->${r.to}:${r.status ?? ''}`)
        .sort();
    expect(
      statuses("ASEAN leaders welcomed Timor-Leste as the bloc's 11th member on Sunday."),
    ).toEqual(['TLS->ASEAN:member']);
    expect(statuses('Laos has been granted the status of dialogue partner of the SCO.')).toEqual([
      'LAO->SCO:dialogue partner',
    ]);
    expect(
      statuses(
        'The Pacific Islands Forum met in Suva. Last year, Bhutan and Fiji became its full members.',
      ),
    ).toEqual(['BTN->pacific-islands-forum:member', 'FJI->pacific-islands-forum:member']);
    expect(statuses('Azerbaijan joined the CICA as an observer in 2002.')).toEqual([
      'AZE->CICA:observer',
    ]);
    expect(
      statuses(
        'The SCO observer countries include Afghanistan and Mongolia, while the partner countries are Armenia and Cambodia.',
      ),
    ).toEqual([
      'AFG->SCO:observer',
      'ARM->SCO:dialogue partner',
      'KHM->SCO:dialogue partner',
      'MNG->SCO:observer',
    ]);
  });

  it('reads "ASEAN\'s ten member states — A, B and C —" and stops at the dash', () => {
    expect(
      members(
        "ASEAN's ten member states — Brunei, Laos and Vietnam — met along with partners including Japan.",
      ),
    ).toEqual(['BRN->ASEAN', 'LAO->ASEAN', 'VNM->ASEAN']);
  });
});

describe('membership that is not stated', () => {
  it('makes the acceding country a member, not a guest speaking at the accession ceremony', () => {
    expect(
      members(
        "Norway's accession to the Eurasian Economic Union was completed on Monday. Chilean Foreign Minister Ana Rojas spoke at the accession ceremony in Minsk.",
      ),
    ).toEqual(['NOR->EAEU']);
  });

  it('does not take "the process to become a full member" as membership', () => {
    expect(
      members('Ecuador will start the process to become a full member of the Pacific Alliance.'),
    ).toEqual([]);
  });

  it('reads no partnership level inside an organisation name', () => {
    expect(
      facts(
        run('Peru took over the presidency of the Pacific Alliance from Mexico on Friday.'),
        'PARTNERSHIP',
      ),
    ).toEqual([]);
  });
});

describe('bare "alliance"', () => {
  it('is a level as "the Japan-U.S. alliance", not as "welcome Finland to the Alliance"', () => {
    expect(
      facts(
        run('Tokyo and Washington vowed to deepen the Japan-U.S. alliance in 2024.'),
        'PARTNERSHIP',
      ),
    ).toEqual(['PARTNERSHIP JPN->USA']);
    expect(
      facts(run('“We welcome Finland to the Alliance,” Sweden and Norway said.'), 'PARTNERSHIP'),
    ).toEqual([]);
  });
});
