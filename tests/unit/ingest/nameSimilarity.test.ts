import {
  AGREEMENT_SIMILARITY_THRESHOLD,
  agreementSimilarity,
  bestNameSimilarity,
  contentWords,
  stem,
} from '../../../src/ingest/nameSimilarity';

const csp = 'Joint Statement on establishing a comprehensive strategic partnership';

describe('agreementSimilarity', () => {
  it.each([
    [csp, 'Joint Declaration establishing a comprehensive strategic partnership'],
    [csp, 'Joint Statement on the Establishment of a Comprehensive Strategic Partnership'],
    [csp, 'JOINT STATEMENT ON ESTABLISHING A COMPREHENSIVE STRATEGIC PARTNERSHIP'],
    [
      'Memorandum of Understanding on green energy cooperation',
      'MoU on cooperation in green energy',
    ],
    ['Energy Agreement', 'Energy Accord'],
  ])('treats %j and %j as the same document', (a, b) => {
    expect(agreementSimilarity(a, b)).toBeGreaterThanOrEqual(AGREEMENT_SIMILARITY_THRESHOLD);
    expect(agreementSimilarity(b, a)).toBe(agreementSimilarity(a, b));
  });

  it.each([
    [csp, 'Joint Statement on deepening the comprehensive strategic partnership'],
    [csp, 'Joint Statement'],
    [csp, 'Memorandum of Understanding on green energy'],
    ['Agreement on mutual visa exemption', 'Agreement on visa-free travel'],
    ['Treaty on Friendship', 'Treaty on Extradition'],
  ])('tells %j from %j', (a, b) => {
    expect(agreementSimilarity(a, b)).toBeLessThan(AGREEMENT_SIMILARITY_THRESHOLD);
  });

  it('is 1 for identical names and 0 when nothing is shared or a name is empty', () => {
    expect(agreementSimilarity(csp, csp)).toBe(1);
    expect(agreementSimilarity('Treaty of Friendship', 'Visa regime')).toBe(0);
    expect(agreementSimilarity('', csp)).toBe(0);
    expect(agreementSimilarity('of the', 'of the')).toBe(0);
  });

  it('drops stop words and equates word forms', () => {
    expect([...contentWords('The Treaty between the two States')]).toEqual(['treaty']);
    expect(stem('establishing')).toBe(stem('establishment'));
    expect(stem('establish')).toBe(stem('established'));
    expect(stem('upgrade')).toBe(stem('upgrading'));
  });

  it('bestNameSimilarity takes the best pair of forms', () => {
    expect(bestNameSimilarity(['Joint Statement'], ['Shusha Declaration', 'joint statement'])).toBe(
      1,
    );
    expect(bestNameSimilarity([], [csp])).toBe(0);
  });
});
