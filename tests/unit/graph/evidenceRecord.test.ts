import { evidenceKey } from '../../../src/graph/model/evidenceRecord';

describe('evidenceKey', () => {
  it('differs by article and span, and is stable', () => {
    const key = evidenceKey('MET|a|b', 'sha256:1', 10, 20);
    expect(evidenceKey('MET|a|b', 'sha256:1', 10, 20)).toBe(key);
    expect(evidenceKey('MET|a|b', 'sha256:2', 10, 20)).not.toBe(key);
    expect(evidenceKey('MET|a|b', 'sha256:1', 11, 20)).not.toBe(key);
    expect(key).toMatch(/^ev:[0-9a-f]{40}$/);
  });
});
