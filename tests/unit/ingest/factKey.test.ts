import {
  canonicalEnds,
  factKey,
  keyStart,
  normaliseQualifier,
  occurrenceKey,
} from '../../../src/ingest/factKey';
import { RELATION_TYPES, SYMMETRIC_TYPES } from '../../../src/ingest/types';

describe('factKey', () => {
  it.each([
    [
      { type: 'PARTNERSHIP', from: 'CHN', to: 'AZE', level: 'Comprehensive Strategic Partnership' },
      'PARTNERSHIP|AZE|CHN|level=comprehensive strategic partnership',
    ],
    [
      { type: 'COOPERATES_ON', from: 'CHN', to: 'AZE', area: 'green-energy' },
      'COOPERATES_ON|AZE|CHN|area=green-energy',
    ],
    [
      { type: 'SUPPORTS', from: 'CHN', to: 'AZE', on: 'Sovereignty, independence' },
      'SUPPORTS|CHN|AZE',
    ],
    [
      { type: 'HOLDS_POSITION', from: 'lu-mei', to: 'CHN', role: 'Ambassador' },
      'HOLDS_POSITION|lu-mei|CHN|role=ambassador',
    ],
    [{ type: 'VISITED', from: 'ilham-aliyev', to: 'CHN' }, 'VISITED|ilham-aliyev|CHN'],
    [
      { type: 'VISITED', from: 'ilham-aliyev', to: 'CHN', status: 'planned' },
      'VISITED|ilham-aliyev|CHN|status=planned',
    ],
    [
      { type: 'MEMBER_OF', from: 'AZE', to: 'SCO', status: 'Dialogue partner' },
      'MEMBER_OF|AZE|SCO|status=dialogue partner',
    ],
    [{ type: 'PARTY_TO', from: 'AZE', to: 'js-2025' }, 'PARTY_TO|AZE|js-2025'],
  ] as const)('%j → %s', (relation, expected) => {
    expect(factKey(relation)).toBe(expected);
  });

  it('orders the ends of every symmetric type and of no other', () => {
    for (const type of RELATION_TYPES) {
      const forward = factKey({ type, from: 'AZE', to: 'CHN' });
      const backward = factKey({ type, from: 'CHN', to: 'AZE' });
      expect(forward === backward).toBe(SYMMETRIC_TYPES.has(type));
    }
  });

  it('names an event series; occurrenceKey names one occurrence of it', () => {
    const series = factKey({ type: 'VISITED', from: 'ilham-aliyev', to: 'CHN' });
    expect(occurrenceKey(series, '2025-04-22')).toBe('VISITED|ilham-aliyev|CHN|on=2025-04-22');
    expect(keyStart(series)).toBe('ilham-aliyev');
  });

  it('canonicalEnds keeps directed types as given', () => {
    expect(canonicalEnds('SUPPORTS', 'CHN', 'AZE')).toEqual(['CHN', 'AZE']);
    expect(canonicalEnds('MET', 'xi-jinping', 'ilham-aliyev')).toEqual([
      'ilham-aliyev',
      'xi-jinping',
    ]);
  });

  it('normalises free-text qualifiers', () => {
    expect(normaliseQualifier('  Territorial   Integrity! ')).toBe('territorial integrity');
  });

  it('leaves out qualifiers that normalise to nothing', () => {
    expect(factKey({ type: 'HOLDS_POSITION', from: 'a', to: 'CHN', role: ' ,. ' })).toBe(
      'HOLDS_POSITION|a|CHN',
    );
    expect(factKey({ type: 'VISITED', from: 'a', to: 'CHN', status: '' })).toBe('VISITED|a|CHN');
  });
});
