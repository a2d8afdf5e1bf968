import type { AgreementProfile } from '../../../src/ingest/resolve/matchAgreement';
import {
  matchAgreement,
  partiesCompatible,
  yearsCompatible,
} from '../../../src/ingest/resolve/matchAgreement';

const existing: AgreementProfile = {
  id: 'js-csp-2025',
  names: ['Joint Statement on establishing a comprehensive strategic partnership'],
  parties: ['AZE', 'CHN'],
  years: ['2025'],
};

const incoming: AgreementProfile = {
  id: 'joint-declaration-csp-aze-chn-2025',
  names: ['Joint Declaration establishing a comprehensive strategic partnership'],
  parties: ['AZE', 'CHN'],
  years: ['2025'],
};

describe('matchAgreement', () => {
  it('matches the same document named differently, same parties and year', () => {
    expect(matchAgreement(incoming, [existing])).toEqual({ id: 'js-csp-2025', similarity: 1 });
  });

  it('does not match across parties, years or unlike names', () => {
    expect(matchAgreement({ ...incoming, parties: ['AZE', 'TUR'] }, [existing])).toBeUndefined();
    expect(matchAgreement({ ...incoming, years: ['2024'] }, [existing])).toBeUndefined();
    expect(
      matchAgreement({ ...incoming, names: ['Joint Statement on deepening the partnership'] }, [
        existing,
      ]),
    ).toBeUndefined();
  });

  it('matches when either side has no year', () => {
    expect(matchAgreement({ ...incoming, years: [] }, [existing])?.id).toBe('js-csp-2025');
  });

  it('prefers the most similar candidate, then the smallest id', () => {
    const other = {
      ...existing,
      id: 'a-other',
      names: ['Joint Declaration on comprehensive strategic partnership'],
    };
    const twin = { ...existing, id: 'a-twin' };
    expect(matchAgreement(incoming, [other, existing])?.id).toBe('js-csp-2025');
    expect(matchAgreement(incoming, [existing, twin])?.id).toBe('a-twin');
  });

  it('an existing node with the same id is a match whatever else it says', () => {
    expect(matchAgreement(incoming, [{ ...existing, id: incoming.id, parties: ['X'] }])).toEqual({
      id: incoming.id,
      similarity: 1,
    });
  });
});

describe('partiesCompatible', () => {
  it.each([
    [['AZE', 'CHN'], ['CHN', 'AZE'], true],
    [['AZE'], ['AZE'], true],
    [['AZE'], ['AZE', 'CHN'], false],
    [['AZE', 'CHN'], ['AZE', 'CHN', 'KAZ'], true],
    [['AZE', 'TUR'], ['AZE', 'CHN', 'KAZ'], false],
    [[], ['AZE'], false],
  ])('%j vs %j → %s', (left, right, expected) => {
    expect(partiesCompatible(left, right)).toBe(expected);
    expect(partiesCompatible(right, left)).toBe(expected);
  });
});

describe('yearsCompatible', () => {
  it('needs a shared year only when both sides know one', () => {
    expect(yearsCompatible(['2025'], ['2024', '2025'])).toBe(true);
    expect(yearsCompatible(['2025'], ['2024'])).toBe(false);
    expect(yearsCompatible([], ['2024'])).toBe(true);
  });
});
