import { exclusiveRole } from '../../../src/graph/model/exclusiveRoles';
import {
  membershipEnds,
  partnershipEnds,
  positionEnds,
} from '../../../src/graph/model/stateGroups';
import { deriveEnds, partnershipRank, succeedsHolder } from '../../../src/graph/model/validity';

describe('deriveEnds', () => {
  it('ends each holder at the start of the next other holder', () => {
    const ends = deriveEnds(
      [
        { key: 'b', holder: 'B', date: '2022-05-01' },
        { key: 'a', holder: 'A', date: '2019' },
        { key: 'c', holder: 'C', date: '2025-06-10' },
      ],
      succeedsHolder,
    );
    expect(ends).toEqual([
      { key: 'b', validTo: '2025-06-10', endedBy: 'c' },
      { key: 'a', validTo: '2022-05-01', endedBy: 'b' },
      { key: 'c', validTo: null, endedBy: null },
    ]);
  });

  it('leaves undated facts and same-day starts open', () => {
    const ends = deriveEnds(
      [
        { key: 'a', holder: 'A', date: null },
        { key: 'b', holder: 'B', date: '2025-01-01' },
        { key: 'c', holder: 'C', date: '2025-01-01' },
      ],
      succeedsHolder,
    );
    expect(ends.map((end) => end.validTo)).toEqual([null, null, null]);
  });
});

describe('exclusive roles', () => {
  it.each([
    ['President', 'head-of-state'],
    ['Prime Minister', 'head-of-government'],
    ['Minister of Foreign Affairs', 'foreign-minister'],
    ['Ambassador', 'ambassador'],
    ['Vice Premier', null],
    ['Minister', null],
  ])('%s → %s', (role, expected) => {
    expect(exclusiveRole(role)).toBe(expected);
  });
});

describe('positionEnds', () => {
  const envoy = (key: string, person: string, date: string) => ({
    key,
    person,
    receiver: 'AZE',
    role: 'Ambassador',
    date,
    positions: [{ key: `post-${person}`, country: 'CHN', role: 'Ambassador' }],
  });

  it('ends heads per country and role, ambassadors per pair of countries', () => {
    const ends = positionEnds(
      [
        { key: 'p1', person: 'a', country: 'FRA', role: 'President', date: '2012' },
        { key: 'p2', person: 'b', country: 'FRA', role: 'President', date: '2017-05-14' },
        { key: 'vp', person: 'c', country: 'FRA', role: 'Vice President', date: '2018' },
        { key: 'post-x', person: 'x', country: 'CHN', role: 'Ambassador', date: '2020' },
      ],
      [envoy('acc-x', 'x', '2020'), envoy('acc-y', 'y', '2025-06-10')],
    );
    expect(ends).toEqual(
      expect.arrayContaining([
        { type: 'HOLDS_POSITION', key: 'p1', validTo: '2017-05-14', endedBy: 'p2' },
        { type: 'HOLDS_POSITION', key: 'p2', validTo: null, endedBy: null },
        { type: 'ACCREDITED_TO', key: 'acc-x', validTo: '2025-06-10', endedBy: 'acc-y' },
        { type: 'HOLDS_POSITION', key: 'post-x', validTo: '2025-06-10', endedBy: 'acc-y' },
      ]),
    );
    expect(ends.find((end) => end.key === 'vp')).toBeUndefined();
  });
});

describe('partnership and membership ends', () => {
  it('ranks levels by their modifiers', () => {
    expect(partnershipRank('partnership')).toBe(0);
    expect(partnershipRank('Strategic Partnership')).toBe(1);
    expect(partnershipRank('comprehensive strategic partnership')).toBe(2);
  });

  it('a higher level ends a lower one; an equal or lower one does not', () => {
    const ends = partnershipEnds([
      { key: 's', pair: 'AZE|CHN', holder: 'strategic partnership', date: '2024-07' },
      {
        key: 'c',
        pair: 'AZE|CHN',
        holder: 'comprehensive strategic partnership',
        date: '2025-04-23',
      },
      { key: 'o', pair: 'AZE|CHN', holder: 'partnership', date: '2026' },
    ]);
    expect(ends.map(({ key, validTo }) => [key, validTo])).toEqual([
      ['s', '2025-04-23'],
      ['c', null],
      ['o', null],
    ]);
  });

  it('a stated withdrawal ends a membership', () => {
    const ends = membershipEnds([
      { key: 'm', pair: 'GBR|EU', holder: 'member', date: '1973' },
      { key: 'w', pair: 'GBR|EU', holder: 'withdrawn', date: '2020-01-31' },
    ]);
    expect(ends[0]).toEqual({ type: 'MEMBER_OF', key: 'm', validTo: '2020-01-31', endedBy: 'w' });
  });
});
