import { assembleDossier, byDate } from '../../../src/api/bilateral/assembleDossier';
import type { DossierRows } from '../../../src/graph/queries/bilateralQuery';
import { entity, fact } from './records';

const CHN = entity('CHN', 'Country', 'China');
const AZE = entity('AZE', 'Country', 'Azerbaijan');
const people = ['xi', 'aliyev', 'lu', 'wang', 'bayramov'].map((id) => entity(id, 'Person'));
const others = [
  entity('js-2025', 'Agreement', 'Joint Statement'),
  entity('SCO', 'Organization', 'Shanghai Cooperation Organization'),
  entity('UN', 'Organization', 'United Nations'),
  entity('trade', 'Topic', 'trade'),
  entity('green-energy', 'Topic', 'green energy'),
];

const strategic = fact('PARTNERSHIP', 'AZE', 'CHN', '2024-07', { level: 'strategic partnership' });
const comprehensive = fact('PARTNERSHIP', 'AZE', 'CHN', '2025', {
  level: 'comprehensive strategic partnership',
});
const relations = fact('DIPLOMATIC_RELATIONS', 'AZE', 'CHN', '1992-04-02');
const tradeLate = fact('COOPERATES_ON', 'AZE', 'CHN', '2025', { area: 'trade', key: 'c-trade' });
const greenEarly = fact('COOPERATES_ON', 'AZE', 'CHN', '2024', { area: 'green-energy' });
const supports = fact('SUPPORTS', 'CHN', 'AZE', '2025', { on: 'sovereignty' });
const stateVisit = fact('VISITED', 'aliyev', 'CHN', '2025-04-23', { kind: 'state' });
const workingVisit = fact('VISITED', 'bayramov', 'CHN', '2025-07-16', { kind: 'working' });
const talks = fact('MET', 'aliyev', 'xi', '2025-04-23', { kind: 'talks' });
const signedXi = fact('SIGNED', 'xi', 'js-2025', '2025-04-23');
const signedAliyev = fact('SIGNED', 'aliyev', 'js-2025', '2025-04-23');
const partyChn = fact('PARTY_TO', 'CHN', 'js-2025', '2025-04-23');
const partyAze = fact('PARTY_TO', 'AZE', 'js-2025', '2025');
const envoyPosition = fact('HOLDS_POSITION', 'lu', 'CHN', '2025', { role: 'Ambassador' });
const envoyPosting = fact('ACCREDITED_TO', 'lu', 'AZE', '2025', { role: 'Ambassador' });
const chnSco = fact('MEMBER_OF', 'CHN', 'SCO', '2001', { status: 'member' });
const azeSco = fact('MEMBER_OF', 'AZE', 'SCO', '2016', { status: 'dialogue partner' });
const chnUn = fact('MEMBER_OF', 'CHN', 'UN', null, { status: 'member' });
const azeUn = fact('MEMBER_OF', 'AZE', 'UN', '1992', { status: 'member' });

const rows: DossierRows = {
  a: CHN,
  b: AZE,
  direct: [comprehensive, relations, tradeLate, strategic, supports, greenEarly],
  aVisits: [],
  aEnvoys: [{ position: envoyPosition, accreditation: envoyPosting }],
  bVisits: [workingVisit, stateVisit],
  bEnvoys: [],
  meetings: [talks],
  agreements: [
    { agreement: 'js-2025', parties: [partyChn, partyAze], signatures: [signedXi, signedAliyev] },
  ],
  sharedOrganizations: [
    { organization: 'UN', a: [chnUn], b: [azeUn] },
    { organization: 'SCO', a: [chnSco], b: [azeSco] },
  ],
  entities: [CHN, AZE, ...people, ...others],
};

describe('assembleDossier', () => {
  const dossier = assembleDossier(rows, { from: null, to: '2025' });

  it('gives the partnership level begun last, and the history in order', () => {
    expect(dossier.partnership?.level).toBe('comprehensive strategic partnership');
    expect(dossier.partnershipHistory.map((f) => f.level)).toEqual([
      'strategic partnership',
      'comprehensive strategic partnership',
    ]);
  });

  it('prefers the more confident level begun the same day', () => {
    const rival = { ...comprehensive, key: 'rival', level: 'all-weather', confidence: 0.95 };
    const result = assembleDossier({ ...rows, direct: [comprehensive, rival] }, {});
    expect(result.partnership?.level).toBe('all-weather');
  });

  it('lists agreements with their date, parties and signatories', () => {
    expect(dossier.agreements).toHaveLength(1);
    const [agreement] = dossier.agreements;
    expect(agreement?.agreement.name).toBe('Joint Statement');
    expect(agreement?.date).toBe('2025-04-23');
    expect(agreement?.parties.map((e) => e.id)).toEqual(['CHN', 'AZE']);
    expect(agreement?.signatories.map((e) => e.id).sort()).toEqual(['aliyev', 'xi']);
    expect(agreement?.relations).toHaveLength(4);
  });

  it('puts visits and envoys on the side they come from, with the other side and period', () => {
    expect(dossier.a.entity.id).toBe('CHN');
    expect([dossier.a.other.id, dossier.b.other.id]).toEqual(['AZE', 'CHN']);
    expect(dossier.b.range).toEqual({ from: null, to: '2025' });
    expect(dossier.b.visits.map((v) => v.from)).toEqual(['aliyev', 'bayramov']);
    expect(dossier.a.visits).toEqual([]);
    expect(dossier.a.envoys).toEqual([
      expect.objectContaining({ person: people[2], role: 'Ambassador', since: '2025' }),
    ]);
  });

  it('counts a country’s own visit among its visits', () => {
    const countryVisit = fact('VISITED', 'AZE', 'CHN', '2023');
    const result = assembleDossier({ ...rows, direct: [...rows.direct, countryVisit] }, {});
    expect(result.b.visits.map((v) => v.key)).toContain(countryVisit.key);
  });

  it('groups cooperation by area, earliest first', () => {
    expect(dossier.cooperation.map((c) => [c.area.id, c.since])).toEqual([
      ['green-energy', '2024'],
      ['trade', '2025'],
    ]);
  });

  it('lists shared organisations by name with each side’s status', () => {
    expect(
      dossier.sharedOrganizations.map((o) => [o.organization.id, o.a[0]?.status, o.b[0]?.status]),
    ).toEqual([
      ['SCO', 'member', 'dialogue partner'],
      ['UN', 'member', 'member'],
    ]);
  });

  it('makes one timeline of every dated fact, in date order, without duplicates', () => {
    const keys = dossier.timeline.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(chnUn.key);
    expect(dossier.timeline[0]).toBe(azeUn);
    expect(dossier.timeline[1]).toBe(relations);
    for (const [i, f] of dossier.timeline.entries()) {
      if (i > 0) expect(byDate(dossier.timeline[i - 1]!, f)).toBeLessThanOrEqual(0);
    }
    expect(dossier.timeline).toEqual(expect.arrayContaining([stateVisit, talks, signedXi]));
  });

  it('keeps the period it was asked for, and the key of every fact (for its sources)', () => {
    expect([dossier.from, dossier.to]).toEqual([null, '2025']);
    expect(new Set(dossier.factKeys).size).toBe(dossier.factKeys.length);
    expect(dossier.factKeys).toEqual(
      expect.arrayContaining([
        strategic.key,
        stateVisit.key,
        signedXi.key,
        chnUn.key,
        envoyPosting.key,
      ]),
    );
  });
});

describe('byDate', () => {
  it('orders by the first day a date covers, undated last', () => {
    const facts = [
      fact('MET', 'a', 'b', null),
      fact('MET', 'a', 'b', '2025-04-23'),
      fact('MET', 'a', 'b', '2025'),
      fact('MET', 'a', 'b', '2024-12'),
    ];
    expect([...facts].sort(byDate).map((f) => f.date)).toEqual([
      '2024-12',
      '2025',
      '2025-04-23',
      null,
    ]);
  });
});
